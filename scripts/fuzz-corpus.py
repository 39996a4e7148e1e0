#!/usr/bin/env python3
"""Builds the seed corpus for scripts/fuzz.sh from the repository's sample documents.

usage: fuzz-corpus.py [--piece BYTES] OUT_DIR SEED_FILE...

Writes into OUT_DIR: each seed whole; each seed cut at line boundaries into pieces of about BYTES (default 4096;
scripts/fuzz.sh passes its -max_len, since libFuzzer mutates small inputs faster and truncates longer ones); and, from the first piece of
each seed, the encodings and containers the intake accepts (UTF-8 with BOM, UTF-16 LE/BE with BOM, GB18030,
CRLF line breaks, a minimal DOCX) so the decoder's every branch starts covered.
"""
import hashlib
import io
import os
import sys
import zipfile

PIECE = 4096


def write(out, data):
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def pieces(data, size=PIECE):
    start = 0
    while start < len(data):
        end = min(len(data), start + size)
        if end < len(data):
            newline = data.rfind(b"\n", start, end)
            end = newline + 1 if newline > start else end
        yield data[start:end]
        start = end


def docx(text):
    body = "".join(
        "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (
            line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        for line in text.splitlines())
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                "<w:body>%s</w:body></w:document>" % body)
    content_types = ('<?xml version="1.0" encoding="UTF-8"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     "</Types>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def main():
    args, size = sys.argv[1:], PIECE
    if args[:1] == ["--piece"]:
        size, args = int(args[1]), args[2:]
    out, seeds = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for path in seeds:
        with open(path, "rb") as f:
            data = f.read()
        write(out, data)
        chunks = list(pieces(data, size))
        for chunk in chunks:
            write(out, chunk)
        first = chunks[0].decode("utf-8", errors="replace")
        write(out, b"\xef\xbb\xbf" + first.encode("utf-8"))
        write(out, b"\xff\xfe" + first.encode("utf-16-le"))
        write(out, b"\xfe\xff" + first.encode("utf-16-be"))
        write(out, first.encode("gb18030"))
        write(out, first.replace("\n", "\r\n").encode("utf-8"))
        write(out, docx(first))


if __name__ == "__main__":
    main()
