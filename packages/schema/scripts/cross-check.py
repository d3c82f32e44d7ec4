"""Cross-check the shipped JSON Schema in a second language (Python's jsonschema, draft 2020-12).

The example release must be valid; every example under examples/invalid/shape must be invalid;
examples under examples/invalid/semantic break rules JSON Schema cannot express, so they must be
valid here (the documented difference). Run with Debian's /usr/bin/python3 (python3-jsonschema).
Usage: /usr/bin/python3 packages/schema/scripts/cross-check.py
"""
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

package = Path(__file__).resolve().parent.parent
examples = package.parent.parent / "examples"
schema = json.loads((package / "schemas" / "release.schema.json").read_text(encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

expectations = [(path, True) for path in sorted(examples.glob("*.release.json"))]
expectations += [(path, False) for path in sorted((examples / "invalid" / "shape").glob("*.json"))]
expectations += [(path, True) for path in sorted((examples / "invalid" / "semantic").glob("*.json"))]

failures = 0
for path, should_be_valid in expectations:
    errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    ok = (not errors) == should_be_valid
    failures += not ok
    verdict = "valid" if not errors else f"invalid: /{'/'.join(map(str, errors[0].absolute_path))}: {errors[0].message[:90]}"
    print(f"{'ok  ' if ok else 'FAIL'} {path.relative_to(examples.parent)}: {verdict}")

print(f"python jsonschema cross-check: {len(expectations) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
