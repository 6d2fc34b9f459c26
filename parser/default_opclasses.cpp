#include "parser/default_opclasses.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace pgfleet {
namespace {
// PostgreSQL 15: SELECT DISTINCT amname, opcname FROM pg_opclass JOIN pg_am ... WHERE opcdefault.
constexpr std::array<std::pair<std::string_view, std::string_view>, 119> kDefaults = {{
    {"brin", "bit_minmax_ops"}, {"brin", "box_inclusion_ops"}, {"brin", "bpchar_minmax_ops"}, {"brin",
    "bytea_minmax_ops"}, {"brin", "char_minmax_ops"}, {"brin", "date_minmax_ops"}, {"brin",
    "float4_minmax_ops"}, {"brin", "float8_minmax_ops"}, {"brin", "inet_inclusion_ops"}, {"brin",
    "int2_minmax_ops"}, {"brin", "int4_minmax_ops"}, {"brin", "int8_minmax_ops"}, {"brin",
    "interval_minmax_ops"}, {"brin", "macaddr8_minmax_ops"}, {"brin", "macaddr_minmax_ops"}, {"brin",
    "name_minmax_ops"}, {"brin", "numeric_minmax_ops"}, {"brin", "oid_minmax_ops"}, {"brin",
    "pg_lsn_minmax_ops"}, {"brin", "range_inclusion_ops"}, {"brin", "text_minmax_ops"}, {"brin",
    "tid_minmax_ops"}, {"brin", "time_minmax_ops"}, {"brin", "timestamp_minmax_ops"}, {"brin",
    "timestamptz_minmax_ops"}, {"brin", "timetz_minmax_ops"}, {"brin", "uuid_minmax_ops"}, {"brin",
    "varbit_minmax_ops"}, {"btree", "array_ops"}, {"btree", "bit_ops"}, {"btree", "bool_ops"},
    {"btree", "bpchar_ops"}, {"btree", "bytea_ops"}, {"btree", "char_ops"}, {"btree", "date_ops"},
    {"btree", "enum_ops"}, {"btree", "float4_ops"}, {"btree", "float8_ops"}, {"btree", "inet_ops"},
    {"btree", "int2_ops"}, {"btree", "int4_ops"}, {"btree", "int8_ops"}, {"btree", "interval_ops"},
    {"btree", "jsonb_ops"}, {"btree", "macaddr8_ops"}, {"btree", "macaddr_ops"}, {"btree",
    "money_ops"}, {"btree", "multirange_ops"}, {"btree", "name_ops"}, {"btree", "numeric_ops"},
    {"btree", "oid_ops"}, {"btree", "oidvector_ops"}, {"btree", "pg_lsn_ops"}, {"btree", "range_ops"},
    {"btree", "record_ops"}, {"btree", "text_ops"}, {"btree", "tid_ops"}, {"btree", "time_ops"},
    {"btree", "timestamp_ops"}, {"btree", "timestamptz_ops"}, {"btree", "timetz_ops"}, {"btree",
    "tsquery_ops"}, {"btree", "tsvector_ops"}, {"btree", "uuid_ops"}, {"btree", "varbit_ops"},
    {"btree", "xid8_ops"}, {"gin", "array_ops"}, {"gin", "jsonb_ops"}, {"gin", "tsvector_ops"},
    {"gist", "box_ops"}, {"gist", "circle_ops"}, {"gist", "multirange_ops"}, {"gist", "point_ops"},
    {"gist", "poly_ops"}, {"gist", "range_ops"}, {"gist", "tsquery_ops"}, {"gist", "tsvector_ops"},
    {"hash", "aclitem_ops"}, {"hash", "array_ops"}, {"hash", "bool_ops"}, {"hash", "bpchar_ops"},
    {"hash", "bytea_ops"}, {"hash", "char_ops"}, {"hash", "cid_ops"}, {"hash", "date_ops"}, {"hash",
    "enum_ops"}, {"hash", "float4_ops"}, {"hash", "float8_ops"}, {"hash", "inet_ops"}, {"hash",
    "int2_ops"}, {"hash", "int4_ops"}, {"hash", "int8_ops"}, {"hash", "interval_ops"}, {"hash",
    "jsonb_ops"}, {"hash", "macaddr8_ops"}, {"hash", "macaddr_ops"}, {"hash", "multirange_ops"},
    {"hash", "name_ops"}, {"hash", "numeric_ops"}, {"hash", "oid_ops"}, {"hash", "oidvector_ops"},
    {"hash", "pg_lsn_ops"}, {"hash", "range_ops"}, {"hash", "record_ops"}, {"hash", "text_ops"},
    {"hash", "tid_ops"}, {"hash", "time_ops"}, {"hash", "timestamp_ops"}, {"hash", "timestamptz_ops"},
    {"hash", "timetz_ops"}, {"hash", "uuid_ops"}, {"hash", "xid8_ops"}, {"hash", "xid_ops"}, {"spgist",
    "box_ops"}, {"spgist", "inet_ops"}, {"spgist", "poly_ops"}, {"spgist", "quad_point_ops"},
    {"spgist", "range_ops"}, {"spgist", "text_ops"}
}};
}  // namespace

bool is_default_opclass(const std::string& method, const std::string& opclass) {
    return std::binary_search(kDefaults.begin(), kDefaults.end(),
                              std::pair<std::string_view, std::string_view>(method, opclass));
}

}  // namespace pgfleet
