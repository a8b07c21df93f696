// chrono-node over a JSONL corpus, once per article with its publication date as reference
// (its best case). Prints one JSON line: {"tool", "bytes", "seconds", "cpu_seconds", "found"}
// (wall and process CPU time of the parsing loop).
// usage: node chrono_bench.mjs CORPUS.jsonl [MAX_MB]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const chrono = createRequire(import.meta.url)("chrono-node");

const [, , path, maxMb] = process.argv;
const limit = maxMb ? Number(maxMb) * 1e6 : Infinity;
const lines = readFileSync(path, "utf8").split("\n").filter(Boolean);
let bytes = 0, found = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (const line of lines) {
  if (bytes >= limit) break;
  const a = JSON.parse(line);
  const ref = a.published ? new Date(a.published + "T12:00:00Z") : new Date();
  found += chrono.parse(a.text, ref).length;
  bytes += Buffer.byteLength(a.text);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const c1 = process.cpuUsage(c0);
const cpu_seconds = (c1.user + c1.system) / 1e6;
console.log(JSON.stringify({ tool: "chrono-node", bytes, seconds, cpu_seconds, found }));
