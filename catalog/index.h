#pragma once
// An index (CREATE INDEX), and the index part of PRIMARY KEY / UNIQUE / EXCLUDE constraints.
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"

namespace pgfleet {

enum class NullsOrder { Default, First, Last };

// One key of an index: a column or an expression, with its ordering options.
// `nulls` is Default whenever it equals the default for the direction.
struct IndexElement {
    std::string column;
    std::optional<Expr> expression;
    std::string collation;
    std::string opclass;
    std::vector<std::string> opclass_options;
    bool descending = false;
    NullsOrder nulls = NullsOrder::Default;
    // ALTER INDEX ... ALTER COLUMN n SET STATISTICS (expression columns only; -1: the default).
    int statistics = -1;
    bool operator==(const IndexElement&) const = default;
};

// `options` are storage parameters as "name=value", in the order the server keeps them.
struct Index {
    QualifiedName name;
    QualifiedName table;
    bool unique = false;
    bool nulls_not_distinct = false;
    std::string method = "btree";
    std::vector<IndexElement> elements;
    std::vector<std::string> include;
    std::optional<Expr> predicate;
    std::vector<std::string> options;
    std::string tablespace;
    std::string comment;
    // False for an index a failed CREATE INDEX CONCURRENTLY left behind: never what the
    // desired state wants, so it is replaced.
    bool valid = true;
    bool operator==(const Index&) const = default;
};

}  // namespace pgfleet
