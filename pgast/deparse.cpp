#include "pgast/deparse.h"

#include <stdexcept>

#include <pg_query.h>

#include "pgast/operand_parens.h"
#include "pgast/protobuf_writer.h"

namespace pgfleet::pgast {
namespace {

std::string deparse_raw(const nlohmann::json& stmt) {
    nlohmann::json result = {{"version", PG_VERSION_NUM},
                             {"stmts", nlohmann::json::array({{{"stmt", stmt}}})}};
    std::string bytes = encode_parse_result(result);
    PgQueryProtobuf pb{bytes.size(), bytes.data()};
    PgQueryDeparseResult r = pg_query_deparse_protobuf(pb);
    if (r.error) {
        std::string msg = r.error->message ? r.error->message : "deparse failed";
        pg_query_free_deparse_result(r);
        throw std::runtime_error("cannot deparse: " + msg);
    }
    std::string text = r.query;
    pg_query_free_deparse_result(r);
    return text;
}

}  // namespace

std::string deparse_statement(const nlohmann::json& stmt) {
    OperandParens parens([](const nlohmann::json& operand) { return deparse_expression(operand); });
    nlohmann::json protected_stmt = stmt;
    parens.protect(protected_stmt);
    return parens.restore(deparse_raw(protected_stmt));
}

std::string deparse_expression(const nlohmann::json& expr) {
    nlohmann::json select = {
        {"SelectStmt",
         {{"targetList", nlohmann::json::array({{{"ResTarget", {{"val", expr}}}}})},
          {"limitOption", "LIMIT_OPTION_DEFAULT"},
          {"op", "SETOP_NONE"}}}};
    std::string text = deparse_statement(select);
    const std::string prefix = "SELECT ";
    if (text.rfind(prefix, 0) != 0) throw std::runtime_error("unexpected deparse output: " + text);
    return text.substr(prefix.size());
}

std::string deparse_type_name(const nlohmann::json& type_name) {
    nlohmann::json cast = {{"TypeCast", {{"arg", {{"A_Const", {{"isnull", true}}}}}, {"typeName", type_name}}}};
    std::string text = deparse_expression(cast);
    const std::string prefix = "NULL::";
    if (text.rfind(prefix, 0) != 0) throw std::runtime_error("unexpected deparse output: " + text);
    return text.substr(prefix.size());
}

}  // namespace pgfleet::pgast
