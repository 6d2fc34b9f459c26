#include "catalog/snapshot_references.h"

#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

std::string shown(const QualifiedName& n) { return sql_qualified(n.schema, n.name); }

bool is_relation(const Catalog& c, const QualifiedName& name) {
    return c.tables.count(name) || c.views.count(name);
}

void need_relation(const Catalog& c, const std::string& what, const QualifiedName& on, std::vector<std::string>& out) {
    if (!is_relation(c, on)) out.push_back(what + " is on " + shown(on) + ", which the snapshot does not hold");
}

}  // namespace

std::vector<std::string> dangling_references(const Catalog& c) {
    std::vector<std::string> out;
    for (const auto& [name, t] : c.tables) {
        if (t.partition_of && !c.tables.count(t.partition_of->parent))
            out.push_back("table " + shown(name) + " is a partition of " + shown(t.partition_of->parent) +
                          ", which the snapshot does not hold");
        for (const auto& con : t.constraints)
            if (con.type == ConstraintType::Check && !con.check)
                out.push_back("constraint " + con.name + " of table " + shown(name) + " is a CHECK without an expression");
        for (const auto& p : t.inherits)
            if (!c.tables.count(p))
                out.push_back("table " + shown(name) + " inherits from " + shown(p) + ", which the snapshot does not hold");
    }
    for (const auto& [name, i] : c.indexes) need_relation(c, "index " + shown(name), i.table, out);
    for (const auto& [key, t] : c.triggers) need_relation(c, "trigger " + t.name, t.table, out);
    for (const auto& [key, p] : c.policies) need_relation(c, "policy " + p.name, p.table, out);
    for (const auto& [key, r] : c.rules) need_relation(c, "rule " + r.name, r.table, out);
    for (const auto& [name, s] : c.sequences)
        if (s.owned_by) {
            auto t = c.tables.find(s.owned_by->table);
            if (t == c.tables.end() || !t->second.find_column(s.owned_by->column))
                out.push_back("sequence " + shown(name) + " is owned by " + shown(s.owned_by->table) + "." +
                              s.owned_by->column + ", which the snapshot does not hold");
        }
    return out;
}

}  // namespace pgfleet
