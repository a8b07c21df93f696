#!/usr/bin/env python3
"""Builds a gold timeline (dateline.timeline/1 + "gold" objects) for a TimeML article.

usage: mkgold_tml.py SPEC.py [DOCUMENT.tml] > gold.json

Same spec format as shared/tools/mkgold.py (DOC, EVENTS, LINKS; mentions are
(quote, trigger[, occurrence]) pairs), but quotes are searched in the plain TEXT content of
the TimeML file -- tags stripped, XML entities decoded, exactly the string an XML parser
gives for TEXT -- so a quote may span <EVENT>/<TIMEX3> tags. Every plain offset is mapped
back to a UTF-8 byte offset into the whole raw file, which is what the contract's offsets
index for TimeML input. DOCUMENT defaults to DOC["path"] resolved relative to the spec's
folder (the gold file sits beside its spec). "published" defaults to the DCT.
Each mapped span is checked: the raw bytes with tags stripped and entities decoded must
equal the quote (the trigger likewise), else the script exits with a message.
Standard library only.
"""
import hashlib, html, json, os, re, runpy, sys
import xml.etree.ElementTree as ET

ENTITY = re.compile(rb"&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def plain_with_map(raw: bytes, begin: int, end: int):
    """Plain text of raw[begin:end] (tags dropped, entities decoded) and, per plain char,
    the raw byte span [start, stop) it came from."""
    chars, starts, stops = [], [], []
    i = begin
    while i < end:
        b = raw[i]
        if b == 0x3C:  # '<': a tag, which yields no text
            j = raw.index(b">", i)
            i = j + 1
            continue
        if b == 0x26:  # '&': an entity, one decoded char for the whole reference
            m = ENTITY.match(raw, i)
            if not m:
                sys.exit(f"bad entity at byte {i}")
            ch = html.unescape(m.group(0).decode())
            for c in ch:
                chars.append(c); starts.append(i); stops.append(m.end())
            i = m.end()
            continue
        # One UTF-8 character.
        n = 1 if b < 0x80 else 2 if b >> 5 == 0b110 else 3 if b >> 4 == 0b1110 else 4
        chars.append(raw[i:i + n].decode()); starts.append(i); stops.append(i + n)
        i += n
    return "".join(chars), starts, stops


def strip(raw_bytes: bytes) -> str:
    return html.unescape(re.sub(rb"<[^>]*>", b"", raw_bytes).decode())


class Doc:
    def __init__(self, raw: bytes):
        self.raw = raw
        a = raw.index(b"<TEXT>") + len(b"<TEXT>")
        b = raw.index(b"</TEXT>", a)
        self.plain, self.starts, self.stops = plain_with_map(raw, a, b)
        # The plain text must be what an XML parser gives for TEXT.
        root = ET.fromstring(raw)
        parsed = "".join(root.find("TEXT").itertext())
        if parsed != self.plain:
            sys.exit("internal error: plain TEXT differs from the XML parser's")
        dct = root.find("DCT/TIMEX3")
        self.dct = dct.get("value")[:10] if dct is not None else None
        title = root.find("TITLE")
        self.title = " ".join("".join(title.itertext()).split()) if title is not None else None

    def raw_span(self, a: int, b: int):
        return self.starts[a], self.stops[b - 1]

    def find(self, quote: str, trigger: str, occurrence: int = 0):
        start = -1
        for _ in range(occurrence + 1):
            start = self.plain.find(quote, start + 1)
            if start < 0:
                sys.exit(f"quote not found (occurrence {occurrence}): {quote!r}")
        t = self.plain.find(trigger, start, start + len(quote))
        if t < 0:
            sys.exit(f"trigger {trigger!r} not inside quote {quote!r}")
        qs, qe = self.raw_span(start, start + len(quote))
        ts, te = self.raw_span(t, t + len(trigger))
        for (s, e, want) in ((qs, qe, quote), (ts, te, trigger)):
            if strip(self.raw[s:e]) != want:
                sys.exit(f"offset check failed for {want!r}: raw gives {strip(self.raw[s:e])!r}")
        return {"start": qs, "end": qe, "trigger": {"start": ts, "end": te}, "text": quote}


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    spec_path = sys.argv[1]
    spec = runpy.run_path(spec_path)
    doc_path = sys.argv[2] if len(sys.argv) == 3 else os.path.join(
        os.path.dirname(os.path.abspath(spec_path)), spec["DOC"]["path"])
    raw = open(doc_path, "rb").read()
    d = Doc(raw)
    doc = dict(spec["DOC"])
    doc.setdefault("title", d.title)
    doc.setdefault("published", d.dct)
    doc["sha256"] = hashlib.sha256(raw).hexdigest()
    write_timeline(spec, doc, d.find)


def write_timeline(spec, doc, find):
    """Writes the gold timeline of `spec` for document `doc` to stdout; `find(quote, trigger[,
    occurrence])` gives a mention's offsets. Event ids must be unique and links must name known
    events. Shared with mkgold_text.py."""
    ids = set()
    events = []
    for e in spec["EVENTS"]:
        if e["id"] in ids:
            sys.exit(f"duplicate event id {e['id']!r}")
        ids.add(e["id"])
        mentions = [dict(find(*m), document=doc["id"]) for m in e["mentions"]]
        w = e.get("when", {})
        events.append({
            "id": e["id"],
            "type": {"cameo": e.get("cameo"), "label": e.get("label", "")},
            "summary": e["summary"],
            "actors": [{"role": r, "name": n, "country": c} for r, n, c in e.get("actors", [])],
            "when": {"value": w.get("value"), "earliest": w.get("earliest"), "latest": w.get("latest")},
            "modality": e["modality"],
            "mentions": mentions,
            "gold": {"required": e.get("required", True),
                     "cameo_any": e.get("cameo_any", [e.get("cameo")]),
                     "modality_any": e.get("modality_any", [e["modality"]])},
        })
    links = []
    for l in spec["LINKS"]:
        for end in (l[0], l[2]):
            if end not in ids:
                sys.exit(f"link names unknown event {end!r}")
        links.append({"from": l[0], "to": l[2], "relation": l[1],
                      "gold": {"required": l[3] if len(l) > 3 else True,
                               "relation_any": l[4] if len(l) > 4 else [l[1]]}})
    json.dump({"schema": "dateline.timeline/1", "documents": [doc], "events": events,
               "links": links}, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
