#!/usr/bin/env python3
"""Example undocd external plugin (standard library only): dates written in a UN document.

Speaks the JSON Lines protocol of Plugins/PROTOCOL.md on stdin/stdout; diagnostics go to stderr,
which undocd logs under the plugin's name.
"""
import json
import re
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
EN_DAY_MONTH = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
EN_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\b")


def line_of(paragraph, char_offset):
    """1-based source line of a character of the paragraph (segments hold UTF-8 byte offsets)."""
    byte_offset = len(paragraph["text"][:char_offset].encode("utf-8"))
    line = paragraph["lines"][0]
    for start, source_line in paragraph["segments"]:
        if start > byte_offset:
            break
        line = source_line
    return line


def iso(year, month, day):
    if 1 <= month <= 12 and 1 <= day <= 31:
        return "%04d-%02d-%02d" % (year, month, day)
    return None


def extract(document):
    dates = []
    for paragraph in document.get("paragraphs", []):
        text = paragraph.get("folded", paragraph["text"])
        found = [(m.start(), m.group(0), iso(int(m.group(1)), int(m.group(2)), int(m.group(3))))
                 for m in ZH_DATE.finditer(text)]
        found += [(m.start(), m.group(0), iso(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))))
                  for m in EN_DAY_MONTH.finditer(text)]
        found += [(m.start(), m.group(0), iso(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))))
                  for m in EN_MONTH_DAY.finditer(text)]
        for start, _, date in sorted(found):
            if date:
                dates.append({"date": date, "text": paragraph["text"][start:start + len(_)],
                              "line": line_of(paragraph, start)})
    distinct = sorted({d["date"] for d in dates})
    return {"dates": dates, "earliest": distinct[0] if distinct else None,
            "latest": distinct[-1] if distinct else None}


def reply(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def main():
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "hello":
            reply({"type": "hello", "protocol": 1, "name": "dates", "version": "1.0.0",
                   "capabilities": {"input": ["paragraphs"]}})
        elif kind == "extract":
            try:
                reply({"type": "result", "id": message["id"], "data": extract(message["document"])})
            except Exception as error:  # report, keep serving the next document
                print("dates: %r" % (error,), file=sys.stderr)
                reply({"type": "result", "id": message["id"],
                       "error": {"code": "extract-failed", "message": str(error)}})
        elif kind == "shutdown":
            return


if __name__ == "__main__":
    main()
