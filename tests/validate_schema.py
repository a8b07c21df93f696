#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 2020-12 or draft-07, from its $schema).

usage: validate_schema.py SCHEMA FILE...
Prints one line per violation, "FILE: JSON-PATH: message", and exits 1 when any file is
invalid (2 for unreadable input), 0 when all are valid. Needs python3-jsonschema.
"""
import json, sys

import jsonschema


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    try:
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{sys.argv[1]}: bad schema: {e}", file=sys.stderr)
        return 2
    validator = cls(schema)
    bad = 0
    for path in sys.argv[2:]:
        try:
            doc = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read JSON: {e}", file=sys.stderr)
            return 2
        for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
            where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.absolute_path)
            print(f"{path}: {where}: {err.message}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
