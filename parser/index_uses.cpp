#include "parser/index_uses.h"

namespace pgfleet {

bool table_has_index(const Catalog& catalog, const QualifiedName& table, const std::string& name) {
    auto idx = catalog.indexes.find({table.schema, name});
    if (idx != catalog.indexes.end()) return idx->second.table == table;
    auto t = catalog.tables.find(table);
    if (t == catalog.tables.end()) return false;
    const Constraint* con = t->second.find_constraint(name);
    return con && (con->type == ConstraintType::PrimaryKey || con->type == ConstraintType::Unique ||
                   con->type == ConstraintType::Exclusion);
}

void follow_index_rename(Catalog& catalog, const QualifiedName& table, const std::string& from, const std::string& to) {
    auto t = catalog.tables.find(table);
    if (t == catalog.tables.end()) return;
    if (t->second.clustered_index == from) t->second.clustered_index = to;
    if (t->second.replica_identity_index == from) t->second.replica_identity_index = to;
}

bool may_remove_index(const std::string& statement_type, const pgast::Node& body) {
    if (statement_type == "DropStmt" || statement_type == "AlterObjectSchemaStmt") return true;
    if (statement_type != "AlterTableStmt") return false;
    for (const auto& cmd : pgast::get_list(body, "cmds")) {
        std::string subtype = pgast::get_string(pgast::node_body(cmd), "subtype");
        if (subtype.rfind("AT_Drop", 0) == 0 || subtype == "AT_DetachPartition" || subtype == "AT_DetachPartitionFinalize")
            return true;
    }
    return false;
}

IndexUses resolving_index_uses(const Catalog& catalog) {
    IndexUses out;
    for (const auto& [name, t] : catalog.tables) {
        if (!t.clustered_index.empty() && table_has_index(catalog, name, t.clustered_index))
            out.clustered.emplace_back(name, t.clustered_index);
        if (!t.replica_identity_index.empty() && table_has_index(catalog, name, t.replica_identity_index))
            out.replica.emplace_back(name, t.replica_identity_index);
    }
    return out;
}

void forget_missing_index_uses(Catalog& catalog, const IndexUses& before) {
    for (const auto& [table, index] : before.clustered) {
        auto t = catalog.tables.find(table);
        if (t != catalog.tables.end() && t->second.clustered_index == index && !table_has_index(catalog, table, index))
            t->second.clustered_index.clear();
    }
    // Without its index the server keeps REPLICA IDENTITY USING INDEX, naming none.
    for (const auto& [table, index] : before.replica) {
        auto t = catalog.tables.find(table);
        if (t != catalog.tables.end() && t->second.replica_identity_index == index && !table_has_index(catalog, table, index))
            t->second.replica_identity_index.clear();
    }
}

}  // namespace pgfleet
