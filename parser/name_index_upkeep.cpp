#include "parser/name_index_upkeep.h"

#include <set>

#include "catalog/object_name.h"

namespace pgfleet {
namespace {

// Statements that neither add a constraint or identity column nor move a table.
bool leaves_table_names(const std::string& type, const pgast::Node& body) {
    static const std::set<std::string> types{
        "CommentStmt",          "GrantStmt",          "GrantRoleStmt",         "CreateFunctionStmt",
        "AlterFunctionStmt",    "ViewStmt",           "CreatePolicyStmt",      "AlterPolicyStmt",
        "CreateTrigStmt",       "CreateSeqStmt",      "AlterSeqStmt",          "VariableSetStmt",
        "SelectStmt",           "InsertStmt",         "UpdateStmt",            "DeleteStmt",
        "CreateEnumStmt",       "AlterEnumStmt",      "CompositeTypeStmt",     "CreateDomainStmt",
        "AlterDomainStmt",      "DefineStmt",         "CreateExtensionStmt",   "AlterOwnerStmt",
        "AlterDefaultPrivilegesStmt", "CreateTableAsStmt", "RuleStmt",         "CreateEventTrigStmt",
        "CreatePublicationStmt", "AlterPublicationStmt", "ClusterStmt",        "RefreshMatViewStmt",
        "CreateFdwStmt",        "CreateForeignServerStmt", "CreateUserMappingStmt", "TransactionStmt",
        "DropStmt",             "CreateRangeStmt",    "CopyStmt",              "AlterExtensionStmt",
        "CreateCastStmt",       "CreateOpClassStmt",  "CreateStatsStmt",       "SecLabelStmt",
        "AlterCollationStmt",   "DoStmt",             "VariableShowStmt",      "CreateRoleStmt",
        "AlterRoleStmt",        "DropRoleStmt",       "CallStmt",              "ExplainStmt"};
    if (type == "CreateSchemaStmt") return pgast::get_list(body, "schemaElts").empty();
    return types.count(type) > 0;
}

// The statement changes only tables it names (and their children).
bool touches_named_tables(const std::string& type) {
    return type == "CreateStmt" || type == "CreateForeignTableStmt" || type == "AlterTableStmt" ||
           type == "IndexStmt";
}

void collect_relations(const pgast::Node& node, std::vector<std::pair<std::string, std::string>>& out) {
    if (node.is_array()) {
        for (const auto& n : node) collect_relations(n, out);
        return;
    }
    if (!node.is_object()) return;
    // A RangeVar: wrapped where a field holds any node, bare where it holds a RangeVar.
    const pgast::Node* rv = &node;
    if (auto wrapped = node.find("RangeVar"); wrapped != node.end() && wrapped->is_object()) rv = &*wrapped;
    if (auto rel = rv->find("relname"); rel != rv->end() && rel->is_string()) {
        // As PostgreSQL stores them: cut to 63 bytes.
        out.emplace_back(truncate_identifier(rv->value("schemaname", "")), truncate_identifier(rel->get<std::string>()));
        return;
    }
    for (const auto& [key, value] : node.items()) collect_relations(value, out);
}

}  // namespace

void start_name_index(Catalog& catalog) {
    if (catalog.name_index.index) return;
    catalog.name_index.index = std::make_shared<RelationNameIndex>();
    catalog.name_index.index->rebuild(catalog);
}

void update_name_index(Catalog& catalog, const std::string& type, const pgast::Node& body) {
    RelationNameIndex* index = catalog.name_index.index.get();
    if (!index || leaves_table_names(type, body)) return;
    if (!touches_named_tables(type)) {
        index->rebuild(catalog);
        return;
    }
    std::vector<std::pair<std::string, std::string>> relations;
    collect_relations(body, relations);
    for (const auto& [schema, name] : relations) {
        if (!schema.empty()) {
            index->reread_table(catalog, {schema, name});
            continue;
        }
        // Unqualified: whichever schema the search path gave it, it is one that has tables
        // (visited a schema at a time: keys are sorted by schema, and no name holds a NUL).
        for (auto it = catalog.tables.begin(); it != catalog.tables.end();
             it = catalog.tables.lower_bound(QualifiedName{it->first.schema + std::string(1, '\0'), ""}))
            index->reread_table(catalog, {it->first.schema, name});
    }
}

}  // namespace pgfleet
