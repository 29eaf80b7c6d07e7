#!/bin/sh
# Seeds the fuzz corpora from the repository's corpus: whole articles (every
# encoding) for the byte-level targets, articles and their paragraphs for the
# extractors, dump lines for the JSONL reader.  Run from `fuzz/`.
set -eu
root=..
mkdir -p corpus/normalize corpus/pipeline corpus/extract corpus/jsonl
for f in "$root"/corpus/articles/* "$root"/corpus/encodings/*; do
  [ -f "$f" ] || continue
  cp "$f" corpus/normalize/
  cp "$f" corpus/pipeline/
done
for f in "$root"/corpus/articles/*; do
  # two bytes of publication date, then the text
  { printf '\144\005'; cat "$f"; } > "corpus/extract/$(basename "$f")"
  i=0
  while IFS= read -r line; do
    i=$((i + 1))
    [ -n "$line" ] || continue
    printf '\144\005%s' "$line" > "corpus/extract/$(basename "$f").$i"
  done < "$f"
done
for f in "$root"/corpus/dumps/*.jsonl; do
  cp "$f" corpus/jsonl/
  split -l 1 -d "$f" "corpus/jsonl/$(basename "$f")."
done
