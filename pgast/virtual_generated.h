#pragma once
// PostgreSQL 18's virtual generated columns, `GENERATED ALWAYS AS (expr) VIRTUAL` or without a
// keyword (18's default, and how pg_dump 18 prints them), in text read with PostgreSQL 15's
// parser, which knows only `... STORED`. The text is rewritten to the form that parser reads,
// and the parsed tree then gets back what was rewritten: each such column's GENERATED
// constraint carries `generated_kind: "v"` (the field PostgreSQL 18's parser sets) and every
// location points into the original text again.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pgfleet::pgast {

class VirtualGenerated {
public:
    // The rewrite of `text`, or nothing when it has no virtual generated column.
    static std::optional<VirtualGenerated> rewrite(const std::string& text);

    const std::string& text() const { return text_; }
    // A byte offset in the rewritten text -> the same place in the original.
    int to_original(int offset) const;
    // Marks the rewritten columns' constraints and moves every location back to the original.
    void restore(nlohmann::json& parse_result) const;

private:
    std::string text_;
    std::vector<int> constraint_offsets_;  // rewritten text: GENERATED, or CONSTRAINT before it
    std::vector<int> insertions_;          // rewritten text: where " STORED" was added
};

}  // namespace pgfleet::pgast
