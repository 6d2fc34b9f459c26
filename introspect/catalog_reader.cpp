#include "introspect/catalog_reader.h"

#include <cctype>
#include <functional>
#include <map>
#include <stdexcept>

#include "catalog/dependencies.h"
#include "catalog/model_json.h"
#include "catalog/not_null_name.h"
#include "catalog/sql_name.h"
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"
#include "parser/expressions.h"
#include "parser/interpreter.h"
#include "parser/partitions.h"
#include "parser/statement_context.h"
#include "parser/type_names.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

using nlohmann::json;

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

// One table's columns; throws, leaving the catalog as it was, when a column's type is not read yet.
void read_table(ParserState& state, const json& t) {
    NameScope scope(state.catalog, state.search_path, state.server_printed);
    Table table;
    table.name = {t.at("schema").get<std::string>(), t.at("name").get<std::string>()};
    table.owner = t.at("owner").get<std::string>();
    table.comment = t.at("comment").get<std::string>();
    table.persistence = t.at("persistence").get<std::string>();
    table.rls_enabled = t.at("rls_enabled").get<bool>();
    table.rls_forced = t.at("rls_forced").get<bool>();
    table.replica_identity = t.at("replica_identity").get<std::string>();
    // USING INDEX names an index; without one (it was dropped) the server falls back to nothing.
    table.replica_identity_index = text_or_empty(t, "replica_identity_index");
    table.clustered_index = text_or_empty(t, "clustered_index");
    if (std::string of = text_or_empty(t, "of_type"); !of.empty()) table.of_type = referenced_type(of);
    table.options = t.at("options").get<std::vector<std::string>>();
    table.privileges = privileges_from(t);
    ExprContext ectx{scope, table.name, 0, &table};
    for (const auto& c : t.at("columns")) {
        Column col;
        col.name = c.at("name").get<std::string>();
        col.type = resolve_type(pgast::parse_type_name(c.at("type").get<std::string>()), scope).sql;
        col.not_null = c.at("not_null").get<bool>();
        col.not_null_name = text_or_empty(c, "not_null_name");
        // A partition's columns are its parent's however it was made (PARTITION OF or ATTACH).
        col.local = c.at("local").get<bool>() && t.at("partition_bound").is_null();
        col.collation = text_or_empty(c, "collation");
        col.comment = c.at("comment").get<std::string>();
        col.privileges = privileges_from(c);
        col.options = c.at("options").get<std::vector<std::string>>();
        col.statistics = c.at("statistics").get<int>();
        col.storage = text_or_empty(c, "storage");
        col.compression = text_or_empty(c, "compression");
        std::string def = text_or_empty(c, "default");
        ExprContext typed = ectx;
        typed.target_type = col.type;
        if (!def.empty()) col.default_value = make_expr_from_text(def, typed);
        std::string gen = text_or_empty(c, "generated");
        if (!gen.empty()) col.generated = make_expr_from_text(gen, typed);
        col.generated_virtual = c.value("generated_virtual", false);
        std::string identity = text_or_empty(c, "identity");
        if (!identity.empty() && c.contains("identity_sequence") && !c["identity_sequence"].is_null()) {
            const auto& s = c["identity_sequence"];
            Identity id;
            id.always = identity == "a";
            id.sequence = {s.at("schema").get<std::string>(), s.at("name").get<std::string>()};
            id.options = sequence_options(s);
            // Identity DDL cannot name the sequence type (it follows the column), yet LIKE ...
            // INCLUDING IDENTITY leaves a bigint sequence behind an integer column: only the
            // range (MINVALUE/MAXVALUE) is what the column gets, so the type is the column's.
            if (col.type == "smallint" || col.type == "integer" || col.type == "bigint") id.options.type = col.type;
            col.identity = id;
        }
        table.columns.push_back(std::move(col));
    }
    drop_default_not_null_names(table);
    state.catalog.tables[table.name] = std::move(table);
}

// Keys, parents and bounds once every table is known (bounds read as the parent's key types).
void link_tables(ParserState& state, const json& tables) {
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

// One view; throws, leaving the catalog as it was, when what it reads is not read yet.
void read_view(ParserState& state, const json& v) {
    std::string def = v.at("definition").get<std::string>();
    while (!def.empty() && (def.back() == ';' || isspace(static_cast<unsigned char>(def.back())))) def.pop_back();
    QualifiedName name{v.at("schema").get<std::string>(), v.at("name").get<std::string>()};
    bool materialized = v.at("materialized").get<bool>();
    interpret_server_ddl(state,
                         std::string("CREATE ") + (materialized ? "MATERIALIZED " : "") + "VIEW " +
                             sql_qualified(name.schema, name.name) + " AS " + def + ";\n",
                         "views");
    View& view = state.catalog.views.at(name);
    view.options = v.at("options").get<std::vector<std::string>>();
    view.owner = v.at("owner").get<std::string>();
    view.comment = v.at("comment").get<std::string>();
    view.privileges = privileges_from(v);
    view.column_comments = v.at("column_comments").get<std::map<std::string, std::string>>();
    NameScope scope(state.catalog, state.search_path, state.server_printed);
    for (const auto& [col, text] : v.at("column_defaults").items())
        view.column_defaults[col] = make_expr_from_text(text.get<std::string>(), ExprContext{scope, std::nullopt, 0});
    for (const auto& [col, acl] : v.at("column_privileges").items()) {
        Privileges p = privileges_from(acl);
        if (!p.empty()) view.column_privileges[col] = p;
    }
}

// Types, routines, tables, aggregates and views may use one another in any direction (a domain
// over a table's row type, a routine taking a view's row type, a column of a domain type): each
// is read on its own, in rounds, and one whose parts are not read yet waits for the next round.
// Every step leaves the catalog as it was when it throws.
void read_in_rounds(std::vector<std::function<void()>> steps) {
    std::string last_problem;
    while (!steps.empty()) {
        std::vector<std::function<void()>> later;
        for (auto& step : steps) {
            try {
                step();
            } catch (const std::exception& e) {
                last_problem = e.what();
                later.push_back(std::move(step));
            }
        }
        if (later.size() == steps.size()) throw std::runtime_error(last_problem);
        steps = std::move(later);
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

std::map<QualifiedName, long long> relation_bytes_of(const json& sizes) {
    std::map<QualifiedName, long long> out;
    for (const auto& j : sizes)
        out[{j.at("schema").get<std::string>(), j.at("name").get<std::string>()}] = j.at("bytes").get<long long>();
    return out;
}

}  // namespace

std::map<QualifiedName, long long> read_relation_bytes(Session& session) {
    return relation_bytes_of(read_relation_sizes(session));
}

Snapshot read_catalog(Session& session) {
    Snapshot snap;
    snap.server_version_major = session.server_version_major();
    snap.database = session.database();
    snap.current_user = session.query_value("SELECT current_user");
    json sizes = read_relation_sizes(session);
    // Server text is read with only pg_catalog on the path, so every other name comes qualified,
    // and in UTC, so timestamptz constants (partition bounds) do not depend on the server's zone.
    session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL search_path = pg_catalog; "
                    "SET LOCAL TimeZone = 'UTC'");
    ParserState state;
    state.search_path = {"pg_catalog"};
    state.server_printed = true;
    Catalog& c = state.catalog;
    try {
        snap.relation_bytes = relation_bytes_of(sizes);
        // Inside the snapshot, so it sees what the queries it spares would have seen.
        const KindCensus census(session);
        for (const auto& j : query_json(session, catalog_queries::kSchemas)) {
            Schema s = j.get<Schema>();
            normalize_grants(s.privileges);
            c.schemas[s.name] = s;
        }
        for (const auto& j : query_json(session, catalog_queries::kExtensions)) {
            Extension e = j.get<Extension>();
            c.extensions[e.name] = e;
        }
        read_collations(state, session, census);
        for (const auto& j : census.query(session, "enums", catalog_queries::kEnums)) {
            EnumType e;
            e.name = {j.at("schema").get<std::string>(), j.at("name").get<std::string>()};
            e.labels = j.at("labels").get<std::vector<std::string>>();
            e.owner = j.at("owner").get<std::string>();
            e.comment = j.at("comment").get<std::string>();
            e.privileges = privileges_from(j);
            c.enums[e.name] = e;
        }
        UserTypeRows types = query_user_types(session, census);
        read_foreign_data(state, session, census);
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
        // Routines before tables (defaults may call them), aggregates before views (which may
        // call them); anything that uses what is not read yet waits for the next round.
        json functions = census.query(session, "routines", catalog_queries::kFunctions);
        json aggregates = census.query(session, "aggregates", catalog_queries::kAggregates);
        json tables = query_json(session, catalog_queries::kTables);
        json views = census.query(session, "views", catalog_queries::kViews);
        std::vector<std::function<void()>> steps;
        auto ddl_step = [&](std::string ddl, const char* what) {
            steps.push_back([&state, ddl = std::move(ddl), what] { interpret_server_ddl(state, ddl, what); });
        };
        for (auto& d : user_type_definitions(types)) ddl_step(std::move(d), "types");
        for (const auto& j : functions) ddl_step(j.at("definition").get<std::string>() + ";\n", "routines");
        for (const auto& t : tables) steps.push_back([&state, &t] { read_table(state, t); });
        for (auto& d : aggregate_definitions(aggregates)) ddl_step(std::move(d), "aggregates");
        for (const auto& v : views) steps.push_back([&state, &v] { read_view(state, v); });
        read_in_rounds(std::move(steps));
        // A SQL-standard body is bound when its routine is read, and the routines it calls
        // may be read after it: read again, it names them as the desired state does.
        std::string bodies;
        for (const auto& j : functions) {
            auto it = c.functions.find(function_key({j.at("schema").get<std::string>(), j.at("name").get<std::string>()},
                                                    j.at("identity").get<std::string>()));
            if (it != c.functions.end() && it->second.sql_body) bodies += j.at("definition").get<std::string>() + ";\n";
        }
        if (!bodies.empty()) interpret_server_ddl(state, bodies, "routines");
        link_tables(state, tables);
        read_foreign_tables(state, session, census);
        finish_user_types(state, types);
        finish_aggregates(state, aggregates);
        for (const auto& j : functions) {
            ObjectKey key = function_key({j.at("schema").get<std::string>(), j.at("name").get<std::string>()},
                                         j.at("identity").get<std::string>());
            auto it = c.functions.find(key);
            if (it == c.functions.end()) throw std::runtime_error("cannot read routine " + describe(key));
            it->second.owner = j.at("owner").get<std::string>();
            it->second.comment = j.at("comment").get<std::string>();
            it->second.privileges = privileges_from(j);
        }

        json constraints = query_json(session, catalog_queries::kConstraints);
        // Foreign keys go after the indexes: one may reference a unique index, not a constraint.
        std::string ddl, foreign_keys;
        for (const auto& j : constraints) {
            const std::string definition = j.at("definition").get<std::string>();
            (definition.rfind("FOREIGN KEY", 0) == 0 ? foreign_keys : ddl) +=
                "ALTER TABLE ONLY " + sql_qualified(j.at("schema").get<std::string>(), j.at("table").get<std::string>()) +
                " ADD CONSTRAINT " + sql_ident(j.at("name").get<std::string>()) + " " + definition + ";\n";
        }
        interpret_server_ddl(state, ddl, "constraints");

        json indexes = query_json(session, catalog_queries::kIndexes);
        ddl.clear();
        for (const auto& j : indexes) ddl += j.at("definition").get<std::string>() + ";\n";
        interpret_server_ddl(state, ddl, "indexes");
        interpret_server_ddl(state, foreign_keys, "foreign keys");
        for (const auto& j : constraints) {
            auto& table = c.tables.at({j.at("schema").get<std::string>(), j.at("table").get<std::string>()});
            Constraint* con = table.find_constraint(j.at("name").get<std::string>());
            con->comment = j.at("comment").get<std::string>();
            if (con->type != ConstraintType::Check && con->type != ConstraintType::ForeignKey && j.at("index_options").is_array())
                con->index_options = j.at("index_options").get<std::vector<std::string>>();
        }

        for (const auto& j : indexes) {
            Index& idx = c.indexes.at({j.at("schema").get<std::string>(), j.at("name").get<std::string>()});
            idx.comment = j.at("comment").get<std::string>();
            idx.valid = j.at("valid").get<bool>();
            const auto& stats = j.at("statistics");
            for (size_t i = 0; i < idx.elements.size() && stats.is_array() && i < stats.size(); ++i)
                idx.elements[i].statistics = stats[i].get<int>();
        }

        json triggers = census.query(session, "triggers", catalog_queries::kTriggers);
        ddl.clear();
        for (const auto& j : triggers) ddl += j.at("definition").get<std::string>() + ";\n";
        interpret_server_ddl(state, ddl, "triggers");
        for (const auto& j : triggers) {
            Trigger& t = c.triggers.at(trigger_key({j.at("schema").get<std::string>(), j.at("table").get<std::string>()},
                                                   j.at("name").get<std::string>()));
            t.enabled = j.at("enabled").get<std::string>();
            t.comment = j.at("comment").get<std::string>();
        }

        json policies = census.query(session, "policies", catalog_queries::kPolicies);
        ddl.clear();
        for (const auto& j : policies) ddl += j.at("definition").get<std::string>() + ";\n";
        interpret_server_ddl(state, ddl, "policies");
        for (const auto& j : policies)
            c.policies
                .at(policy_key({j.at("schema").get<std::string>(), j.at("table").get<std::string>()},
                               j.at("name").get<std::string>()))
                .comment = j.at("comment").get<std::string>();

        for (const auto& j : census.query(session, "default_privileges", catalog_queries::kDefaultPrivileges)) {
            DefaultPrivilege d = j.get<DefaultPrivilege>();
            normalize_grants(d.grants);
            c.default_privileges[default_privilege_key(d.role, d.schema, d.object_type)] = d;
        }

        read_rules(state, session, census);
        read_event_triggers(state, session, census);
        read_publications(state, session, census);
        c.unmodeled = query_json(session, catalog_queries::kUnmodeled).get<std::vector<UnmodeledObject>>();
        json roles = query_json(session, catalog_queries::kRoles);
        c.roles_bypassing_rls = roles.at("bypassing_rls").get<std::vector<std::string>>();
        snap.cluster_roles = roles.at("all").get<std::vector<std::string>>();
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
