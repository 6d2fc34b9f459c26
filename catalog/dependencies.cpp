#include "catalog/dependencies.h"

#include <algorithm>

#include "catalog/inheritance.h"

namespace pgfleet {
namespace {
const std::vector<ObjectKey> kNone;

// An index or constraint on a table also needs the columns it names.
void add_expr_refs(std::vector<ObjectKey>& deps, const std::optional<Expr>& expr) {
    if (expr) deps.insert(deps.end(), expr->refs.begin(), expr->refs.end());
}

}  // namespace

std::vector<std::string> split_qualified_name(const std::string& text) {
    std::vector<std::string> parts;
    std::string cur;
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c == '"') {
            ++i;
            while (i < text.size()) {
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cur += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cur += text[i++];
            }
        } else if (c == '.') {
            parts.push_back(cur);
            cur.clear();
            ++i;
        } else if (c == '(' || c == '[' || c == ' ') {
            break;
        } else {
            cur += c;
            ++i;
        }
    }
    parts.push_back(cur);
    return parts;
}

std::optional<QualifiedName> referenced_type(const std::string& type_sql) {
    auto parts = split_qualified_name(type_sql);
    if (parts.size() != 2) return std::nullopt;
    return QualifiedName{parts[0], parts[1]};
}

DependencyGraph::DependencyGraph(const Catalog& c) : catalog_(&c) {
    for (const auto& [name, ext] : c.extensions)
        if (!ext.schema.empty()) add(extension_key(name), schema_key(ext.schema));
    for (const auto& [name, e] : c.enums) add(type_key(name), schema_key(name.schema));
    for (const auto& [name, s] : c.sequences) add(sequence_key(name), schema_key(name.schema));
    for (const auto& [name, t] : c.tables) {
        ObjectKey tk = table_key(name);
        add(tk, schema_key(name.schema));
        if (t.partition_of) add(tk, table_key(t.partition_of->parent));
        for (const auto& parent : t.inherits) add(tk, table_key(parent));
        if (t.of_type) add(tk, type_key(*t.of_type));
        if (t.partition_by)
            for (const auto& el : t.partition_by->elements) {
                if (!el.column.empty()) add(tk, column_key(name, el.column));
                if (el.expression) add_all(tk, el.expression->refs);
            }
        for (const auto& col : t.columns) {
            ObjectKey ck = column_key(name, col.name);
            add(ck, tk);
            add_type(ck, col.type);
            std::vector<ObjectKey> deps;
            add_expr_refs(deps, col.generated);
            for (const auto& d : deps) add(ck, d);
            if (col.default_value) {
                ObjectKey dk = default_key(name, col.name);
                add(dk, ck);
                for (const auto& d : col.default_value->refs) add(dk, d);
            }
        }
        for (const auto& con : t.constraints) {
            ObjectKey k = constraint_key(name, con.name);
            add(k, tk);
            for (const auto& col : con.columns) add(k, column_key(name, col));
            // INCLUDE columns and an exclusion's plain columns hold the constraint's index too.
            for (const auto& col : con.include) add(k, column_key(name, col));
            for (const auto& ex : con.exclusion)
                if (!ex.element.column.empty()) add(k, column_key(name, ex.element.column));
            std::vector<ObjectKey> deps;
            add_expr_refs(deps, con.check);
            add_expr_refs(deps, con.where);
            for (const auto& ex : con.exclusion) add_expr_refs(deps, ex.element.expression);
            if (con.type == ConstraintType::ForeignKey) {
                const auto& ref = con.references;
                deps.push_back(table_key(ref.table));
                for (const auto& col : ref.columns) deps.push_back(column_key(ref.table, col));
                // The referenced key: a primary key / unique constraint or a unique index.
                auto target = c.tables.find(ref.table);
                // A key referencing a partitioned table holds each partition too (the server
                // keeps a copy of it per partition): no partition goes before the key.
                if (target != c.tables.end() && target->second.partition_by)
                    for (const auto& below : tables_inheriting(c, ref.table))
                        if (c.tables.at(below).partition_of) deps.push_back(table_key(below));
                if (target != c.tables.end()) {
                    for (const auto& other : target->second.constraints) {
                        bool is_key = other.type == ConstraintType::PrimaryKey ||
                                      other.type == ConstraintType::Unique;
                        if (is_key && (ref.columns.empty() ? other.type == ConstraintType::PrimaryKey
                                                           : other.columns == ref.columns))
                            deps.push_back(constraint_key(ref.table, other.name));
                    }
                    for (const Index* idx : c.indexes_of(ref.table)) {
                        std::vector<std::string> cols;
                        for (const auto& el : idx->elements) cols.push_back(el.column);
                        if (idx->unique && !idx->predicate && cols == ref.columns) deps.push_back(index_key(idx->name));
                    }
                }
            }
            for (const auto& d : deps) add(k, d);
        }
    }
    for (const auto& [name, idx] : c.indexes) {
        ObjectKey k = index_key(name);
        add(k, c.views.count(idx.table) ? view_key(idx.table) : table_key(idx.table));
        std::vector<ObjectKey> deps;
        for (const auto& el : idx.elements) {
            if (!el.column.empty()) deps.push_back(column_key(idx.table, el.column));
            add_expr_refs(deps, el.expression);
        }
        for (const auto& col : idx.include) deps.push_back(column_key(idx.table, col));
        add_expr_refs(deps, idx.predicate);
        for (const auto& d : deps) add(k, d);
    }
    add_domain_dependencies(c, *this);
    add_composite_type_dependencies(c, *this);
    add_range_type_dependencies(c, *this);
    add_view_dependencies(c, *this);
    add_function_dependencies(c, *this);
    add_aggregate_dependencies(c, *this);
    add_trigger_dependencies(c, *this);
    add_policy_dependencies(c, *this);
    add_rule_dependencies(c, *this);
    add_collation_dependencies(c, *this);
    add_event_trigger_dependencies(c, *this);
    add_publication_dependencies(c, *this);
    add_foreign_data_dependencies(c, *this);
    add_default_privilege_dependencies(c, *this);
    for (auto* m : {&needs_, &needed_by_}) {
        for (auto& [k, v] : *m) {
            std::sort(v.begin(), v.end());
            v.erase(std::unique(v.begin(), v.end()), v.end());
        }
    }
}

void DependencyGraph::add(const ObjectKey& from, const ObjectKey& to) {
    if (from == to) return;
    needs_[from].push_back(to);
    needed_by_[to].push_back(from);
}

void DependencyGraph::add_all(const ObjectKey& from, const std::vector<ObjectKey>& to) {
    for (const auto& t : to) add(from, t);
}

void DependencyGraph::add_type(const ObjectKey& from, const std::string& type_sql) {
    auto type = referenced_type(type_sql);
    if (!type) return;
    if (catalog_->tables.count(*type)) add(from, table_key(*type));
    else if (catalog_->views.count(*type)) add(from, view_key(*type));
    else if (const RangeType* range = catalog_->range_of_multirange(*type)) add(from, type_key(range->name));
    else add(from, type_key(*type));
}

const std::vector<ObjectKey>& DependencyGraph::dependencies_of(const ObjectKey& key) const {
    auto it = needs_.find(key);
    return it == needs_.end() ? kNone : it->second;
}

const std::vector<ObjectKey>& DependencyGraph::dependents_of(const ObjectKey& key) const {
    auto it = needed_by_.find(key);
    return it == needed_by_.end() ? kNone : it->second;
}

std::vector<ObjectKey> contained_objects(const Catalog& c, const ObjectKey& key) {
    std::vector<ObjectKey> out;
    QualifiedName qn{key.schema, key.name};
    if (key.kind == ObjectKind::Table) {
        auto it = c.tables.find(qn);
        if (it == c.tables.end()) return out;
        for (const auto& col : it->second.columns) {
            out.push_back(column_key(qn, col.name));
            if (col.default_value) out.push_back(default_key(qn, col.name));
        }
        for (const auto& con : it->second.constraints) out.push_back(constraint_key(qn, con.name));
        for (const Index* idx : c.indexes_of(qn)) out.push_back(index_key(idx->name));
        for (const Sequence* seq : c.sequences_owned_by(qn)) out.push_back(sequence_key(seq->name));
        for (const auto& [k, t] : c.triggers) if (t.table == qn) out.push_back(k);
        for (const auto& [k, p] : c.policies) if (p.table == qn) out.push_back(k);
        for (const auto& [k, r] : c.rules) if (r.table == qn) out.push_back(k);
    } else if (key.kind == ObjectKind::View) {
        for (const Index* idx : c.indexes_of(qn)) out.push_back(index_key(idx->name));
        for (const auto& [k, t] : c.triggers) if (t.table == qn) out.push_back(k);
        for (const auto& [k, r] : c.rules) if (r.table == qn) out.push_back(k);
    } else if (key.kind == ObjectKind::Column) {
        auto it = c.tables.find(qn);
        const Column* col = it == c.tables.end() ? nullptr : it->second.find_column(key.sub);
        if (col && col->default_value) out.push_back(default_key(qn, key.sub));
        for (const Sequence* seq : c.sequences_owned_by(qn, key.sub)) out.push_back(sequence_key(seq->name));
    }
    return out;
}

}  // namespace pgfleet
