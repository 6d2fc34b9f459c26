#pragma once
// The name of a column's NOT NULL constraint. From PostgreSQL 18 a NOT NULL is a named
// pg_constraint row; the model keeps Column::not_null_name empty where the name is the one
// PostgreSQL gives an unnamed NOT NULL made with the table (<table>_<column>_not_null), so
// the model of older majors, which have no such names, is unchanged.
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

// <table>_<column>_not_null, shortened as PostgreSQL shortens implicit names.
std::string default_not_null_name(const std::string& table, const std::string& column);

// The column's NOT NULL constraint name (its own, else the default); "" for a nullable column.
std::string not_null_name(const QualifiedName& table, const Column& column);

// Makes the name explicit: renaming the table or the column leaves the constraint's name.
void pin_not_null_name(const QualifiedName& table, Column& column);

// The model's form: a name equal to the default is left empty, a nullable column has none.
void drop_default_not_null_names(Table& table);
void drop_default_not_null_names(Catalog& catalog);

// Before PostgreSQL 18 NOT NULL constraints have no names.
void clear_not_null_names(Catalog& catalog);

}  // namespace pgfleet
