#!/usr/bin/env python3
"""Builds a gold timeline (dateline.timeline/1 + "gold" objects) for a plain-text, Markdown or
HTML article.

usage: mkgold_text.py SPEC.py [DOCUMENT] > gold.json

Same spec format and output as shared/tools/mkgold.py (DOC, EVENTS, LINKS; mentions are
(quote, trigger[, occurrence]) pairs searched in the document's raw bytes, which is what the
contract's offsets index for these formats), plus what mkgold_tml.py adds: DOCUMENT defaults
to DOC["path"] resolved relative to the spec's folder, event ids must be unique, links must
name known events, and DOC must give "published" (the gold's dates are anchored on it).
An HTML quote must be plain text in the file (no tag or entity inside it).
Standard library only.
"""
import hashlib, os, runpy, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkgold_tml import write_timeline  # noqa: E402  (the shared writer)


def find(raw: bytes, quote: str, trigger: str, occurrence: int = 0):
    q = quote.encode()
    start = -1
    for _ in range(occurrence + 1):
        start = raw.find(q, start + 1)
        if start < 0:
            sys.exit(f"quote not found (occurrence {occurrence}): {quote!r}")
    t = raw.find(trigger.encode(), start, start + len(q))
    if t < 0:
        sys.exit(f"trigger {trigger!r} not inside quote {quote!r}")
    return {"start": start, "end": start + len(q),
            "trigger": {"start": t, "end": t + len(trigger.encode())}, "text": quote}


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    spec_path = sys.argv[1]
    spec = runpy.run_path(spec_path)
    doc_path = sys.argv[2] if len(sys.argv) == 3 else os.path.join(
        os.path.dirname(os.path.abspath(spec_path)), spec["DOC"]["path"])
    raw = open(doc_path, "rb").read()
    doc = dict(spec["DOC"])
    if not doc.get("published"):
        sys.exit("DOC has no published date")
    doc["sha256"] = hashlib.sha256(raw).hexdigest()
    write_timeline(spec, doc, lambda *m: find(raw, *m))


if __name__ == "__main__":
    main()
