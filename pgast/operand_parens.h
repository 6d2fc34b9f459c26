#pragma once
// libpg_query's deparser leaves out parentheses an operand needs in some spots:
// (now() AT TIME ZONE 'utc')::text comes out as now() AT TIME ZONE 'utc'::text, and
// (a AND b) IS NULL as a AND b IS NULL, which mean something else. Before deparsing, every
// compound operand of an operator is deparsed on its own, wrapped in parentheses, and put
// back through a placeholder column name that is replaced in the final text.
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pgfleet::pgast {

class OperandParens {
public:
    // `deparse_operand` turns one expression into text (itself protected the same way).
    explicit OperandParens(std::function<std::string(const nlohmann::json&)> deparse_operand)
        : deparse_operand_(std::move(deparse_operand)) {}

    // Replaces compound operands in `tree` by placeholders.
    void protect(nlohmann::json& tree);
    // Puts the parenthesized operands back into the deparsed text.
    std::string restore(std::string text) const;

private:
    void protect_slot(nlohmann::json& slot);
    // Replaces the slot by a placeholder for its parenthesized text.
    void hole(nlohmann::json& slot);
    std::function<std::string(const nlohmann::json&)> deparse_operand_;
    std::vector<std::pair<std::string, std::string>> holes_;  // placeholder, "(text)"
};

}  // namespace pgfleet::pgast
