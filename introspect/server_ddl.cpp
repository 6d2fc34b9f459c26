#include "introspect/server_ddl.h"

#include <stdexcept>

#include "catalog/model_json.h"
#include "parser/interpreter.h"

namespace pgfleet {

nlohmann::json query_json(Session& s, const char* sql) {
    return nlohmann::json::parse(s.query_value(s.server_version().expand(sql)));
}

void interpret_server_ddl(ParserState& state, const std::string& text, const char* what) {
    if (text.empty()) return;
    size_t before = state.diagnostics.size();
    interpret_file(state, SourceFile(std::string("<database ") + what + ">", text));
    std::string problems;
    for (size_t i = before; i < state.diagnostics.size(); ++i)
        problems += "\n" + format_diagnostic(state.diagnostics[i]);
    if (!problems.empty()) throw std::runtime_error(std::string("cannot read ") + what + ":" + problems);
}

std::string text_or_empty(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? "" : it->get<std::string>();
}

Privileges privileges_from(const nlohmann::json& j) {
    Privileges p = j.value("privileges", nlohmann::json::array()).get<Privileges>();
    normalize_grants(p);
    return p;
}

}  // namespace pgfleet
