#!/usr/bin/python3
"""dateparser's search_dates over a JSONL corpus, once per article with its publication date
as RELATIVE_BASE. Prints one JSON line: {"tool", "bytes", "seconds", "cpu_seconds", "found"}
(wall and process CPU time of the parsing loop).
usage: dateparser_bench.py CORPUS.jsonl [MAX_MB]"""
import datetime, json, sys, time
from dateparser.search import search_dates

path = sys.argv[1]
limit = float(sys.argv[2]) * 1e6 if len(sys.argv) > 2 else float("inf")
total = found = 0
start = time.perf_counter()
cpu = time.process_time()
with open(path) as f:
    for line in f:
        if total >= limit:
            break
        a = json.loads(line)
        base = datetime.datetime.fromisoformat(a["published"]) if a.get("published") else datetime.datetime.now()
        r = search_dates(a["text"], languages=["en"], settings={"RELATIVE_BASE": base})
        found += len(r or [])
        total += len(a["text"].encode())
print(json.dumps({"tool": "dateparser", "bytes": total, "seconds": time.perf_counter() - start,
                  "cpu_seconds": time.process_time() - cpu, "found": found}))
