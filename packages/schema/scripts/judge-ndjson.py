"""Judge every line of an NDJSON file against a JSON Schema with Python's jsonschema (draft 2020-12).

Prints one character per line of input, in order: 1 valid, 0 invalid (a line that is not JSON is
invalid). Used by test/differential.test.ts as the second language. Run with Debian's
/usr/bin/python3 (python3-jsonschema).
Usage: /usr/bin/python3 scripts/judge-ndjson.py SCHEMA.json DOCUMENTS.ndjson
"""
import json
import sys

from jsonschema import Draft202012Validator

schema_path, documents_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)


def verdict(line):
    try:
        document = json.loads(line)
    except ValueError:
        return "0"
    return "1" if validator.is_valid(document) else "0"


# newline="\n": split on LF only, as NDJSON does (a raw U+2028 or CR inside a string is not a line end).
with open(documents_path, encoding="utf-8", newline="\n") as f:
    sys.stdout.write("".join(verdict(line) for line in f))
sys.stdout.write("\n")
