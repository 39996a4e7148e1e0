print("undocd: not built yet")
