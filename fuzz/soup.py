#!/usr/bin/env python3
"""Word soup for crates/extract/examples/check_dump.rs.

    python3 fuzz/soup.py SEED COUNT OUT.jsonl

Writes COUNT texts as a JSONL dump ({"id", "text"}): half are runs of one
to eighty words and marks drawn from the repo's articles (corpus/articles,
corpus/madeup), half are up to eight slices of those articles put together.
Real vocabulary in orders no article has is what makes a reader's logic
meet cases its tests never wrote: names the words cut through, one frame
two lengths share, a list with no heading. Run from the repository root.
"""
import glob
import json
import random
import re
import sys

seed, count, out_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
files = sorted(glob.glob("corpus/madeup/*.txt") + glob.glob("corpus/articles/*"))
texts = [open(f, encoding="utf-8", errors="ignore").read() for f in files]
if not texts:
    sys.exit("no articles under corpus/: run from the repository root")
words = sorted(
    {w for t in texts for w in re.findall(r"[\u4e00-\u9fff]{1,4}|\d+|[，。、：；（）《》\n “”—-]", t)}
)
with open(out_path, "w", encoding="utf-8") as out:
    for k in range(count):
        if rng.random() < 0.5:
            text = "".join(rng.choice(words) for _ in range(rng.randint(1, 80)))
        else:
            parts = []
            for _ in range(rng.randint(1, 8)):
                t = rng.choice(texts)
                a = rng.randrange(len(t))
                parts.append(t[a : a + rng.randint(1, 150)])
            text = "".join(parts)
        out.write(json.dumps({"id": f"s{seed}_{k}", "text": text}, ensure_ascii=False) + "\n")
