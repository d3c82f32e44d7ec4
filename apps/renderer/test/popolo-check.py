#!/usr/bin/env python3
"""Validates a parlwire Popolo export with Python jsonschema (draft-03, as Popolo's schemas are).

    python3 test/popolo-check.py data/popolo.json                   # the conformance fixture
    python3 test/popolo-check.py data/popolo.json --schemas FOLDER  # popolo-spec's own schemas/*.json

Prints one line per error (`persons[3].other_names[0].name: 'name' is a required property`), in
document order, and a closing count; exits 1 when there is any error, 2 when `format: uri` cannot be
checked (jsonschema checks it only with rfc3987 installed, Debian's python3-rfc3987; without it every
link URL would pass unchecked).
"""
import json
import pathlib
import re
import sys

import jsonschema

here = pathlib.Path(__file__).parent
collections = {"persons": "person", "organizations": "organization", "memberships": "membership", "events": "event"}


def path_of(error, prefix):
    out = prefix
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def document_order(error):
    where = error[0]
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.findall(r"[^.\[\]]+", where)], error[1]


def main(argv):
    document = json.loads(pathlib.Path(argv[1]).read_text(encoding="utf-8"))
    checker = jsonschema.Draft3Validator.FORMAT_CHECKER
    if "uri" not in checker.checkers:
        print("popolo-check: this jsonschema cannot check format 'uri' (install python3-rfc3987)", file=sys.stderr)
        return 2
    errors = []
    if "--schemas" in argv:
        folder = pathlib.Path(argv[argv.index("--schemas") + 1])
        store = {}
        for file in folder.glob("*.json"):
            schema = json.loads(file.read_text(encoding="utf-8"))
            store[schema["id"].rstrip("#")] = schema
            store[schema["id"]] = schema
        resolver_store = {**store, **{k.replace("http://www.", "http://"): v for k, v in store.items()}}
        for key, name in collections.items():
            schema = store[f"http://www.popoloproject.com/schemas/{name}.json"]
            resolver = jsonschema.RefResolver.from_schema(schema, store=resolver_store)
            validator = jsonschema.Draft3Validator(schema, resolver=resolver, format_checker=checker)
            for i, item in enumerate(document.get(key, [])):
                errors += [(path_of(e, f"{key}[{i}]"), e.message) for e in validator.iter_errors(item)]
    else:
        schema = json.loads((here / "fixtures/popolo/popolo-conformance.schema.json").read_text(encoding="utf-8"))
        validator = jsonschema.Draft3Validator(schema, format_checker=checker)
        errors = [(path_of(e, ""), e.message) for e in validator.iter_errors(document)]
    for where, message in sorted(errors, key=document_order):
        print(f"{where.lstrip('.')}: {message}")
    counts = ", ".join(f"{len(document.get(key, []))} {key}" for key in collections)
    print(f"{len(errors)} errors ({counts})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
