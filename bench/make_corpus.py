#!/usr/bin/env python3
"""Writes a JSONL benchmark corpus from the TempEval-3 training TimeML (../shared).

Each article becomes {"id", "text", "published"}: the TEXT element's plain text and the DCT.
The set is repeated (ids suffixed) until the output holds at least --mb megabytes of text.
usage: make_corpus.py SHARED_CORPUS_DIR OUT.jsonl [--mb 50]
"""
import argparse, json, os, sys
import xml.etree.ElementTree as ET


def articles(root):
    for dirpath, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            if not f.endswith(".tml"):
                continue
            tree = ET.parse(os.path.join(dirpath, f)).getroot()
            text = tree.find(".//TEXT")
            dct = tree.find(".//DCT/TIMEX3")
            if text is None:
                continue
            yield f, "".join(text.itertext()), (dct.get("value", "")[:10] if dct is not None else None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=50)
    a = ap.parse_args()
    base = list(articles(a.corpus))
    if not base:
        sys.exit(f"no .tml files under {a.corpus}")
    target, written, rep = a.mb * 1e6, 0, 0
    with open(a.out, "w") as out:
        while written < target:
            for name, text, dct in base:
                out.write(json.dumps({"id": f"{name}#{rep}", "text": text, "published": dct}) + "\n")
                written += len(text.encode())
            rep += 1
    print(f"{a.out}: {len(base)} articles x {rep} = {written / 1e6:.1f} MB of text", file=sys.stderr)


if __name__ == "__main__":
    main()
