#!/usr/bin/env python3
"""Validate undocd results against schema/result-v1.schema.json.

Usage: validate.py FILE...        (each FILE a result .json, or a .jsonl file of results, or - for stdin JSON Lines)
Prints one line per invalid result and a summary; exits 1 when any result is invalid.
"""
import json
import os
import sys

import jsonschema

schema_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "result-v1.schema.json")
with open(schema_path, encoding="utf-8") as f:
    validator = jsonschema.Draft202012Validator(json.load(f))


def results(path):
    text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    if path == "-" or path.endswith(".jsonl"):
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                yield f"{path}:{number}", json.loads(line)
    else:
        yield path, json.loads(text)


total = invalid = 0
for path in sys.argv[1:] or ["-"]:
    for where, result in results(path):
        total += 1
        errors = sorted(validator.iter_errors(result), key=lambda e: list(e.absolute_path))
        if errors:
            invalid += 1
            for error in errors[:5]:
                location = "/".join(str(p) for p in error.absolute_path) or "(root)"
                print(f"{where}: {location}: {error.message[:300]}")
print(f"{total} results, {invalid} invalid")
sys.exit(1 if invalid or total == 0 else 0)
