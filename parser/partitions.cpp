#include "parser/partitions.h"

#include <cstdio>
#include <optional>
#include <regex>

#include "catalog/not_null_name.h"
#include "parser/default_opclasses.h"
#include "parser/expressions.h"
#include "parser/index_elements.h"
#include "parser/statement_error.h"
#include "pgast/deparse.h"

namespace pgfleet {
namespace {

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = static_cast<unsigned>(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

// A timestamptz literal as the server prints it with TimeZone UTC (introspection reads so):
// '2022-04-01 01:00:00+01' -> '2022-04-01 00:00:00+00'. A date alone, or a time with no
// offset, is taken as UTC. Other spellings are left as written.
std::optional<std::string> timestamptz_in_utc(const std::string& v) {
    static const std::regex form(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(?:(Z|UTC)|([+-])(\d{2})(?::?(\d{2}))?)?)?$)");
    std::smatch m;
    if (!std::regex_match(v, m, form)) return std::nullopt;
    auto num = [&](int i) { return m[i].matched ? std::stoll(m[i].str()) : 0LL; };
    long long offset = 0;
    if (m[9].matched) offset = (m[9].str() == "-" ? -1 : 1) * (num(10) * 3600 + num(11) * 60);
    long long seconds = days_from_civil(num(1), static_cast<unsigned>(num(2)), static_cast<unsigned>(num(3))) * 86400 +
                        num(4) * 3600 + num(5) * 60 + num(6) - offset;
    long long days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    long long rest = seconds - days * 86400;
    // civil_from_days
    long long z = days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = static_cast<unsigned>(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned mo = mp < 10 ? mp + 3 : mp - 9;
    long long y = static_cast<long long>(yoe) + era * 400 + (mo <= 2);
    std::string fraction = m[7].matched ? m[7].str() : "";
    while (!fraction.empty() && (fraction.back() == '0' || fraction.back() == '.')) {
        bool dot = fraction.back() == '.';
        fraction.pop_back();
        if (dot) break;
    }
    char out[64];
    std::snprintf(out, sizeof out, "%04lld-%02u-%02u %02lld:%02lld:%02lld%s+00", y, mo, d, rest / 3600, rest / 60 % 60,
                  rest % 60, fraction.c_str());
    return std::string(out);
}

// '2024-01-01' for a timestamp key is stored as '2024-01-01 00:00:00'; timestamptz keys
// are compared in UTC.
void normalize_datum(pgast::Node& datum, const std::string& type) {
    if (!pgast::is_node(datum, "A_Const") || !datum["A_Const"].contains("sval")) return;
    std::string& v = datum["A_Const"]["sval"]["sval"].get_ref<std::string&>();
    static const std::regex date_only(R"(^\d{4}-\d{2}-\d{2}$)");
    if (type == "timestamp with time zone") {
        if (auto utc = timestamptz_in_utc(v)) v = *utc;
    } else if (type.rfind("timestamp", 0) == 0 && type.find("with time zone") == std::string::npos &&
               std::regex_match(v, date_only)) {
        v += " 00:00:00";
    }
}

// libpg_query 15 spells the strategy "range"; 17 has an enum, PARTITION_STRATEGY_RANGE.
std::string strategy_word(std::string strategy) {
    const std::string prefix = "PARTITION_STRATEGY_";
    if (strategy.rfind(prefix, 0) != 0) return strategy;
    strategy = strategy.substr(prefix.size());
    for (auto& ch : strategy) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
    return strategy;
}

}  // namespace

PartitionKey build_partition_key(StatementContext& ctx, const QualifiedName& table, const pgast::Node& spec) {
    PartitionKey key;
    key.strategy = strategy_word(pgast::get_string(spec, "strategy"));
    for (const auto& p : pgast::get_list(spec, "partParams")) {
        const auto& e = pgast::node_body(p);
        // PartitionElem carries the same fields as IndexElem for our purposes.
        pgast::Node elem = {{"name", pgast::get_string(e, "name")}};
        if (e.contains("expr")) elem["expr"] = e["expr"];
        if (e.contains("collation")) elem["collation"] = e["collation"];
        if (e.contains("opclass")) elem["opclass"] = e["opclass"];
        std::string method = key.strategy == "hash" ? "hash" : "btree";
        key.elements.push_back(build_index_element(ctx, table, method, elem));
    }
    return key;
}

Expr build_partition_bound(StatementContext& ctx, const Table& parent, const pgast::Node& bound_in) {
    if (!parent.partition_by)
        throw StatementError("invalid", "\"" + parent.name.name + "\" is not partitioned");
    pgast::Node bound = bound_in;
    std::vector<std::string> key_types;
    for (const auto& el : parent.partition_by->elements) {
        const Column* col = el.column.empty() ? nullptr : parent.find_column(el.column);
        key_types.push_back(col ? col->type : "");
    }
    for (const char* list : {"listdatums", "lowerdatums", "upperdatums"}) {
        if (!bound.contains(list)) continue;
        auto& datums = bound[list];
        for (size_t i = 0; i < datums.size(); ++i) {
            std::string type = std::string(list) == "listdatums" ? (key_types.empty() ? "" : key_types[0])
                                                                  : (i < key_types.size() ? key_types[i] : "");
            normalize_datum(datums[i], type);
        }
    }
    Expr e;
    e.canonical = canonical_text(bound, ExprContext{ctx.scope(), std::nullopt, ctx.location_base()});
    // The bound's text, cut out of a synthetic CREATE TABLE ... PARTITION OF.
    pgast::Node stmt = {{"CreateStmt",
                         {{"relation", {{"relname", "x"}, {"inh", true}, {"relpersistence", "p"}}},
                          {"inhRelations", pgast::Node::array({{{"RangeVar", {{"relname", "y"}, {"inh", true},
                                                                                {"relpersistence", "p"}}}}})},
                          {"partbound", bound},
                          {"oncommit", "ONCOMMIT_NOOP"}}}};
    std::string text = pgast::deparse_statement(stmt);
    auto at = text.find("PARTITION OF y ");
    e.sql = at == std::string::npos ? text : text.substr(at + 15);
    return e;
}

void inherit_columns(const Table& parent, Table& child) {
    for (const auto& col : parent.columns) {
        if (child.find_column(col.name)) continue;
        Column c = col;
        c.local = false;
        // PostgreSQL 18: the child's NOT NULL constraint takes the parent's name.
        c.not_null_name = not_null_name(parent.name, col);
        c.identity.reset();
        c.comment.clear();
        c.privileges.clear();
        child.columns.push_back(c);
    }
}

}  // namespace pgfleet
