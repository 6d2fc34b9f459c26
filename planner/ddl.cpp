#include "planner/ddl.h"

#include "catalog/sql_name.h"

namespace pgfleet::ddl {
namespace {

std::string column_list(const std::vector<std::string>& cols) {
    std::string out;
    for (const auto& c : cols) out += (out.empty() ? "" : ", ") + sql_ident(c);
    return out;
}

std::string with_options(const std::vector<std::string>& options) {
    if (options.empty()) return "";
    std::string out;
    for (const auto& o : options) {
        auto eq = o.find('=');
        out += (out.empty() ? "" : ", ") + o.substr(0, eq) + "=" + sql_literal(o.substr(eq + 1));
    }
    return " WITH (" + out + ")";
}

std::string fk_action(const std::string& a) {
    if (a == "r") return "RESTRICT";
    if (a == "c") return "CASCADE";
    if (a == "n") return "SET NULL";
    if (a == "d") return "SET DEFAULT";
    return "NO ACTION";
}

std::string timing(const Constraint& c) {
    if (!c.deferrable) return "";
    return c.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
}

std::string identity_clause(const Identity& id) {
    std::string opts = "SEQUENCE NAME " + name(id.sequence) + sequence_clauses(id.options, false);
    return std::string(" GENERATED ") + (id.always ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (" + opts + ")";
}

}  // namespace

std::string name(const QualifiedName& n) { return sql_qualified(n.schema, n.name); }

std::string sequence_clauses(const SequenceOptions& o, bool with_type) {
    SequenceOptions d = default_sequence_options(o.type, o.increment);
    std::string out;
    if (with_type && o.type != "bigint") out += " AS " + o.type;
    if (o.start != d.start) out += " START WITH " + std::to_string(o.start);
    if (o.increment != 1) out += " INCREMENT BY " + std::to_string(o.increment);
    if (o.min_value != d.min_value) out += " MINVALUE " + std::to_string(o.min_value);
    if (o.max_value != d.max_value) out += " MAXVALUE " + std::to_string(o.max_value);
    if (o.cache != 1) out += " CACHE " + std::to_string(o.cache);
    if (o.cycle) out += " CYCLE";
    return out;
}

std::string column_definition(const Column& c) {
    std::string out = sql_ident(c.name) + " " + c.type;
    if (!c.collation.empty()) out += " COLLATE " + c.collation;
    if (c.generated) out += " GENERATED ALWAYS AS (" + c.generated->sql + (c.generated_virtual ? ") VIRTUAL" : ") STORED");
    if (c.default_value) out += " DEFAULT " + c.default_value->sql;
    // A NOT NULL constraint's name is the default one unless the column says otherwise.
    if (c.not_null && !c.not_null_name.empty()) out += " CONSTRAINT " + sql_ident(c.not_null_name);
    if (c.not_null) out += " NOT NULL";
    if (c.identity) out += identity_clause(*c.identity);
    return out;
}

std::string index_element(const IndexElement& e) {
    std::string out = e.expression ? "(" + e.expression->sql + ")" : sql_ident(e.column);
    if (!e.collation.empty()) out += " COLLATE " + e.collation;
    if (!e.opclass.empty()) {
        out += " " + sql_ident(e.opclass);
        if (!e.opclass_options.empty()) out += with_options(e.opclass_options).substr(5);
    }
    if (e.descending) out += " DESC";
    if (e.nulls == NullsOrder::First) out += " NULLS FIRST";
    if (e.nulls == NullsOrder::Last) out += " NULLS LAST";
    return out;
}

std::string constraint_definition(const Constraint& c) {
    std::string out;
    switch (c.type) {
        case ConstraintType::PrimaryKey:
        case ConstraintType::Unique:
            out = c.type == ConstraintType::PrimaryKey ? "PRIMARY KEY" : "UNIQUE";
            if (c.nulls_not_distinct) out += " NULLS NOT DISTINCT";
            out += " (" + column_list(c.columns) + ")";
            if (!c.include.empty()) out += " INCLUDE (" + column_list(c.include) + ")";
            out += with_options(c.index_options);
            if (!c.index_tablespace.empty()) out += " USING INDEX TABLESPACE " + sql_ident(c.index_tablespace);
            break;
        case ConstraintType::Check:
            out = "CHECK (" + c.check->sql + ")";
            if (c.no_inherit) out += " NO INHERIT";
            break;
        case ConstraintType::ForeignKey: {
            const auto& r = c.references;
            out = "FOREIGN KEY (" + column_list(c.columns) + ") REFERENCES " + name(r.table) + " (" +
                  column_list(r.columns) + ")";
            if (r.match == "f") out += " MATCH FULL";
            if (r.match == "p") out += " MATCH PARTIAL";
            if (r.on_update != "a") out += " ON UPDATE " + fk_action(r.on_update);
            if (r.on_delete != "a") {
                out += " ON DELETE " + fk_action(r.on_delete);
                if (!r.on_delete_columns.empty()) out += " (" + column_list(r.on_delete_columns) + ")";
            }
            break;
        }
        case ConstraintType::Exclusion: {
            out = "EXCLUDE USING " + sql_ident(c.index_method) + " (";
            for (size_t i = 0; i < c.exclusion.size(); ++i) {
                if (i) out += ", ";
                const std::string& op = c.exclusion[i].op;
                bool plain = op.find('.') == std::string::npos;
                out += index_element(c.exclusion[i].element) + " WITH " + (plain ? op : "OPERATOR(" + op + ")");
            }
            out += ")";
            if (!c.include.empty()) out += " INCLUDE (" + column_list(c.include) + ")";
            out += with_options(c.index_options);
            if (!c.index_tablespace.empty()) out += " USING INDEX TABLESPACE " + sql_ident(c.index_tablespace);
            if (c.where) out += " WHERE (" + c.where->sql + ")";
            break;
        }
    }
    out += timing(c);
    if (!c.validated) out += " NOT VALID";
    return out;
}

std::string create_index(const Index& i, bool concurrently) {
    std::string out = std::string("CREATE ") + (i.unique ? "UNIQUE " : "") + "INDEX " +
                      (concurrently ? "CONCURRENTLY " : "") + sql_ident(i.name.name) + " ON " +
                      name(i.table) + " USING " + sql_ident(i.method) + " (";
    for (size_t k = 0; k < i.elements.size(); ++k) out += (k ? ", " : "") + index_element(i.elements[k]);
    out += ")";
    if (!i.include.empty()) out += " INCLUDE (" + column_list(i.include) + ")";
    if (i.nulls_not_distinct) out += " NULLS NOT DISTINCT";
    out += with_options(i.options);
    if (!i.tablespace.empty()) out += " TABLESPACE " + sql_ident(i.tablespace);
    if (i.predicate) out += " WHERE (" + i.predicate->sql + ")";
    return out;
}

std::string object_reference(const Catalog& c, const ObjectKey& k) {
    QualifiedName qn{k.schema, k.name};
    switch (k.kind) {
        case ObjectKind::Schema: return "SCHEMA " + sql_ident(k.name);
        case ObjectKind::Extension: return "EXTENSION " + sql_ident(k.name);
        case ObjectKind::Type: return (c.domains.count(qn) ? "DOMAIN " : "TYPE ") + name(qn);
        case ObjectKind::Sequence: return "SEQUENCE " + name(qn);
        case ObjectKind::Table: {
            auto t = c.tables.find(qn);
            return (t != c.tables.end() && t->second.foreign ? "FOREIGN TABLE " : "TABLE ") + name(qn);
        }
        case ObjectKind::Column:
        case ObjectKind::Default: return "COLUMN " + name(qn) + "." + sql_ident(k.sub);
        case ObjectKind::Constraint: return "CONSTRAINT " + sql_ident(k.sub) + " ON " + name(qn);
        case ObjectKind::Index: return "INDEX " + name(qn);
        case ObjectKind::View: {
            auto v = c.views.find(qn);
            return (v != c.views.end() && v->second.materialized ? "MATERIALIZED VIEW " : "VIEW ") + name(qn);
        }
        case ObjectKind::Function: {
            // Ordered-set aggregates are named with their ORDER BY signature.
            if (auto a = c.aggregates.find(k); a != c.aggregates.end())
                return "AGGREGATE " + name(qn) + "(" + (a->second.kind == "n" ? (k.sub.empty() ? "*" : k.sub) : a->second.arguments) + ")";
            auto f = c.functions.find(k);
            bool procedure = f != c.functions.end() && f->second.procedure;
            return std::string(procedure ? "PROCEDURE " : "FUNCTION ") + name(qn) + "(" + k.sub + ")";
        }
        case ObjectKind::Trigger: return "TRIGGER " + sql_ident(k.sub) + " ON " + name(qn);
        case ObjectKind::Policy: return "POLICY " + sql_ident(k.sub) + " ON " + name(qn);
        case ObjectKind::Rule: return "RULE " + sql_ident(k.sub) + " ON " + name(qn);
        case ObjectKind::Collation: return "COLLATION " + name(qn);
        case ObjectKind::EventTrigger: return "EVENT TRIGGER " + sql_ident(k.name);
        case ObjectKind::Publication: return "PUBLICATION " + sql_ident(k.name);
        case ObjectKind::ForeignDataWrapper: return "FOREIGN DATA WRAPPER " + sql_ident(k.name);
        case ObjectKind::ForeignServer: return "SERVER " + sql_ident(k.name);
        case ObjectKind::UserMapping:
            return "USER MAPPING FOR " + (k.sub == "PUBLIC" ? k.sub : sql_ident(k.sub)) + " SERVER " + sql_ident(k.name);
        case ObjectKind::DefaultPrivilege: return "";
    }
    return "";
}

std::string alter_relation(const Catalog& catalog, const QualifiedName& table) {
    return "ALTER " + object_reference(catalog, table_key(table));
}

std::string comment_statement(const Catalog& catalog, const ObjectKey& key, const std::string& comment) {
    return "COMMENT ON " + object_reference(catalog, key) + " IS " + (comment.empty() ? "NULL" : sql_literal(comment));
}

bool user_defined_type(const std::string& type) { return type.find('.') != std::string::npos; }

std::string converted_value(const std::string& column, const std::string& from_type, const std::string& to_type) {
    bool user_types = user_defined_type(from_type) || user_defined_type(to_type);
    return sql_ident(column) + (user_types ? "::text::" : "::") + to_type;
}

std::string helper_name(const std::string& base, const std::string& suffix) {
    std::string head = base;
    // Names are cut to 63 bytes, never inside a UTF-8 character.
    while (head.size() + suffix.size() > 63) {
        head.pop_back();
        while (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0x80) head.pop_back();
        if (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0xC0) head.pop_back();
    }
    return head + suffix;
}

}  // namespace pgfleet::ddl
