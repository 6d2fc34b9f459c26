// security-definer-owner: no SECURITY DEFINER routine that names a tenant table is owned by a
// superuser or a BYPASSRLS role: row-level security does not hold for its owner, so whoever
// may call it reads (or changes) every tenant's rows.
#include <cctype>
#include <set>

#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

// The identifiers of a routine's text, folded as PostgreSQL folds them ("Notes" stays quoted).
std::set<std::string> identifiers(const std::string& text) {
    std::set<std::string> out;
    size_t i = 0;
    auto ident_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; };
    while (i < text.size()) {
        char c = text[i];
        if (c == '"') {
            size_t end = text.find('"', i + 1);
            if (end == std::string::npos) break;
            out.insert(text.substr(i + 1, end - i - 1));
            i = end + 1;
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            size_t start = i;
            while (i < text.size() && ident_char(text[i])) ++i;
            std::string word = text.substr(start, i - start);
            for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            out.insert(word);
        } else {
            ++i;
        }
    }
    return out;
}

std::set<std::string> bypassing_roles(const RuleContext& ctx) {
    std::set<std::string> out(ctx.catalog.roles_bypassing_rls.begin(), ctx.catalog.roles_bypassing_rls.end());
    for (const auto& ignored : ctx.ignored)
        if (ignored.object.kind == "role bypassing row security") out.insert(ignored.object.name);
    return out;
}

void check_security_definer_owner(const RuleContext& ctx, std::vector<Finding>& out) {
    std::set<std::string> bypassing = bypassing_roles(ctx);
    if (bypassing.empty() || ctx.tenants.tables().empty()) return;
    for (const auto& [key, f] : ctx.catalog.functions) {
        if (!f.security_definer || !bypassing.count(f.owner)) continue;
        std::set<std::string> words = identifiers(f.sql_body ? f.sql_body->sql : f.body);
        for (const Table* t : ctx.tenants.tables()) {
            if (!words.count(t->name.name)) continue;
            report(out, key, t->name,
                   "is SECURITY DEFINER and owned by " + f.owner +
                       ", a superuser or BYPASSRLS role, and names tenant table " + t->name.name +
                       ": row-level security does not hold for its owner, so any caller reads every tenant's rows; "
                       "own it by a role without BYPASSRLS, or make it SECURITY INVOKER");
            break;
        }
    }
}

}  // namespace

const Rule security_definer_owner{
    "security-definer-owner",
    "a definer routine runs with its owner's rights; an owner that bypasses row-level security sees every tenant",
    RuleSeverity::Error, check_security_definer_owner};

}  // namespace pgfleet::lint::rules
