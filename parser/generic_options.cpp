#include "parser/generic_options.h"

#include <algorithm>

#include "catalog/foreign_data.h"
#include "parser/ascii_case.h"
#include "parser/def_elems.h"
#include "parser/secret_placeholders.h"
#include "parser/statement_error.h"

namespace pgfleet {

std::string option_name(const std::string& option) { return option.substr(0, option.find('=')); }

std::string option_value(const std::string& option) {
    auto eq = option.find('=');
    return eq == std::string::npos ? "" : option.substr(eq + 1);
}

namespace {

// The value a secret placeholder stands for, from the environment.
std::string placeholder_secret(StatementContext& ctx, const std::string& option, const std::string& variable,
                               const pgast::Node& def_elem) {
    if (!is_secret_option(option))
        throw StatementError("invalid",
                             "option \"" + option + "\" is no secret: write its value, not the placeholder :'" +
                                 variable + "'",
                             ctx.offset_of(def_elem));
    ctx.state().used_placeholders.insert(variable);
    auto value = placeholder_value(variable);
    if (!value)
        throw StatementError("invalid",
                             "no value for the secret placeholder :'" + variable + "': set " + ascii_upper(variable) +
                                 " (or " + variable + ") in the environment",
                             ctx.offset_of(def_elem));
    return *value;
}

}  // namespace

void apply_generic_options(StatementContext& ctx, std::vector<std::string>& options, const pgast::Node& def_elems) {
    std::vector<std::string> out = options;
    for (const auto& item : def_elems) {
        const auto& d = pgast::node_body(item);
        std::string name = pgast::get_string(d, "defname");
        std::string action = pgast::get_string(d, "defaction", "DEFELEM_UNSPEC");
        auto it = std::find_if(out.begin(), out.end(), [&](const std::string& o) { return option_name(o) == name; });
        std::string value = d.contains("arg") ? def_arg_text(d["arg"]) : "";
        if (auto variable = placeholder_variable(value)) value = placeholder_secret(ctx, name, *variable, d);
        std::string entry = protect_option(name + "=" + value);
        if (action == "DEFELEM_DROP" || action == "DEFELEM_SET") {
            if (it == out.end())
                throw StatementError("missing-object", "option \"" + name + "\" not found", ctx.offset_of(d));
            if (action == "DEFELEM_DROP") out.erase(it);
            else *it = entry;
            continue;
        }
        if (it != out.end())
            throw StatementError("invalid", "option \"" + name + "\" provided more than once", ctx.offset_of(d));
        out.push_back(entry);
    }
    options = std::move(out);
}

}  // namespace pgfleet
