#include "parser/statement_kinds.h"

#include <set>

namespace pgfleet {

IgnoredStatement ignored_statement(const std::string& node_type, const std::string& title) {
    static const std::set<std::string> data_or_session = {
        "VacuumStmt", "ExplainStmt", "LockStmt", "NotifyStmt", "ListenStmt", "UnlistenStmt", "CheckPointStmt",
        "DiscardStmt", "PrepareStmt", "ExecuteStmt", "DeallocateStmt", "CallStmt", "VariableShowStmt",
        "ReindexStmt", "LoadStmt", "ConstraintsSetStmt", "DeclareCursorStmt", "FetchStmt", "ClosePortalStmt",
        "MergeStmt"};
    static const std::set<std::string> cluster_level = {
        "CreatedbStmt", "DropdbStmt", "AlterDatabaseStmt", "AlterDatabaseSetStmt", "AlterDatabaseRefreshCollStmt",
        "AlterSystemStmt", "CreateTableSpaceStmt", "DropTableSpaceStmt", "AlterTableSpaceOptionsStmt",
        "AlterRoleSetStmt", "ReassignOwnedStmt", "DropOwnedStmt", "CreateSubscriptionStmt",
        "AlterSubscriptionStmt", "DropSubscriptionStmt", "SecLabelStmt"};
    if (data_or_session.count(node_type)) return {"not-schema", title + " works on data or the session, not schema; ignored"};
    if (cluster_level.count(node_type))
        return {"not-schema", title + " is not part of a database's schema (or needs a provider); ignored"};
    // Operators, casts, text search, extended statistics, languages, access methods...: the
    // database's copies are listed by `plan` and `dump` as unmodeled.
    return {"unsupported", title + ": pgfleet does not model this kind of object; the statement is ignored, and "
                                   "such objects in a database are reported as unmodeled"};
}

}  // namespace pgfleet
