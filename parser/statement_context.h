#pragma once
// The view a statement handler has: the state to change, name resolution, and diagnostics.
#include <optional>
#include <string>

#include "parser/name_scope.h"
#include "parser/parser_state.h"
#include "parser/source_file.h"
#include "pgast/node.h"

namespace pgfleet {

class StatementContext {
public:
    StatementContext(ParserState& state, const SourceFile& file, int statement_offset, int location_base)
        : state_(state), file_(file), statement_offset_(statement_offset), base_(location_base),
          scope_(state.catalog, state.search_path, state.server_printed) {}

    Catalog& catalog() { return state_.catalog; }
    ParserState& state() { return state_; }
    const NameScope& scope() const { return scope_; }
    int location_base() const { return base_; }

    // File offset of a node's "location" (or of the statement when it has none).
    int offset_of(const pgast::Node& node_body) const;

    void warn(const std::string& code, const std::string& message, int offset = -1);
    // Where the statement starts in its file.
    SourceLocation location() const { return file_.locate(statement_offset_); }
    // Records where an object was defined (kept beside the model, never inside it).
    void define(const ObjectKey& key, int offset = -1);
    // What this statement defined, with the file offset each definition was last given.
    const std::vector<std::pair<ObjectKey, int>>& defined() const { return defined_; }
    // Records where a setting of an object changed (see ParserState::setting_locations).
    void define_setting(const ObjectKey& key, const std::string& setting, int offset = -1);

    // Name for a new object from a RangeVar (schema from the name or the search_path).
    QualifiedName new_name(const pgast::Node& range_var) const;
    // Name for a new object from a String list (CREATE TYPE / CREATE SEQUENCE names).
    QualifiedName new_name(const std::vector<std::string>& names, int offset) const;
    // What a new object gets before any GRANT, given the default privileges declared so far
    // for the role running the migration.
    Privileges new_object_privileges(const std::string& schema, const std::string& object_type) const {
        return privileges_for_new_object(state_.catalog.default_privileges, "", schema, object_type);
    }

    // An existing table; throws StatementError("missing-object").
    QualifiedName existing_table(const pgast::Node& range_var) const;
    QualifiedName existing_table(const std::vector<std::string>& names, int offset) const;

private:
    ParserState& state_;
    const SourceFile& file_;
    int statement_offset_;
    int base_;
    NameScope scope_;
    std::vector<std::pair<ObjectKey, int>> defined_;
};

// "a.b.c" from a RangeVar: (schemaname, relname) as a name list.
std::vector<std::string> range_var_names(const pgast::Node& range_var);

}  // namespace pgfleet
