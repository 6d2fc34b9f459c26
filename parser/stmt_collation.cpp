// CREATE COLLATION (and ALTER COLLATION ... REFRESH VERSION, which changes no definition).
#include <cctype>

#include "parser/ascii_case.h"
#include "parser/def_elems.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// FROM a built-in collation: "C"/"POSIX" and libc locales name themselves; ICU ones end in
// "-x-icu" after their locale.
Collation copy_builtin(const std::string& name) {
    Collation c;
    const std::string icu_suffix = "-x-icu";
    if (name.size() > icu_suffix.size() && name.compare(name.size() - icu_suffix.size(), icu_suffix.size(), icu_suffix) == 0) {
        c.provider = "i";
        c.icu_locale = name.substr(0, name.size() - icu_suffix.size());
    } else {
        c.lc_collate = c.lc_ctype = name == "ucs_basic" ? "C" : name;
    }
    return c;
}

Collation copy_from(StatementContext& ctx, const std::vector<std::string>& names) {
    auto user = ctx.scope().resolve(names, [&](const QualifiedName& q) { return ctx.catalog().collations.count(q) > 0; });
    if (user) return ctx.catalog().collations.at(*user);
    if (names.back() == "default") throw StatementError("invalid", "collation \"default\" cannot be copied");
    return copy_builtin(names.back());
}

}  // namespace

void handle_create_collation(StatementContext& ctx, const pgast::Node& body) {
    QualifiedName name = ctx.new_name(pgast::string_list(pgast::get_list(body, "defnames")), -1);
    if (ctx.catalog().collations.count(name)) {
        if (pgast::get_bool(body, "if_not_exists")) {
            ctx.warn("exists", "collation \"" + name.name + "\" already exists, skipping");
            return;
        }
        throw StatementError("invalid", "collation \"" + name.name + "\" already exists");
    }
    Collation c;
    std::string locale, provider = "libc";
    bool has_from = false;
    for (const auto& item : pgast::get_list(body, "definition")) {
        const auto& d = pgast::node_body(item);
        std::string option = pgast::get_string(d, "defname");
        std::string value = d.contains("arg") ? def_arg_text(d["arg"]) : "";
        if (option == "from") {
            c = copy_from(ctx, pgast::string_list(pgast::get_list(d["arg"]["List"], "items")));
            has_from = true;
        } else if (option == "locale") locale = value;
        else if (option == "lc_collate") c.lc_collate = value;
        else if (option == "lc_ctype") c.lc_ctype = value;
        else if (option == "provider") provider = ascii_lower(value);
        else if (option == "deterministic") c.deterministic = ascii_lower(value) != "false" && value != "0" && ascii_lower(value) != "off";
        else if (option == "version") continue;  // the server records the library's version itself
        else throw StatementError("invalid", "collation attribute \"" + option + "\" not recognized", ctx.offset_of(d));
    }
    if (!has_from) {
        if (provider != "libc" && provider != "icu")
            throw StatementError("invalid", "unrecognized collation provider: " + provider);
        c.provider = provider == "icu" ? "i" : "c";
        if (c.provider == "i") {
            c.icu_locale = locale;
            c.lc_collate = c.lc_ctype = "";
            if (c.icu_locale.empty()) throw StatementError("invalid", "parameter \"locale\" must be specified");
        } else {
            if (!locale.empty()) {
                if (c.lc_collate.empty()) c.lc_collate = locale;
                if (c.lc_ctype.empty()) c.lc_ctype = locale;
            }
            if (c.lc_collate.empty()) throw StatementError("invalid", "parameter \"lc_collate\" must be specified");
            if (c.lc_ctype.empty()) throw StatementError("invalid", "parameter \"lc_ctype\" must be specified");
        }
    }
    c.name = name;
    c.owner.clear();
    c.comment.clear();
    ctx.catalog().collations[name] = c;
    ctx.define(collation_key(name));
}

void handle_alter_collation(StatementContext& ctx, const pgast::Node& body) {
    auto names = pgast::string_list(pgast::get_list(body, "collname"));
    if (!ctx.scope().resolve(names, [&](const QualifiedName& q) { return ctx.catalog().collations.count(q) > 0; }))
        throw StatementError("missing-object", "collation \"" + names.back() + "\" does not exist");
}

}  // namespace pgfleet
