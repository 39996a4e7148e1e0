print("undocd-bench: not built yet")
