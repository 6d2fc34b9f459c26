#include "pgast/operand_parens.h"

#include <stdexcept>

namespace pgfleet::pgast {
namespace {

using nlohmann::json;

std::string type_of(const json& n) {
    return n.is_object() && n.size() == 1 && n.begin().value().is_object() ? n.begin().key() : "";
}

bool sql_syntax_call(const json& body) { return body.value("funcformat", "") == "COERCE_SQL_SYNTAX"; }

// Expressions written with operators or keywords around their operands: as an operand of
// another such expression they need parentheses.
bool is_compound(const json& n) {
    std::string t = type_of(n);
    if (t == "A_Expr" || t == "BoolExpr" || t == "NullTest" || t == "BooleanTest" || t == "CollateClause") return true;
    if (t == "FuncCall") return sql_syntax_call(n[t]);
    if (t == "SubLink") {
        std::string kind = n[t].value("subLinkType", "");
        return kind == "ANY_SUBLINK" || kind == "ALL_SUBLINK" || kind == "ROWCOMPARE_SUBLINK";
    }
    return false;
}

// The operand slots of operator-like nodes.
std::vector<std::string> operand_slots(const std::string& type, const json& body) {
    if (type == "TypeCast" || type == "NullTest" || type == "BooleanTest" || type == "CollateClause") return {"arg"};
    if (type == "A_Expr") return {"lexpr", "rexpr"};
    if (type == "BoolExpr") return {"args"};
    if (type == "SubLink") return {"testexpr"};
    if (type == "FuncCall" && sql_syntax_call(body)) return {"args"};
    return {};
}

}  // namespace

void OperandParens::protect_slot(json& slot) {
    if (slot.is_object() && slot.contains("List")) {
        auto& items = slot["List"]["items"];
        if (items.is_array())
            for (auto& item : items) protect_slot(item);
        return;
    }
    if (slot.is_array()) {
        for (auto& item : slot) protect_slot(item);
        return;
    }
    if (!is_compound(slot)) return;
    hole(slot);
}

void OperandParens::hole(json& slot) {
    std::string name = "pgfleet_operand_" + std::to_string(holes_.size()) + "_";
    holes_.push_back({name, "(" + deparse_operand_(slot) + ")"});
    slot = {{"ColumnRef", {{"fields", json::array({{{"String", {{"sval", name}}}}})}}}};
}

void OperandParens::protect(json& tree) {
    if (tree.is_array()) {
        for (auto& child : tree) protect(child);
        return;
    }
    if (!tree.is_object()) return;
    std::string type = type_of(tree);
    if (!type.empty()) {
        json& body = tree[type];
        for (const auto& slot : operand_slots(type, body))
            if (body.contains(slot)) protect_slot(body[slot]);
        // XMLTABLE's row and document expressions are written bare (c_expr): a cast needs parentheses too.
        if (type == "RangeTableFunc")
            for (const char* slot : {"docexpr", "rowexpr"})
                if (body.contains(slot) && (is_compound(body[slot]) || type_of(body[slot]) == "TypeCast")) hole(body[slot]);
    }
    for (auto& [key, child] : tree.items()) protect(child);
}

std::string OperandParens::restore(std::string text) const {
    // Later placeholders never occur inside earlier ones' text: each text was complete
    // when it was taken. Replace from the last so "_1_" never matches inside "_11_".
    for (auto it = holes_.rbegin(); it != holes_.rend(); ++it) {
        auto at = text.find(it->first);
        if (at == std::string::npos) throw std::runtime_error("deparse lost an operand placeholder");
        text.replace(at, it->first.size(), it->second);
    }
    return text;
}

}  // namespace pgfleet::pgast
