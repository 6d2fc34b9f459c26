#!/usr/bin/python3
"""Validates pgfleet's JSON outputs against the schemas under docs/schemas.

usage: validate_json.py SCHEMA_DIR SCHEMA_ID FILE...   (SCHEMA_ID e.g. urn:pgfleet:drift)

Every *.schema.json of SCHEMA_DIR is loaded first, so schemas can refer to each other by
$id. Each schema is also checked against its metaschema. Prints every error with the JSON
path where it is, and exits 1 when any file does not validate.
"""
import json
import pathlib
import sys

import jsonschema

try:  # jsonschema 4.18 and later (Debian 13) resolve $ref through referencing
    import referencing
    import referencing.jsonschema
except ImportError:  # Debian 12's 4.10
    referencing = None


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema_dir, schema_id, files = pathlib.Path(argv[1]), argv[2], argv[3:]
    store = {}
    for path in sorted(schema_dir.glob("*.schema.json")):
        schema = json.loads(path.read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
        store[schema["$id"]] = schema
    if schema_id not in store:
        print(f"no schema with $id {schema_id} in {schema_dir}", file=sys.stderr)
        return 2
    schema = store[schema_id]
    if referencing is not None:
        registry = referencing.Registry().with_resources(
            (uri, referencing.jsonschema.DRAFT202012.create_resource(s)) for uri, s in store.items())
        validator = jsonschema.Draft202012Validator(schema, registry=registry)
    else:
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
        validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
    failed = False
    for name in files:
        document = json.loads(pathlib.Path(name).read_text())
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(document)"
            print(f"{name}: {where}: {error.message}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
