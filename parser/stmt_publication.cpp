// CREATE PUBLICATION and ALTER PUBLICATION ADD / DROP / SET (objects or options).
#include <algorithm>
#include <cctype>

#include "parser/def_elems.h"
#include "parser/expressions.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

std::string trimmed_lower(const std::string& s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool truthy(const std::string& value) {
    std::string v = trimmed_lower(value);
    return v == "true" || v == "on" || v == "1" || v == "yes" || v.empty();
}

void apply_options(StatementContext& ctx, Publication& p, const pgast::Node& options) {
    for (const auto& item : options) {
        const auto& d = pgast::node_body(item);
        std::string option = pgast::get_string(d, "defname");
        std::string value = d.contains("arg") ? def_arg_text(d["arg"]) : "";
        if (option == "publish") {
            std::vector<std::string> wanted;
            size_t start = 0;
            while (start <= value.size()) {
                size_t comma = value.find(',', start);
                std::string op = trimmed_lower(value.substr(start, comma - start));
                if (!op.empty()) wanted.push_back(op);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
            p.publish.clear();
            // Kept in the server's order, whatever order they were written in.
            for (const char* op : {"insert", "update", "delete", "truncate"})
                if (std::find(wanted.begin(), wanted.end(), op) != wanted.end()) p.publish.push_back(op);
            for (const auto& op : wanted)
                if (std::find(p.publish.begin(), p.publish.end(), op) == p.publish.end())
                    throw StatementError("invalid", "unrecognized \"publish\" value: \"" + op + "\"", ctx.offset_of(d));
        } else if (option == "publish_via_partition_root") {
            p.via_partition_root = truthy(value);
        } else {
            throw StatementError("invalid", "unrecognized publication parameter: \"" + option + "\"", ctx.offset_of(d));
        }
    }
}

PublicationTable build_table(StatementContext& ctx, const pgast::Node& spec) {
    const auto& rv = spec.at("relation");
    PublicationTable pt;
    pt.table = ctx.existing_table(rv);
    const Table& table = ctx.catalog().tables.at(pt.table);
    auto columns = pgast::string_list(pgast::get_list(spec, "columns"));
    for (const auto& col : columns)
        if (!table.find_column(col))
            throw StatementError("missing-object", "column \"" + col + "\" of relation \"" + pt.table.name +
                                                       "\" does not exist", ctx.offset_of(rv));
    // The server keeps a column list in the table's column order.
    for (const auto& col : table.columns)
        if (std::find(columns.begin(), columns.end(), col.name) != columns.end()) pt.columns.push_back(col.name);
    if (spec.contains("whereClause"))
        pt.where = make_expr(spec["whereClause"], ExprContext{ctx.scope(), pt.table, ctx.location_base()});
    return pt;
}

struct Objects {
    std::vector<PublicationTable> tables;
    std::vector<std::string> schemas;
};

Objects build_objects(StatementContext& ctx, const pgast::Node& specs) {
    Objects out;
    for (const auto& item : specs) {
        const auto& spec = pgast::node_body(item);
        std::string type = pgast::get_string(spec, "pubobjtype");
        if (type == "PUBLICATIONOBJ_TABLE") {
            out.tables.push_back(build_table(ctx, spec.at("pubtable")));
        } else if (type == "PUBLICATIONOBJ_TABLES_IN_SCHEMA" || type == "PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA") {
            std::string schema = type == "PUBLICATIONOBJ_TABLES_IN_SCHEMA" ? pgast::get_string(spec, "name")
                                                                           : ctx.scope().creation_schema().value_or("");
            if (!ctx.catalog().schemas.count(schema))
                throw StatementError("missing-object", "schema \"" + schema + "\" does not exist", ctx.offset_of(spec));
            out.schemas.push_back(schema);
        } else {
            throw StatementError("invalid", "invalid publication object list", ctx.offset_of(spec));
        }
    }
    return out;
}

void add_objects(Publication& p, const Objects& objects) {
    for (const auto& t : objects.tables) {
        for (const auto& existing : p.tables)
            if (existing.table == t.table)
                throw StatementError("invalid", "relation \"" + t.table.name + "\" is already member of publication \"" +
                                                    p.name + "\"");
        p.tables.push_back(t);
    }
    for (const auto& s : objects.schemas) {
        if (std::find(p.schemas.begin(), p.schemas.end(), s) != p.schemas.end())
            throw StatementError("invalid", "schema \"" + s + "\" is already member of publication \"" + p.name + "\"");
        p.schemas.push_back(s);
    }
    std::sort(p.tables.begin(), p.tables.end(),
              [](const PublicationTable& a, const PublicationTable& b) { return a.table < b.table; });
    std::sort(p.schemas.begin(), p.schemas.end());
}

void drop_objects(Publication& p, const Objects& objects) {
    for (const auto& t : objects.tables) {
        auto it = std::find_if(p.tables.begin(), p.tables.end(), [&](const PublicationTable& x) { return x.table == t.table; });
        if (it == p.tables.end())
            throw StatementError("missing-object", "relation \"" + t.table.name + "\" is not part of the publication");
        p.tables.erase(it);
    }
    for (const auto& s : objects.schemas) {
        auto it = std::find(p.schemas.begin(), p.schemas.end(), s);
        if (it == p.schemas.end())
            throw StatementError("missing-object", "tables from schema \"" + s + "\" are not part of the publication");
        p.schemas.erase(it);
    }
}

}  // namespace

void handle_create_publication(StatementContext& ctx, const pgast::Node& body) {
    Publication p;
    p.name = pgast::get_string(body, "pubname");
    if (ctx.catalog().publications.count(p.name))
        throw StatementError("invalid", "publication \"" + p.name + "\" already exists");
    p.all_tables = pgast::get_bool(body, "for_all_tables");
    apply_options(ctx, p, pgast::get_list(body, "options"));
    add_objects(p, build_objects(ctx, pgast::get_list(body, "pubobjects")));
    ctx.catalog().publications[p.name] = p;
    ctx.define(publication_key(p.name));
}

void handle_alter_publication(StatementContext& ctx, const pgast::Node& body) {
    std::string name = pgast::get_string(body, "pubname");
    auto it = ctx.catalog().publications.find(name);
    if (it == ctx.catalog().publications.end())
        throw StatementError("missing-object", "publication \"" + name + "\" does not exist");
    Publication p = it->second;
    const auto& specs = pgast::get_list(body, "pubobjects");
    // ALTER PUBLICATION p SET (options) arrives as an action without objects.
    if (!pgast::get_list(body, "options").empty()) {
        apply_options(ctx, p, pgast::get_list(body, "options"));
    } else {
        if (p.all_tables)
            throw StatementError("invalid", "publication \"" + name + "\" is defined as FOR ALL TABLES");
        Objects objects = build_objects(ctx, specs);
        std::string action = pgast::get_string(body, "action");
        if (action == "AP_AddObjects") {
            add_objects(p, objects);
        } else if (action == "AP_DropObjects") {
            drop_objects(p, objects);
        } else {
            p.tables.clear();
            p.schemas.clear();
            add_objects(p, objects);
        }
    }
    it->second = p;
}

}  // namespace pgfleet
