#!/usr/bin/env python3
"""Precision of our links against TimeBank TLINKs and Causal-TimeBank CLINKs.

Usage:
  scripts/link-eval.py [--dateline build/dateline] [--out-dir DIR] [--show N] TML_DIR...
  scripts/link-eval.py --json-dir DIR TML_DIR...   (reuse saved outputs DIR/<corpus dir name>/<name>.json)

For every FILE.tml of each TML_DIR, `dateline build FILE.tml -o OUT.json` is run (unless
--json-dir gives saved outputs). Our offsets are raw byte offsets into the .tml file (ingest
keeps them), so each of our event mentions aligns to the gold <EVENT> whose text overlaps
its trigger (the first such EVENT). An event of ours can align to several gold events (one
per mention). For each of our links whose two ends both align, the gold links between any
gold event of one end and any of the other are looked up (directly only: a pair the gold
relates only through a chain of TLINKs is counted as "no gold link").

Relations (our -> what agrees in the gold, either direction of the gold link):
  before(a,b):       a BEFORE/IBEFORE b
  responds_to(a,b):  b BEFORE/IBEFORE a; causally: CLINK b -> a (b causes a)
  causes(a,b):       temporally anything but b before a; causally: CLINK a -> b
  includes(a,b):     a INCLUDES/DURING_INV/BEGUN_BY/ENDED_BY b
  simultaneous:      SIMULTANEOUS/IDENTITY/DURING
  denies:            no temporal meaning; not scored
A CLINK's eventInstanceID is the cause and relatedToEventInstance the effect (Causal-TimeBank).
Also reported: gold CLINKs (and TLINKs) joining two different events of ours that we do not
link at all - a recall over our own aligned events.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

# Parsing TimeML markup (not article text) with a regex is fine: the tags are machine made.
EVENT_RE = re.compile(rb'<EVENT\b[^>]*\beid="([^"]+)"[^>]*>(.*?)</EVENT>', re.S)
INST_RE = re.compile(rb'<MAKEINSTANCE\b[^>]*>')
ATTR_RE = re.compile(rb'(\w[\w-]*)="([^"]*)"')
TLINK_RE = re.compile(rb'<TLINK\b[^>]*>')
CLINK_RE = re.compile(rb'<CLINK\b[^>]*>')

# our before(a,b) is agreed by gold REL(a,b) for REL in BEFORE_SAME, or REL(b,a) for INV[REL]
INVERSE = {
    'BEFORE': 'AFTER', 'AFTER': 'BEFORE', 'IBEFORE': 'IAFTER', 'IAFTER': 'IBEFORE',
    'INCLUDES': 'IS_INCLUDED', 'IS_INCLUDED': 'INCLUDES', 'DURING': 'DURING_INV',
    'DURING_INV': 'DURING', 'BEGINS': 'BEGUN_BY', 'BEGUN_BY': 'BEGINS', 'ENDS': 'ENDED_BY',
    'ENDED_BY': 'ENDS', 'SIMULTANEOUS': 'SIMULTANEOUS', 'IDENTITY': 'IDENTITY',
}
PRECEDES = {'BEFORE', 'IBEFORE'}
FOLLOWS = {'AFTER', 'IAFTER'}


def load_signals():
    """Signal words of data/graph/signals.tsv: a link whose evidence signal is one of them
    comes from the graph stage; other signals are trigger words (events stage reactions)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'graph', 'signals.tsv')
    out = set()
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or line.startswith('signal\t') or not line.strip():
            continue
        out.add(line.split('\t')[0])
    return out


SIGNALS = load_signals()
# "says the party will challenge the move": a graph-stage reaction to an anaphor noun
ANAPHORS = {'move', 'decision', 'step', 'action', 'measure', 'measures'}


def attrs(tag):
    return {k.decode(): v.decode() for k, v in ATTR_RE.findall(tag)}


def parse_tml(path):
    raw = open(path, 'rb').read()
    events = []  # (start, end, eid) of the EVENT's inner text
    for m in EVENT_RE.finditer(raw):
        events.append((m.start(2), m.end(2), m.group(1).decode(), m.group(2).decode('utf-8', 'replace')))
    inst = {}
    for m in INST_RE.finditer(raw):
        a = attrs(m.group(0))
        if 'eiid' in a and 'eventID' in a:
            inst[a['eiid']] = a['eventID']
    tl = {}  # (eid a, eid b) -> relType, as annotated (a REL b)
    tsig = {}  # (eid a, eid b) -> SIGNAL id
    for m in TLINK_RE.finditer(raw):
        a = attrs(m.group(0))
        x, y = a.get('eventInstanceID'), a.get('relatedToEventInstance')
        if x and y and x in inst and y in inst:
            tl[(inst[x], inst[y])] = a.get('relType', '')
            if a.get('signalID'):
                tsig[(inst[x], inst[y])] = a['signalID']
    cl = []  # (cause eid, effect eid, signal id)
    for m in CLINK_RE.finditer(raw):
        a = attrs(m.group(0))
        x, y = a.get('eventInstanceID'), a.get('relatedToEventInstance')
        if x and y and x in inst and y in inst:
            cl.append((inst[x], inst[y], a.get('c-signalID')))
    sigs = {}
    for m in re.finditer(rb'<C-SIGNAL\b[^>]*cid="([^"]+)"[^>]*>(.*?)</C-SIGNAL>', raw, re.S):
        sigs[m.group(1).decode()] = m.group(2).decode('utf-8', 'replace')
    for m in re.finditer(rb'<SIGNAL\b[^>]*sid="([^"]+)"[^>]*>(.*?)</SIGNAL>', raw, re.S):
        sigs[m.group(1).decode()] = m.group(2).decode('utf-8', 'replace')
    return raw, events, tl, cl, sigs, tsig


def align(events, start, end):
    """The first gold event whose inner text overlaps [start, end)."""
    for s, e, eid, _ in events:
        if s < end and start < e:
            return eid
        if s >= end:
            break
    return None


def gold_temporal(tl, A, B):
    """All gold relTypes between A and B, normalised to 'a REL b' (a in A, b in B)."""
    out = []
    for a in A:
        for b in B:
            if (a, b) in tl:
                out.append(tl[(a, b)])
            if (b, a) in tl:
                out.append(INVERSE.get(tl[(b, a)], tl[(b, a)]))
    return out


def judge_temporal(rel, golds):
    """'agree', 'reversed', 'overlap' (gold says they overlap in time), or None."""
    if not golds or rel == 'denies':
        return None
    if rel == 'before':
        ok, bad = PRECEDES, FOLLOWS
    elif rel == 'responds_to':
        ok, bad = FOLLOWS, PRECEDES
    elif rel == 'causes':
        ok = PRECEDES | {'INCLUDES', 'IS_INCLUDED', 'SIMULTANEOUS', 'IDENTITY', 'DURING',
                         'DURING_INV', 'BEGINS', 'BEGUN_BY', 'ENDS', 'ENDED_BY'}
        bad = FOLLOWS
    elif rel == 'includes':
        ok, bad = {'INCLUDES', 'DURING_INV', 'BEGUN_BY', 'ENDED_BY'}, PRECEDES | FOLLOWS
    elif rel == 'simultaneous':
        ok, bad = {'SIMULTANEOUS', 'IDENTITY', 'DURING', 'DURING_INV'}, PRECEDES | FOLLOWS
    else:
        return None
    if any(g in ok for g in golds):
        return 'agree'
    if any(g in bad for g in golds):
        return 'reversed' if rel in ('before', 'responds_to', 'causes') else 'disagree'
    return 'overlap' if rel in ('before', 'responds_to') else 'disagree'


def context(raw, events, eid):
    """The gold event's words and its sentence (tags stripped; a crude cut at '. ')."""
    for s, e, x, text in events:
        if x == eid:
            lo = raw.rfind(b'\n', 0, s) + 1
            hi = raw.find(b'\n', e)
            before = re.sub(rb'<[^>]+>', b'', raw[lo:s]).decode('utf-8', 'replace')
            after = re.sub(rb'<[^>]+>', b'', raw[s:hi if hi >= 0 else len(raw)]).decode('utf-8', 'replace')
            cut = before.rfind('. ')
            before = before[cut + 2:] if cut >= 0 else before
            cut = after.find('. ')
            after = after[:cut + 1] if cut >= 0 else after
            return text, (before + after).strip()
    return '?', ''


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('dirs', nargs='+')
    ap.add_argument('--dateline', default='build/dateline')
    ap.add_argument('--json-dir', help='saved outputs <name>.json instead of running dateline')
    ap.add_argument('--out-dir', help='keep the outputs here')
    ap.add_argument('--show', type=int, default=40, help='list at most N items per class')
    ap.add_argument('--list-links', action='store_true', help='list every aligned link')
    args = ap.parse_args()

    tmp = None
    out_dir = args.json_dir or args.out_dir
    if not out_dir:
        tmp = tempfile.TemporaryDirectory()
        out_dir = tmp.name
    os.makedirs(out_dir, exist_ok=True)

    for d in args.dirs:
        files = sorted(f for f in os.listdir(d) if f.endswith('.tml'))
        c = collections.Counter()
        lists = collections.defaultdict(list)
        for name in files:
            path = os.path.join(d, name)
            # one subdirectory per corpus: TimeBank and Causal-TimeBank share file names
            sub = os.path.join(out_dir, os.path.basename(os.path.normpath(d)))
            os.makedirs(sub, exist_ok=True)
            out = os.path.join(sub, name[:-4] + '.json')
            if not args.json_dir:
                r = subprocess.run([args.dateline, 'build', path, '-o', out],
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    c['build failures'] += 1
                    print(f'{name}: build failed: {r.stderr.strip()}', file=sys.stderr)
                    continue
            tl_doc = json.load(open(out))
            raw, gevents, tl, cl, sigs, tsig = parse_tml(path)
            c['files'] += 1
            c['gold TLINKs event-event'] += len(tl)
            c['gold CLINKs'] += len(cl)
            ours = {}  # our event id -> set of gold eids
            where = {}  # our event id -> [(trigger start, gold eid)]
            for ev in tl_doc['events']:
                s = set()
                for m in ev['mentions']:
                    t = m.get('trigger') or m
                    g = align(gevents, t['start'], t['end'])
                    if g:
                        s.add(g)
                        where.setdefault(ev['id'], []).append((t['start'], g))
                ours[ev['id']] = s
                c['our events'] += 1
                c['our events aligned'] += bool(s)
            summary = {ev['id']: ev.get('summary', '') for ev in tl_doc['events']}
            linked = set()
            for ln in tl_doc['links']:
                a, b, rel = ln['from'], ln['to'], ln['relation']
                linked.add(frozenset((a, b)))
                c['our links'] += 1
                c[f'our links {rel}'] += 1
                A, B = ours.get(a, set()), ours.get(b, set())
                if not A or not B:
                    continue
                c['both ends aligned'] += 1
                c[f'both ends aligned {rel}'] += 1
                sig = (ln.get('evidence') or {}).get('signal')
                src = 'graph' if sig and any(sig.lower() == w or sig.lower().endswith(' ' + w)
                                             for w in SIGNALS | ANAPHORS) else 'events'
                c[f'both ends aligned, from {src} stage'] += 1
                ev_span = ln.get('evidence') or {'start': 0, 'end': 0}

                def near(x):  # the mention nearest the link's evidence, for the listing
                    return min(where[x], key=lambda p: 0 if ev_span['start'] <= p[0] < ev_span['end']
                               else 1 + min(abs(p[0] - ev_span['start']), abs(p[0] - ev_span['end'])))[1]
                ga, gb = near(a), near(b)
                desc = (f'{name}: {rel} [{sig}] {context(raw, gevents, ga)[0]}({ga}) -> '
                        f'{context(raw, gevents, gb)[0]}({gb})')
                golds = gold_temporal(tl, A, B)
                if args.list_links:
                    lists[f'aligned links from the {src} stage'].append(
                        f'{desc}: gold TLINK {golds} | {context(raw, gevents, ga)[1][:260]}')
                if golds:
                    c['with gold TLINK'] += 1
                    j = judge_temporal(rel, golds)
                    if j:
                        c[f'TLINK scored'] += 1
                        c[f'TLINK {j}'] += 1
                        c[f'TLINK {j}, from {src} stage'] += 1
                        if j != 'agree':
                            lists[f'TLINK {j}'].append(f'{desc}: gold {golds} | {context(raw, gevents, ga)[1][:220]}')
                if rel in ('causes', 'responds_to'):
                    cause, effect = (A, B) if rel == 'causes' else (B, A)
                    fwd = [x for x in cl if x[0] in cause and x[1] in effect]
                    back = [x for x in cl if x[0] in effect and x[1] in cause]
                    c['causal links aligned'] += 1
                    c[f'causal links aligned, from {src} stage'] += 1
                    if fwd:
                        c['causal: CLINK right direction'] += 1
                    elif back:
                        c['causal: CLINK reversed'] += 1
                        lists['CLINK reversed'].append(desc)
                    else:
                        c['causal: no CLINK'] += 1
                        lists['causal link without CLINK'].append(
                            f'{desc} (gold TLINK {golds}) | {context(raw, gevents, ga)[1][:220]}')
                if not golds and not any((x[0] in A and x[1] in B) or (x[0] in B and x[1] in A) for x in cl):
                    c['no gold link at all'] += 1
                    lists['no gold link between the pair'].append(desc)
            # recall over our own aligned events
            owner = collections.defaultdict(set)
            for ev, s in ours.items():
                for g in s:
                    owner[g].add(ev)
            for cause, effect, sid in cl:
                for x in owner.get(cause, ()):
                    for y in owner.get(effect, ()):
                        if x == y:
                            continue
                        c['gold CLINKs between two of our events'] += 1
                        if frozenset((x, y)) in linked:
                            c['  ... that we link'] += 1
                        else:
                            lists['CLINK between our events, not linked'].append(
                                f'{name}: {context(raw, gevents, cause)[0]}({cause}) -> '
                                f'{context(raw, gevents, effect)[0]}({effect}) signal '
                                f'{sigs.get(sid) if sid else None!r} | {summary[x]} -> {summary[y]} | '
                                f'{context(raw, gevents, effect)[1][:220]}')
            for (ga, gb), rel in tl.items():
                for x in owner.get(ga, ()):
                    for y in owner.get(gb, ()):
                        if x != y:
                            c['gold TLINKs between two of our events'] += 1
                            if frozenset((x, y)) in linked:
                                c['  ... that we link (TLINK)'] += 1
                            elif args.list_links and context(raw, gevents, ga)[1] == context(raw, gevents, gb)[1]:
                                lists['gold TLINK in one sentence between our events, not linked'].append(
                                    f'{name}: {context(raw, gevents, ga)[0]}({ga}) {rel} '
                                    f'{context(raw, gevents, gb)[0]}({gb}) | {context(raw, gevents, gb)[1][:260]}')
                            elif (ga, gb) in tsig:
                                lists['TLINK with a SIGNAL between our events, not linked'].append(
                                    f'{name}: {context(raw, gevents, ga)[0]}({ga}) {rel} '
                                    f'{context(raw, gevents, gb)[0]}({gb}) signal '
                                    f'{sigs.get(tsig[(ga, gb)])!r} | {context(raw, gevents, gb)[1][:220]}')

        print(f'== {d}')
        for k in ['files', 'build failures', 'our events', 'our events aligned', 'our links',
                  'both ends aligned', 'with gold TLINK', 'TLINK scored', 'TLINK agree',
                  'TLINK reversed', 'TLINK overlap', 'TLINK disagree', 'causal links aligned',
                  'causal: CLINK right direction', 'causal: CLINK reversed', 'causal: no CLINK',
                  'no gold link at all', 'gold TLINKs event-event', 'gold CLINKs',
                  'gold TLINKs between two of our events', '  ... that we link (TLINK)',
                  'gold CLINKs between two of our events', '  ... that we link']:
            print(f'  {k}: {c[k]}')
        for k in sorted(c):
            if (k.startswith('our links ') or k.startswith('both ends aligned ') or
                    k.endswith(' stage')):
                print(f'  {k}: {c[k]}')
        for k, v in lists.items():
            print(f'-- {k} ({len(v)})')
            for line in v[:args.show]:
                print('   ' + line)
    if tmp:
        tmp.cleanup()


if __name__ == '__main__':
    main()
