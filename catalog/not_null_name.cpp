#include "catalog/not_null_name.h"

#include "catalog/object_name.h"

namespace pgfleet {

std::string default_not_null_name(const std::string& table, const std::string& column) {
    return make_object_name(table, column, "not_null");
}

std::string not_null_name(const QualifiedName& table, const Column& column) {
    if (!column.not_null) return "";
    return column.not_null_name.empty() ? default_not_null_name(table.name, column.name) : column.not_null_name;
}

void pin_not_null_name(const QualifiedName& table, Column& column) { column.not_null_name = not_null_name(table, column); }

void drop_default_not_null_names(Table& table) {
    for (auto& col : table.columns)
        if (!col.not_null || col.not_null_name == default_not_null_name(table.name.name, col.name))
            col.not_null_name.clear();
}

void drop_default_not_null_names(Catalog& catalog) {
    for (auto& [name, table] : catalog.tables) drop_default_not_null_names(table);
}

void clear_not_null_names(Catalog& catalog) {
    for (auto& [name, table] : catalog.tables)
        for (auto& col : table.columns) col.not_null_name.clear();
}

}  // namespace pgfleet
