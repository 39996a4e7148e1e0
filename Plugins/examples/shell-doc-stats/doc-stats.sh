#!/bin/sh
# Example undocd external plugin as a POSIX shell script: counts what the normalized document holds.
# It relies on a promise of the protocol (Plugins/PROTOCOL.md): every line undocd sends starts with
# {"type":"…" and, for requests, "id":"…" comes next.
while IFS= read -r line; do
    case "$line" in
    '{"type":"hello"'*)
        printf '%s\n' '{"type":"hello","protocol":1,"name":"doc-stats","version":"1.0.0","capabilities":{"input":["paragraphs"]}}'
        ;;
    '{"type":"extract"'*)
        id=$(printf '%s' "$line" | sed -n 's/^{"type":"extract","id":"\([0-9]*\)".*/\1/p')
        language=$(printf '%s' "$line" | sed -n 's/.*"language":"\([a-z]*\)".*/\1/p')
        paragraphs=$(printf '%s' "$line" | grep -o '"kind":"[a-z]*"' | wc -l)
        headings=$(printf '%s' "$line" | grep -o '"kind":"heading"' | wc -l)
        numbered=$(printf '%s' "$line" | grep -o '"kind":"numbered"' | wc -l)
        annexes=$(printf '%s' "$line" | grep -o '"heading":"' | wc -l)
        printf '{"type":"result","id":"%s","data":{"language":"%s","paragraphs":%d,"headings":%d,"numberedParagraphs":%d,"annexes":%d}}\n' \
            "$id" "$language" "$paragraphs" "$headings" "$numbered" "$annexes"
        ;;
    '{"type":"shutdown"'*)
        exit 0
        ;;
    *)
        echo "doc-stats: unexpected message: $(printf '%s' "$line" | cut -c1-80)" >&2
        ;;
    esac
done
