// Session statements: SET search_path, set_config(), BEGIN/COMMIT, and other SET lines.
#include <cctype>

#include "parser/def_elems.h"
#include "parser/function_definition.h"
#include "parser/handlers.h"

namespace pgfleet {
namespace {

// "public, \"My Schema\"" -> {public, My Schema}; "$user" is skipped (no such schema here).
std::vector<std::string> parse_search_path(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false, any = false;
    auto flush = [&] {
        if (any && cur != "$user") out.push_back(cur);
        cur.clear();
        any = false;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cur += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = any = true;
        } else if (c == ',') {
            flush();
        } else if (c != ' ' && c != '\t') {
            cur += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            any = true;
        }
    }
    flush();
    return out;
}

}  // namespace

void handle_set_variable(StatementContext& ctx, const pgast::Node& body) {
    std::string kind = pgast::get_string(body, "kind");
    std::string entry = config_entry(body);
    std::string setting = entry.substr(0, entry.find('='));
    if (kind == "VAR_SET_VALUE") ctx.state().settings[setting] = entry;
    else if (kind == "VAR_SET_DEFAULT" || kind == "VAR_RESET") ctx.state().settings.erase(setting);
    else if (kind == "VAR_RESET_ALL") ctx.state().settings.clear();
    if (setting != "search_path") return;  // other settings matter only to FROM CURRENT
    if (kind == "VAR_SET_VALUE") {
        std::string text;
        for (const auto& a : pgast::get_list(body, "args")) {
            std::string v = def_arg_text(a);
            // Each argument is one schema name as written; quote it so commas stay inside.
            std::string quoted = "\"";
            for (char c : v) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            text += (text.empty() ? "" : ",") + (v == "$user" ? v : quoted + "\"");
        }
        ctx.state().search_path = parse_search_path(text);
    } else if (kind == "VAR_SET_DEFAULT" || kind == "VAR_RESET") {
        ctx.state().search_path = {"public"};
    }
}

void handle_select(StatementContext& ctx, const pgast::Node& body) {
    const auto& targets = pgast::get_list(body, "targetList");
    if (targets.size() == 1) {
        const auto& val = pgast::node_body(targets[0]).value("val", pgast::Node());
        if (pgast::is_node(val, "FuncCall")) {
            auto fname = pgast::string_list(pgast::get_list(val["FuncCall"], "funcname"));
            const auto& args = pgast::get_list(val["FuncCall"], "args");
            if (!fname.empty() && fname.back() == "set_config" && args.size() >= 2 &&
                pgast::is_node(args[0], "A_Const") && pgast::is_node(args[1], "A_Const") &&
                !body.contains("fromClause")) {
                std::string setting = pgast::const_text(args[0]["A_Const"]), value = pgast::const_text(args[1]["A_Const"]);
                for (auto& ch : setting) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                ctx.state().settings[setting] = setting + "=" + (value.empty() ? "\"\"" : value);
                if (setting == "search_path") ctx.state().search_path = parse_search_path(value);
                return;
            }
            if (!fname.empty() && fname.back() == "setval") {
                ctx.warn("not-schema", "setval() sets sequence data, not schema; ignored");
                return;
            }
        }
    }
    ctx.warn("not-schema", "SELECT is not schema; ignored");
}

void handle_transaction(StatementContext&, const pgast::Node&) {
    // BEGIN/COMMIT around DDL do not change what the statements produce.
}

}  // namespace pgfleet
