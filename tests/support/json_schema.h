#pragma once
// Validating pgfleet's JSON outputs against the schemas under docs/schemas, with
// python3-jsonschema (tests/tools/validate_json.py).
#include <string>

#include "tests/support/pg_server.h"

namespace pgfleet::testing {

struct SchemaCheck {
    bool valid = false;
    std::string errors;  // one line per violation, with the JSON path
};

// `schema` is the schema's $id without its prefix: "plan", "fleet-plan", "drift", ...
inline SchemaCheck validate_against_schema(const std::string& schema, const std::string& json_file) {
    std::string source = PGFLEET_SOURCE_DIR;
    SchemaCheck check;
    int code = run_command("/usr/bin/python3 " + shell_quote(source + "/tests/tools/validate_json.py") + " " +
                               shell_quote(source + "/docs/schemas") + " urn:pgfleet:" + schema + " " +
                               shell_quote(json_file),
                           &check.errors);
    check.valid = code == 0;
    return check;
}

}  // namespace pgfleet::testing
