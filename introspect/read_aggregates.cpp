// Aggregates, as CREATE AGGREGATE statements through the shared handler (catalog_reader.cpp
// reads them with the other objects that may use one another).
#include "catalog/sql_name.h"
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"

namespace pgfleet {
namespace {

using nlohmann::json;

const char* modify_word(const std::string& letter) {
    return letter == "s" ? "SHAREABLE" : letter == "w" ? "READ_WRITE" : "READ_ONLY";
}

std::string aggregate_ddl(const json& j) {
    std::vector<std::string> options;
    auto add = [&](const char* option, const std::string& value) {
        if (!value.empty()) options.push_back(std::string(option) + " = " + value);
    };
    auto space = [&](const char* field) {
        long long n = j.value(field, 0LL);
        return n > 0 ? std::to_string(n) : std::string();
    };
    add("SFUNC", text_or_empty(j, "sfunc"));
    add("STYPE", text_or_empty(j, "stype"));
    add("SSPACE", space("sspace"));
    add("FINALFUNC", text_or_empty(j, "finalfunc"));
    if (j.value("finalfunc_extra", false)) options.push_back("FINALFUNC_EXTRA");
    add("FINALFUNC_MODIFY", modify_word(text_or_empty(j, "finalfunc_modify")));
    add("COMBINEFUNC", text_or_empty(j, "combinefunc"));
    add("SERIALFUNC", text_or_empty(j, "serialfunc"));
    add("DESERIALFUNC", text_or_empty(j, "deserialfunc"));
    if (!j.at("initcond").is_null()) add("INITCOND", sql_literal(text_or_empty(j, "initcond")));
    add("MSFUNC", text_or_empty(j, "msfunc"));
    add("MINVFUNC", text_or_empty(j, "minvfunc"));
    add("MSTYPE", text_or_empty(j, "mstype"));
    add("MSSPACE", space("msspace"));
    add("MFINALFUNC", text_or_empty(j, "mfinalfunc"));
    if (j.value("mfinalfunc_extra", false)) options.push_back("MFINALFUNC_EXTRA");
    add("MFINALFUNC_MODIFY", modify_word(text_or_empty(j, "mfinalfunc_modify")));
    if (!j.at("minitcond").is_null()) add("MINITCOND", sql_literal(text_or_empty(j, "minitcond")));
    add("SORTOP", text_or_empty(j, "sortop"));
    std::string parallel = text_or_empty(j, "parallel");
    add("PARALLEL", parallel == "s" ? "SAFE" : parallel == "r" ? "RESTRICTED" : "UNSAFE");
    if (text_or_empty(j, "kind") == "h") options.push_back("HYPOTHETICAL");
    std::string out = "CREATE AGGREGATE " + sql_qualified(text_or_empty(j, "schema"), text_or_empty(j, "name")) + "(" +
                      text_or_empty(j, "arguments") + ") (";
    for (size_t i = 0; i < options.size(); ++i) out += (i ? ", " : "") + options[i];
    return out + ");\n";
}

}  // namespace

std::vector<std::string> aggregate_definitions(const json& rows) {
    std::vector<std::string> out;
    for (const auto& j : rows) out.push_back(aggregate_ddl(j));
    return out;
}

void finish_aggregates(ParserState& state, const json& rows) {
    for (const auto& j : rows) {
        QualifiedName name{text_or_empty(j, "schema"), text_or_empty(j, "name")};
        Aggregate& a = state.catalog.aggregates.at(function_key(name, text_or_empty(j, "identity")));
        a.owner = text_or_empty(j, "owner");
        a.comment = text_or_empty(j, "comment");
        a.privileges = privileges_from(j);
    }
}

}  // namespace pgfleet
