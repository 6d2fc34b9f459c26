#include "parser/table_like.h"

#include "catalog/not_null_name.h"
#include "parser/expressions.h"
#include "parser/implicit_names.h"
#include "parser/statement_error.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

// CREATE_TABLE_LIKE_* (parsenodes.h).
constexpr unsigned kLikeComments = 1u << 0;
constexpr unsigned kLikeConstraints = 1u << 2;
constexpr unsigned kLikeDefaults = 1u << 3;
constexpr unsigned kLikeGenerated = 1u << 4;
constexpr unsigned kLikeIdentity = 1u << 5;
constexpr unsigned kLikeIndexes = 1u << 6;

// The same expression, read again for the new table: its column references become the
// new table's.
Expr for_table(StatementContext& ctx, const Table& table, const Expr& e, const std::string& target_type = "") {
    return make_expr_from_text(e.sql, ExprContext{ctx.scope(), table.name, 0, &table, target_type});
}

IndexElement copy_element(StatementContext& ctx, const Table& table, IndexElement el) {
    if (el.expression) el.expression = for_table(ctx, table, *el.expression);
    return el;
}

std::vector<Column> source_columns(StatementContext& ctx, const QualifiedName& source, int offset) {
    const Catalog& c = ctx.catalog();
    if (auto t = c.tables.find(source); t != c.tables.end()) return t->second.columns;
    if (auto ct = c.composite_types.find(source); ct != c.composite_types.end()) {
        std::vector<Column> out;
        for (const auto& a : ct->second.attributes) out.push_back(Column{.name = a.name, .type = a.type,
                                                                         .collation = a.collation,
                                                                         .comment = a.comment});
        return out;
    }
    throw StatementError("invalid", "LIKE source \"" + source.name + "\" must be a table or composite type of the "
                         "desired state (views keep no column types there)", offset);
}

}  // namespace

TableLike add_like_columns(StatementContext& ctx, Table& table, const pgast::Node& clause) {
    const auto& rv = clause.at("relation");
    TableLike like;
    like.offset = ctx.offset_of(rv);
    auto names = range_var_names(rv);
    const Catalog& c = ctx.catalog();
    auto found = ctx.scope().resolve(names, [&](const QualifiedName& q) {
        return c.tables.count(q) || c.composite_types.count(q) || c.views.count(q);
    });
    if (!found)
        throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist", like.offset);
    like.source = *found;
    like.options = static_cast<unsigned>(clause.value("options", 0LL));
    for (Column col : source_columns(ctx, like.source, like.offset)) {
        if (table.find_column(col.name))
            throw StatementError("invalid", "column \"" + col.name + "\" specified more than once", like.offset);
        Column out{.name = col.name, .type = col.type, .collation = col.collation, .not_null = col.not_null};
        // PostgreSQL 18 copies NOT NULL constraints with their names, whatever the options.
        if (c.tables.count(like.source)) out.not_null_name = not_null_name(like.source, col);
        // A generated column's expression comes only with GENERATED; without it the column is plain.
        if (col.generated && (like.options & kLikeGenerated)) {
            out.generated = col.generated;
            out.generated_virtual = col.generated_virtual;
        }
        else if (col.default_value && !col.generated && (like.options & kLikeDefaults)) out.default_value = col.default_value;
        if (col.identity && (like.options & kLikeIdentity)) out.identity = col.identity;  // sequence named later
        if (like.options & kLikeComments) out.comment = col.comment;
        table.columns.push_back(std::move(out));
    }
    // Generation expressions name columns, which are the new table's now that all are there.
    for (auto& col : table.columns)
        if (col.generated && !col.generated->refs.empty()) col.generated = for_table(ctx, table, *col.generated, col.type);
    return like;
}

std::vector<Constraint> like_constraints(StatementContext& ctx, const Table& table, const TableLike& like) {
    std::vector<Constraint> out;
    auto t = ctx.catalog().tables.find(like.source);
    if (t == ctx.catalog().tables.end()) return out;
    for (const auto& con : t->second.constraints) {
        Constraint copy = con;
        copy.local = true;
        if (!(like.options & kLikeComments)) copy.comment.clear();
        if (con.type == ConstraintType::Check && (like.options & kLikeConstraints)) {
            copy.check = for_table(ctx, table, *con.check);
            out.push_back(std::move(copy));
        } else if ((con.type == ConstraintType::PrimaryKey || con.type == ConstraintType::Unique ||
                    con.type == ConstraintType::Exclusion) &&
                   (like.options & kLikeIndexes)) {
            copy.name.clear();  // the copy's index is named for the new table
            copy.comment.clear();
            for (auto& e : copy.exclusion) e.element = copy_element(ctx, table, e.element);
            if (copy.where) copy.where = for_table(ctx, table, *copy.where);
            out.push_back(std::move(copy));
        }
    }
    return out;
}

void add_like_indexes(StatementContext& ctx, const Table& table, const TableLike& like) {
    Catalog& c = ctx.catalog();
    // Identity columns get sequences of their own, named for the new table.
    for (const auto& col : table.columns) {
        if (!col.identity || col.identity->sequence.name.empty()) continue;
        const Column* source = nullptr;
        if (auto t = c.tables.find(like.source); t != c.tables.end()) source = t->second.find_column(col.name);
        if (!source || !source->identity || source->identity->sequence != col.identity->sequence) continue;
        Column& mine = *c.tables.at(table.name).find_column(col.name);
        mine.identity->sequence = {table.name.schema, choose_relation_name(c, table.name.schema, table.name.name,
                                                                           col.name, "seq", false)};
    }
    if (!(like.options & kLikeIndexes)) return;
    std::vector<Index> copies;
    for (const auto& [name, idx] : c.indexes)
        if (idx.table == like.source) copies.push_back(idx);
    const Table& stored = c.tables.at(table.name);
    for (Index idx : copies) {
        // The copy is named from the source index's column names ("lower" for lower(email)).
        pgast::Node params = pgast::Node::array();
        for (auto& el : idx.elements) {
            el = copy_element(ctx, stored, el);
            pgast::Node elem = pgast::Node::object();
            if (el.column.empty()) elem["expr"] = pgast::parse_expression(el.expression->sql);
            else elem["name"] = el.column;
            params.push_back({{"IndexElem", elem}});
        }
        std::vector<std::string> columns = index_column_names(params);
        if (idx.predicate) idx.predicate = for_table(ctx, stored, *idx.predicate);
        idx.table = table.name;
        idx.name = {table.name.schema, choose_relation_name(c, table.name.schema, table.name.name,
                                                            name_addition(columns), "idx", false)};
        if (!(like.options & kLikeComments)) idx.comment.clear();
        c.indexes[idx.name] = idx;
        ctx.define(index_key(idx.name), like.offset);
    }
}

}  // namespace pgfleet
