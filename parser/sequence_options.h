#pragma once
// CREATE/ALTER SEQUENCE and identity options, with PostgreSQL's defaulting rules.
#include <optional>
#include <string>

#include "catalog/sequence.h"
#include "parser/statement_context.h"

namespace pgfleet {

struct SequenceOptionChanges {
    // OWNED BY: outer optional = given at all, inner = NONE when empty.
    std::optional<std::optional<SequenceOwner>> owned_by;
    // SEQUENCE NAME (identity columns only).
    std::vector<std::string> sequence_name;
};

// Applies a DefElem list to `options`. `creating` fills unspecified bounds with defaults;
// otherwise only what is named changes (and bounds follow a type change as PostgreSQL does).
SequenceOptionChanges apply_sequence_options(StatementContext& ctx, SequenceOptions& options,
                                             const pgast::Node& option_list, bool creating);

}  // namespace pgfleet
