#include "introspect/catalog_reader.h"

#include <cctype>
#include <map>
#include <stdexcept>

#include "catalog/sql_name.h"
#include "introspect/catalog_queries.h"
#include "parser/expressions.h"
#include "parser/interpreter.h"
#include "parser/partitions.h"
#include "parser/statement_context.h"
#include "parser/type_names.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

using nlohmann::json;

json query_json(Session& s, const char* sql) { return json::parse(s.query_value(sql)); }

SequenceOptions sequence_options(const json& j) {
    SequenceOptions o;
    o.type = j.at("type").get<std::string>();
    o.start = j.at("start").get<int64_t>();
    o.increment = j.at("increment").get<int64_t>();
    o.min_value = j.at("min").get<int64_t>();
    o.max_value = j.at("max").get<int64_t>();
    o.cache = j.at("cache").get<int64_t>();
    o.cycle = j.at("cycle").get<bool>();
    return o;
}

Privileges privileges_from(const json& j) {
    Privileges p = j.value("privileges", json::array()).get<Privileges>();
    normalize_grants(p);
    return p;
}

std::string text_or_empty(const json& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? "" : it->get<std::string>();
}

// Server-made DDL goes through the same statement handlers as the user's files.
void interpret_server_ddl(ParserState& state, const std::string& text, const char* what) {
    if (text.empty()) return;
    size_t before = state.diagnostics.size();
    interpret_file(state, SourceFile(std::string("<database ") + what + ">", text));
    std::string problems;
    for (size_t i = before; i < state.diagnostics.size(); ++i)
        problems += "\n" + format_diagnostic(state.diagnostics[i]);
    if (!problems.empty()) throw std::runtime_error(std::string("cannot read ") + what + ":" + problems);
}

void read_tables(ParserState& state, const json& tables) {
    NameScope scope(state.catalog, state.search_path);
    for (const auto& t : tables) {
        Table table;
        table.name = {t.at("schema").get<std::string>(), t.at("name").get<std::string>()};
        table.owner = t.at("owner").get<std::string>();
        table.comment = t.at("comment").get<std::string>();
        table.persistence = t.at("persistence").get<std::string>();
        table.rls_enabled = t.at("rls_enabled").get<bool>();
        table.rls_forced = t.at("rls_forced").get<bool>();
        table.options = t.at("options").get<std::vector<std::string>>();
        table.privileges = privileges_from(t);
        ExprContext ectx{scope, table.name, 0, &table};
        for (const auto& c : t.at("columns")) {
            Column col;
            col.name = c.at("name").get<std::string>();
            col.type = resolve_type(pgast::parse_type_name(c.at("type").get<std::string>()), scope).sql;
            col.not_null = c.at("not_null").get<bool>();
            // A partition's columns are its parent's however it was made (PARTITION OF or ATTACH).
            col.local = c.at("local").get<bool>() && t.at("partition_bound").is_null();
            col.collation = text_or_empty(c, "collation");
            col.comment = c.at("comment").get<std::string>();
            col.privileges = privileges_from(c);
            col.options = c.at("options").get<std::vector<std::string>>();
            col.statistics = c.at("statistics").get<int>();
            std::string def = text_or_empty(c, "default");
            ExprContext typed = ectx;
            typed.target_type = col.type;
            if (!def.empty()) col.default_value = make_expr_from_text(def, typed);
            std::string gen = text_or_empty(c, "generated");
            if (!gen.empty()) col.generated = make_expr_from_text(gen, typed);
            std::string identity = text_or_empty(c, "identity");
            if (!identity.empty() && c.contains("identity_sequence") && !c["identity_sequence"].is_null()) {
                const auto& s = c["identity_sequence"];
                Identity id;
                id.always = identity == "a";
                id.sequence = {s.at("schema").get<std::string>(), s.at("name").get<std::string>()};
                id.options = sequence_options(s);
                col.identity = id;
            }
            table.columns.push_back(std::move(col));
        }
        state.catalog.tables[table.name] = std::move(table);
    }
    // Keys, parents and bounds once every table is known (bounds read as the parent's key types).
    SourceFile server_text("<database tables>", "");
    for (const auto& t : tables) {
        QualifiedName name{t.at("schema").get<std::string>(), t.at("name").get<std::string>()};
        StatementContext ctx(state, server_text, 0, 0);
        Table& table = state.catalog.tables.at(name);
        if (!t.at("partition_key").is_null()) {
            auto stmt = pgast::parse_statement("CREATE TABLE x () PARTITION BY " + t.at("partition_key").get<std::string>());
            table.partition_by = build_partition_key(ctx, name, stmt.at("CreateStmt").at("partspec"));
        }
    }
    for (const auto& t : tables) {
        QualifiedName name{t.at("schema").get<std::string>(), t.at("name").get<std::string>()};
        StatementContext ctx(state, server_text, 0, 0);
        Table& table = state.catalog.tables.at(name);
        std::vector<QualifiedName> parents;
        for (const auto& p : t.at("parents")) parents.push_back({p.at("schema").get<std::string>(), p.at("name").get<std::string>()});
        if (!t.at("partition_bound").is_null() && !parents.empty()) {
            auto stmt = pgast::parse_statement("CREATE TABLE x PARTITION OF y " + t.at("partition_bound").get<std::string>());
            table.partition_of = PartitionOf{parents[0], build_partition_bound(ctx, state.catalog.tables.at(parents[0]),
                                                                               stmt.at("CreateStmt").at("partbound"))};
        } else {
            table.inherits = parents;
        }
    }
}

// Views can read other views: each is read once what it reads is in the catalog, so the
// binder sees the same columns the server did.
void read_views(ParserState& state, const json& views) {
    std::vector<const json*> pending;
    for (const auto& v : views) pending.push_back(&v);
    while (!pending.empty()) {
        std::vector<const json*> later;
        std::string last_error;
        for (const json* v : pending) {
            std::string def = v->at("definition").get<std::string>();
            while (!def.empty() && (def.back() == ';' || isspace(static_cast<unsigned char>(def.back())))) def.pop_back();
            QualifiedName name{v->at("schema").get<std::string>(), v->at("name").get<std::string>()};
            bool materialized = v->at("materialized").get<bool>();
            std::string ddl = std::string("CREATE ") + (materialized ? "MATERIALIZED " : "") + "VIEW " +
                              sql_qualified(name.schema, name.name) + " AS " + def + ";\n";
            size_t before = state.diagnostics.size();
            interpret_file(state, SourceFile("<database views>", ddl));
            if (state.diagnostics.size() != before) {
                last_error = format_diagnostic(state.diagnostics.back());
                state.diagnostics.resize(before);
                later.push_back(v);
                continue;
            }
            View& view = state.catalog.views.at(name);
            view.options = v->at("options").get<std::vector<std::string>>();
            view.owner = v->at("owner").get<std::string>();
            view.comment = v->at("comment").get<std::string>();
            view.privileges = privileges_from(*v);
            view.column_comments = v->at("column_comments").get<std::map<std::string, std::string>>();
        }
        if (later.size() == pending.size()) throw std::runtime_error("cannot read views:\n" + last_error);
        pending = std::move(later);
    }
}

// Outside the catalog transaction, so a lock timeout here costs nothing but precision.
json read_relation_sizes(Session& session) {
    try {
        session.execute("SET lock_timeout = '200ms'");
        json sizes = query_json(session, catalog_queries::kRelationSizes);
        session.execute("RESET lock_timeout");
        return sizes;
    } catch (const SqlError& e) {
        if (e.sqlstate != "55P03") throw;
        session.execute("RESET lock_timeout");
        return query_json(session, catalog_queries::kRelationSizesFromStatistics);
    }
}

}  // namespace

Snapshot read_catalog(Session& session) {
    Snapshot snap;
    snap.server_version_major = session.server_version_major();
    snap.database = session.database();
    snap.current_user = session.query_value("SELECT current_user");
    json sizes = read_relation_sizes(session);
    // Server text is read with only pg_catalog on the path, so every other name comes qualified.
    session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL search_path = pg_catalog");
    ParserState state;
    state.search_path = {"pg_catalog"};
    Catalog& c = state.catalog;
    try {
        for (const auto& j : sizes)
            snap.relation_bytes[{j.at("schema").get<std::string>(), j.at("name").get<std::string>()}] =
                j.at("bytes").get<long long>();
        for (const auto& j : query_json(session, catalog_queries::kSchemas)) {
            Schema s = j.get<Schema>();
            normalize_grants(s.privileges);
            c.schemas[s.name] = s;
        }
        for (const auto& j : query_json(session, catalog_queries::kExtensions)) {
            Extension e = j.get<Extension>();
            c.extensions[e.name] = e;
        }
        for (const auto& j : query_json(session, catalog_queries::kEnums)) {
            EnumType e;
            e.name = {j.at("schema").get<std::string>(), j.at("name").get<std::string>()};
            e.labels = j.at("labels").get<std::vector<std::string>>();
            e.owner = j.at("owner").get<std::string>();
            e.comment = j.at("comment").get<std::string>();
            e.privileges = privileges_from(j);
            c.enums[e.name] = e;
        }
        for (const auto& j : query_json(session, catalog_queries::kSequences)) {
            Sequence s;
            s.name = {j.at("schema").get<std::string>(), j.at("name").get<std::string>()};
            s.options = sequence_options(j);
            s.unlogged = j.at("unlogged").get<bool>();
            s.owner = j.at("owner").get<std::string>();
            s.comment = j.at("comment").get<std::string>();
            s.privileges = privileges_from(j);
            if (!j.at("owned_table").is_null())
                s.owned_by = SequenceOwner{{j.at("owned_schema").get<std::string>(), j.at("owned_table").get<std::string>()},
                                           j.at("owned_column").get<std::string>()};
            c.sequences[s.name] = s;
        }
        // Routines first: defaults, constraints and views may call them.
        json functions = query_json(session, catalog_queries::kFunctions);
        std::string routines;
        for (const auto& j : functions) routines += j.at("definition").get<std::string>() + ";\n";
        interpret_server_ddl(state, routines, "routines");
        for (const auto& j : functions) {
            ObjectKey key = function_key({j.at("schema").get<std::string>(), j.at("name").get<std::string>()},
                                         j.at("identity").get<std::string>());
            auto it = c.functions.find(key);
            if (it == c.functions.end()) throw std::runtime_error("cannot read routine " + describe(key));
            it->second.owner = j.at("owner").get<std::string>();
            it->second.comment = j.at("comment").get<std::string>();
            it->second.privileges = privileges_from(j);
        }
        read_tables(state, query_json(session, catalog_queries::kTables));

        read_views(state, query_json(session, catalog_queries::kViews));

        json constraints = query_json(session, catalog_queries::kConstraints);
        std::string ddl;
        for (const auto& j : constraints)
            ddl += "ALTER TABLE ONLY " + sql_qualified(j.at("schema").get<std::string>(), j.at("table").get<std::string>()) +
                   " ADD CONSTRAINT " + sql_ident(j.at("name").get<std::string>()) + " " +
                   j.at("definition").get<std::string>() + ";\n";
        interpret_server_ddl(state, ddl, "constraints");
        for (const auto& j : constraints) {
            auto& table = c.tables.at({j.at("schema").get<std::string>(), j.at("table").get<std::string>()});
            table.find_constraint(j.at("name").get<std::string>())->comment = j.at("comment").get<std::string>();
        }

        json indexes = query_json(session, catalog_queries::kIndexes);
        ddl.clear();
        for (const auto& j : indexes) ddl += j.at("definition").get<std::string>() + ";\n";
        interpret_server_ddl(state, ddl, "indexes");
        for (const auto& j : indexes) {
            Index& idx = c.indexes.at({j.at("schema").get<std::string>(), j.at("name").get<std::string>()});
            idx.comment = j.at("comment").get<std::string>();
            idx.valid = j.at("valid").get<bool>();
        }

        json triggers = query_json(session, catalog_queries::kTriggers);
        ddl.clear();
        for (const auto& j : triggers) ddl += j.at("definition").get<std::string>() + ";\n";
        interpret_server_ddl(state, ddl, "triggers");
        for (const auto& j : triggers) {
            Trigger& t = c.triggers.at(trigger_key({j.at("schema").get<std::string>(), j.at("table").get<std::string>()},
                                                   j.at("name").get<std::string>()));
            t.enabled = j.at("enabled").get<std::string>();
            t.comment = j.at("comment").get<std::string>();
        }

        json policies = query_json(session, catalog_queries::kPolicies);
        ddl.clear();
        for (const auto& j : policies) ddl += j.at("definition").get<std::string>() + ";\n";
        interpret_server_ddl(state, ddl, "policies");
        for (const auto& j : policies)
            c.policies
                .at(policy_key({j.at("schema").get<std::string>(), j.at("table").get<std::string>()},
                               j.at("name").get<std::string>()))
                .comment = j.at("comment").get<std::string>();

        for (const auto& j : query_json(session, catalog_queries::kDefaultPrivileges)) {
            DefaultPrivilege d = j.get<DefaultPrivilege>();
            normalize_grants(d.grants);
            c.default_privileges[default_privilege_key(d.role, d.schema, d.object_type)] = d;
        }

        c.unmodeled = query_json(session, catalog_queries::kUnmodeled).get<std::vector<UnmodeledObject>>();
        session.execute("COMMIT");
    } catch (...) {
        session.execute("ROLLBACK");
        throw;
    }
    snap.catalog = std::move(c);
    return snap;
}

Snapshot read_database(const std::string& conninfo) {
    Session session(conninfo);
    Snapshot snap = read_catalog(session);
    session.close();
    return snap;
}

}  // namespace pgfleet
