#include <catch2/catch.hpp>

#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "planner/render.h"

using namespace pgfleet;

static ParserState load_hints(const std::string& sql) { return load_desired_state_text(sql, "f.sql"); }

static Catalog parse_hints(const std::string& sql) {
    ParserState s = load_hints(sql);
    REQUIRE_FALSE(has_errors(s.diagnostics));
    return s.catalog;
}

static std::vector<std::string> statements(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& s : plan.statements) out.push_back(s.sql);
    return out;
}

TEST_CASE("rename hints attach to what stands beside them", "[unit]") {
    Catalog c = parse_hints(
        "-- pgfleet:renamed-from people\n"
        "CREATE TABLE members (\n"
        "  id int, -- pgfleet:renamed-from ident\n"
        "  name text, -- @renamed from=\"Full Name\"\n"
        "  CONSTRAINT id_ok CHECK (id > 0) -- pgfleet:renamed-from positive\n"
        ");\n"
        "CREATE INDEX members_name ON members (name); -- pgfleet:renamed-from by_name\n");
    std::vector<RenameHint> expected = {{table_key({"public", "members"}), "people"},
                                        {column_key({"public", "members"}, "id"), "ident"},
                                        {column_key({"public", "members"}, "name"), "Full Name"},
                                        {constraint_key({"public", "members"}, "id_ok"), "positive"},
                                        {index_key({"public", "members_name"}), "by_name"}};
    CHECK(c.renamed_from == expected);
}

TEST_CASE("a rename hint without a name is a located error, one beside nothing a warning", "[unit]") {
    ParserState bad = load_hints("CREATE TABLE t (id int); -- pgfleet:renamed-from\n");
    REQUIRE(has_errors(bad.diagnostics));
    CHECK(bad.diagnostics.front().location.line == 1);
    CHECK(bad.diagnostics.front().location.column == 26);

    ParserState lonely = load_hints("CREATE TABLE t (id int);\n\n-- pgfleet:renamed-from old\n");
    REQUIRE_FALSE(has_errors(lonely.diagnostics));
    REQUIRE(lonely.diagnostics.size() == 1);
    CHECK(lonely.diagnostics.front().location.line == 3);
    CHECK(lonely.diagnostics.front().message.find("stands beside no statement") != std::string::npos);
}

TEST_CASE("a hint renames only where the database has the old name and not the new", "[unit]") {
    Catalog desired = parse_hints("CREATE TABLE members (id int); -- pgfleet:renamed-from people\n");
    CHECK(statements(make_plan(parse_hints("CREATE TABLE people (id int);"), desired)) ==
          std::vector<std::string>{"ALTER TABLE public.people RENAME TO members"});
    // Already renamed: nothing to do.
    CHECK(make_plan(parse_hints("CREATE TABLE members (id int);"), desired).statements.empty());
    // Both exist: the hint cannot apply, and the old table is the diff's to drop.
    auto both = statements(make_plan(parse_hints("CREATE TABLE people (id int); CREATE TABLE members (id int);"), desired));
    CHECK(both == std::vector<std::string>{"DROP TABLE public.people"});
}

TEST_CASE("a renamed column keeps its data while its type changes after the rename", "[unit]") {
    Plan plan = make_plan(parse_hints("CREATE TABLE t (id int, username varchar(10));"),
                          parse_hints("CREATE TABLE t (id int, login text);"));
    // Without a hint the column is dropped and added: the plan says so.
    auto sql = statements(plan);
    CHECK(std::find(sql.begin(), sql.end(), "ALTER TABLE public.t DROP COLUMN username") != sql.end());

    Plan hinted = make_plan(parse_hints("CREATE TABLE t (id int, username varchar(10));"),
                            parse_hints("CREATE TABLE t (\n  id int,\n  login text -- pgfleet:renamed-from username\n);"));
    CHECK(statements(hinted) == std::vector<std::string>{"ALTER TABLE public.t RENAME COLUMN username TO login",
                                                         "ALTER TABLE public.t ALTER COLUMN login TYPE text USING login::text"});
}

TEST_CASE("objects differing in name alone are renamed, not rebuilt", "[unit]") {
    Plan plan = make_plan(parse_hints("CREATE TABLE t (id int, v int, CONSTRAINT v_ok CHECK (v > 0));\n"
                                "CREATE INDEX t_v ON t (v);\n"),
                          parse_hints("CREATE TABLE t (id int, v int, CONSTRAINT v_positive CHECK (v > 0));\n"
                                "CREATE INDEX t_v_idx ON t (v);\n"));
    CHECK(statements(plan) == std::vector<std::string>{"ALTER TABLE public.t RENAME CONSTRAINT v_ok TO v_positive",
                                                       "ALTER INDEX public.t_v RENAME TO t_v_idx"});
    // A definition that changes too is rebuilt under its new name.
    Plan changed = make_plan(parse_hints("CREATE TABLE t (v int); CREATE INDEX t_v ON t (v);"),
                             parse_hints("CREATE TABLE t (v int); CREATE INDEX t_v_desc ON t (v DESC);"));
    CHECK(statements(changed) ==
          std::vector<std::string>{"DROP INDEX CONCURRENTLY public.t_v",
                                   "CREATE INDEX CONCURRENTLY t_v_desc ON public.t USING btree (v DESC)"});
}

TEST_CASE("constraints of tables in an inheritance tree are left to the diff", "[unit]") {
    std::string parent = "CREATE TABLE p (v int, CONSTRAINT %s CHECK (v > 0));\nCREATE TABLE c () INHERITS (p);\n";
    auto with = [&](const std::string& name) {
        std::string s = parent;
        s.replace(s.find("%s"), 2, name);
        return parse_hints(s);
    };
    for (const auto& s : statements(make_plan(with("a"), with("b"))))
        CHECK(s.find("RENAME") == std::string::npos);
}

TEST_CASE("renames run first and the plan is worked out after them", "[unit]") {
    Plan plan = make_plan(parse_hints("CREATE TABLE people (id int); CREATE VIEW v AS SELECT id FROM people;"),
                          parse_hints("CREATE TABLE members (id int, age int); -- pgfleet:renamed-from people\n"
                                "CREATE VIEW v AS SELECT id FROM members;\n"));
    auto sql = statements(plan);
    REQUIRE(sql.size() == 2);
    CHECK(sql[0] == "ALTER TABLE public.people RENAME TO members");
    CHECK(sql[1] == "ALTER TABLE public.members ADD COLUMN age integer");
    CHECK(plan.statements[0].lock == "ACCESS EXCLUSIVE on public.people");
    CHECK(plan.statements[0].note == "renamed from people");
}
