#!/usr/bin/env python3
"""Build one timeline from many articles on a Dask cluster.

The map step extracts each article's timeline (no date reasoning yet); the reduce step is
dateline's merge, which is associative and commutative, so Dask may combine partial
timelines in any tree; date reasoning runs once on the merged whole. The result is the same
timeline, byte for byte, as `dateline build` of the same inputs in one process.

usage: dask_pipeline.py INPUT... --scheduler tcp://HOST:PORT [-o OUT] [--published DAY]
                        [--mode module|subprocess] [--dateline PATH] [--fan-in N]
INPUT is an article file, a folder of them, or a JSONL file of articles.
"""
import argparse
import os
import subprocess
import sys
import tempfile

ARTICLE_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".tml", ".TE3input", ".json", ".jsonl")


def expand(inputs):
    """Input paths in the order `dateline build` would see them: folders listed sorted."""
    out = []
    for p in inputs:
        if os.path.isdir(p):
            out += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(ARTICLE_EXTENSIONS))
        else:
            out.append(p)
    return out


def extract_module(path, published):
    import dateline  # the pybind11 module, on PYTHONPATH of every worker
    with open(path, "rb") as f:
        data = f.read()  # bytes, not str: offsets are into the raw file
    return dateline.build_json(data, name=path, published=published, reason=False)


def extract_subprocess(path, published, binary):
    cmd = [binary, "build", path, "--format", "json", "--no-reason"]
    if published:
        cmd += ["--published", published]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip() or f"dateline exited {r.returncode}")
    return r.stdout


def merge_module(parts, reason=False):
    import dateline
    return dateline.merge_json(list(parts), reason=reason)


def merge_subprocess(parts, binary, reason=False):
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, p in enumerate(parts):
            f = os.path.join(tmp, f"{i}.json")
            with open(f, "w") as out:
                out.write(p)
            files.append(f)
        cmd = [binary, "merge", *files, "-o", "-"] + (["--reason"] if reason else [])
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(r.stderr.strip())
        return r.stdout


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--scheduler", required=True, help="Dask scheduler address, tcp://HOST:PORT")
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--published")
    ap.add_argument("--mode", choices=("module", "subprocess"), default="module")
    ap.add_argument("--dateline", default="dateline", help="the CLI, for --mode subprocess")
    ap.add_argument("--fan-in", type=int, default=8, help="partial timelines merged per reduce task")
    args = ap.parse_args(argv)

    from dask.distributed import Client

    paths = expand(args.inputs)
    if not paths:
        sys.exit("dask_pipeline: no articles in the inputs")
    with Client(args.scheduler) as client:
        if args.mode == "module":
            parts = client.map(extract_module, paths, published=args.published, pure=False)
            merge = lambda batch: client.submit(merge_module, batch, pure=False)
        else:
            parts = client.map(extract_subprocess, paths, published=args.published, binary=args.dateline, pure=False)
            merge = lambda batch: client.submit(merge_subprocess, batch, binary=args.dateline, pure=False)
        # A tree of merges: each level merges groups of fan-in partial timelines.
        while len(parts) > 1:
            parts = [merge(parts[i:i + args.fan_in]) for i in range(0, len(parts), args.fan_in)]
        if args.mode == "module":
            text = client.submit(merge_module, [parts[0]], reason=True, pure=False).result()
        else:
            text = client.submit(merge_subprocess, [parts[0]], binary=args.dateline, reason=True, pure=False).result()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        tmp = args.output + ".tmp"
        with open(tmp, "w") as f:
            f.write(text)
        os.replace(tmp, args.output)


if __name__ == "__main__":
    main()
