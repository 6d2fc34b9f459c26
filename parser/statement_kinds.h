#pragma once
// What the interpreter says about a statement it has no handler for: data and session
// statements, cluster-level objects, and the schema objects pgfleet does not model.
#include <string>

namespace pgfleet {

struct IgnoredStatement {
    std::string code;     // "not-schema" or "unsupported" (counted as such by the corpus runner)
    std::string message;  // ends with "; ignored"
};

IgnoredStatement ignored_statement(const std::string& node_type, const std::string& title);

}  // namespace pgfleet
