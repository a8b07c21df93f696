#!/usr/bin/env python3
"""Counts the error classes of `dateline eval-timex --errors FILE` output (docs/timex.md).

Usage: scripts/timex-error-classes.py ERRORS_FILE...

Each imperfect match (MISMATCH line) counts for "extent" when the texts differ and for "type"
when the types differ; when the values differ it goes into the first value class that applies:
gold underspecified (an X in the gold value, none in ours, not a duration), part of day (our
value ends in TNI/TMO/AF/EV on the gold's day), wrong day (both a day or a time), quarter vs
year (a quarter against a year, or two quarters), week vs other (one of them a week), duration
vs point, other.
"""
import re
import sys


def gran(v):
    if re.fullmatch(r'\d{4}-\d\d-\d\dT.*', v):
        return 'time'
    if re.fullmatch(r'\d{4}-\d\d-\d\d', v):
        return 'day'
    if '-W' in v:
        return 'week'
    if '-Q' in v:
        return 'quarter'
    if re.fullmatch(r'\d{4}', v):
        return 'year'
    if re.fullmatch(r'\d{4}-\d\d', v):
        return 'month'
    return 'duration' if v.startswith('P') else 'other'


def value_class(gv, sv):
    g, s = gran(gv), gran(sv)
    if 'X' in gv and 'X' not in sv and not gv.startswith('P'):
        return 'gold underspecified'
    if re.search(r'T(NI|MO|AF|EV)$', sv) and not re.search(r'T(NI|MO|AF|EV)$', gv) and gv[:10] == sv[:10]:
        return 'part of day'
    if g == s and g in ('day', 'time'):
        return 'wrong day'
    if {g, s} == {'quarter', 'year'} or g == s == 'quarter':
        return 'quarter vs year'
    if 'week' in (g, s):
        return 'week vs other'
    if (g == 'duration') != (s == 'duration'):
        return 'duration vs point'
    return 'other'


def main(paths):
    for path in paths:
        counts = dict(missed=0, spurious=0, imperfect=0, value_differs=0, extent=0, type=0)
        classes = {}
        with open(path, encoding='utf-8') as f:
            for line in f:
                fields = line.rstrip('\n').split('\t')
                if fields[0] == 'MISSED':
                    counts['missed'] += 1
                elif fields[0] == 'SPURIOUS':
                    counts['spurious'] += 1
                elif fields[0] == 'MISMATCH':
                    counts['imperfect'] += 1
                    gt, gty, gv = fields[3].split('|')
                    st, sty, sv = fields[4].split('|')
                    counts['extent'] += gt != st
                    counts['type'] += gty != sty
                    if gv != sv:
                        counts['value_differs'] += 1
                        c = value_class(gv, sv)
                        classes[c] = classes.get(c, 0) + 1
        print(path)
        for k, v in list(counts.items()) + sorted(classes.items()):
            print(f'  {k}\t{v}')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__.strip().splitlines()[2])
    main(sys.argv[1:])
