// Online DDL and lock handling against a real server: concurrent index builds let writes
// through, lock timeouts are retried, and a step that cannot get its lock leaves nothing.
#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <thread>

#include "fleet/apply.h"
#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "tests/support/test_database.h"

using namespace pgfleet;

namespace {

Catalog desired_online(const std::string& sql) {
    ParserState s = load_desired_state_text(sql, "desired.sql");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    return s.catalog;
}

Plan plan_with(const std::string& conninfo, const std::string& want, OnlineMode mode) {
    Session s(conninfo);
    PlanOptions options;
    options.online.mode = mode;
    return plan_from(read_catalog(s), desired_online(want), options);
}

// Waits until `sql` returns "t" on `session`, at most `seconds`.
bool wait_for(Session& session, const std::string& sql, double seconds = 20) {
    auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (session.query_value(sql) == "t") return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

const char* kBuildRunning =
    "SELECT EXISTS (SELECT 1 FROM pg_stat_progress_create_index p JOIN pg_class c ON c.oid = p.relid "
    "WHERE c.relname = 't')";

// Another session inserts while the index build waits on a writer's open transaction.
// Returns whether that insert completed while the build was still running.
bool insert_completes_during_build(const testing::TestDatabase& db, const Plan& plan) {
    Session writer(db.conninfo()), other(db.conninfo()), watcher(db.conninfo());
    writer.execute("BEGIN");
    writer.execute("INSERT INTO t VALUES (-1, 'held')");  // the build waits for this transaction
    auto applying = std::async(std::launch::async, [&] {
        Session apply(db.conninfo());
        ApplyOptions options;
        options.lock_timeout_seconds = 30;
        return apply_plan(apply, plan, options);
    });
    bool started = wait_for(watcher, kBuildRunning);
    bool completed = false;
    if (started) {
        other.execute("SET lock_timeout = '1s'");
        try {
            other.execute("INSERT INTO t VALUES (-2, 'during the build')");
            completed = watcher.query_value(kBuildRunning) == "t";
        } catch (const SqlError&) {
            completed = false;
        }
    }
    writer.execute("COMMIT");
    ApplyResult r = applying.get();
    CHECK(r.ok);
    return started && completed;
}

}  // namespace

TEST_CASE("inserts complete while CREATE INDEX CONCURRENTLY from a plan runs", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int, v text);\nINSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 20000) g;\n");
    Plan plan = plan_with(db.conninfo(), "CREATE TABLE t (id int, v text);\nCREATE INDEX t_v ON t (v);\n",
                          OnlineMode::Always);
    REQUIRE(plan.statements.size() == 1);
    CHECK(plan.statements[0].sql.find("CREATE INDEX CONCURRENTLY") == 0);
    CHECK_FALSE(plan.statements[0].transactional);
    CHECK(insert_completes_during_build(db, plan));
    Session s(db.conninfo());
    CHECK(s.query_value("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_v'::regclass") == "t");
    CHECK(s.query_value("SELECT count(*) FROM t WHERE id < 0") == "2");
}

TEST_CASE("a plain CREATE INDEX blocks the same inserts (the check above can fail)", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int, v text);\nINSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 2000) g;\n");
    Plan plan = plan_with(db.conninfo(), "CREATE TABLE t (id int, v text);\nCREATE INDEX t_v ON t (v);\n",
                          OnlineMode::Never);
    REQUIRE(plan.statements.size() == 1);
    CHECK(plan.statements[0].sql.find("CONCURRENTLY") == std::string::npos);
    CHECK_FALSE(insert_completes_during_build(db, plan));
}

TEST_CASE("a step blocked by another session's lock is retried and succeeds once it is released", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\n");
    Plan plan = plan_with(db.conninfo(), "CREATE TABLE t (id int, note text);\n", OnlineMode::Auto);
    REQUIRE(plan.statements.size() == 1);
    Session holder(db.conninfo());
    holder.execute("BEGIN");
    holder.execute("LOCK TABLE t IN ACCESS SHARE MODE");
    std::vector<std::string> retries;
    auto applying = std::async(std::launch::async, [&] {
        Session apply(db.conninfo());
        ApplyOptions options;
        options.lock_timeout_seconds = 0.1;
        options.lock_retries = 50;
        options.backoff_initial_seconds = 0.05;
        options.backoff_max_seconds = 0.2;
        options.on_retry = [&](const std::string& m) { retries.push_back(m); };
        return apply_plan(apply, plan, options);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    holder.execute("COMMIT");
    ApplyResult r = applying.get();
    CHECK(r.ok);
    CHECK(r.retries > 0);
    CHECK(retries.size() == static_cast<size_t>(r.retries));
    Session s(db.conninfo());
    CHECK(plan_from(read_catalog(s), desired_online("CREATE TABLE t (id int, note text);\n")).empty());
}

TEST_CASE("a step that never gets its lock fails cleanly with nothing half-applied", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\nCREATE TABLE u (id int);\n");
    // One transaction: the change to u succeeds, the one to t cannot get its lock.
    std::string want = "CREATE TABLE t (id int, note text);\nCREATE TABLE u (id int, note text);\n";
    Plan plan = plan_with(db.conninfo(), want, OnlineMode::Auto);
    REQUIRE(plan.statements.size() == 2);
    Session holder(db.conninfo());
    holder.execute("BEGIN");
    holder.execute("LOCK TABLE t IN ACCESS SHARE MODE");
    Session apply(db.conninfo());
    ApplyOptions options;
    options.lock_timeout_seconds = 0.1;
    options.lock_retries = 2;
    options.backoff_initial_seconds = 0.05;
    ApplyResult r = apply_plan(apply, plan, options);
    holder.execute("COMMIT");
    CHECK_FALSE(r.ok);
    CHECK(r.sqlstate == "55P03");
    CHECK(r.retries == 2);
    CHECK(r.applied == 0);
    Catalog after = read_catalog(apply).catalog;
    CHECK(after.tables.at({"public", "t"}).columns.size() == 1);
    CHECK(after.tables.at({"public", "u"}).columns.size() == 1);
}

TEST_CASE("an invalid index left by a failed concurrent build is replaced by the next plan", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n");
    // A concurrent unique build fails on the duplicates and leaves an invalid index.
    CHECK_THROWS(testing::psql(db.name(), "CREATE UNIQUE INDEX CONCURRENTLY t_id ON t (id);"));
    testing::psql(db.name(), "DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t);");
    std::string want = "CREATE TABLE t (id int);\nCREATE UNIQUE INDEX t_id ON t (id);\n";
    Plan plan = plan_with(db.conninfo(), want, OnlineMode::Auto);
    REQUIRE_FALSE(plan.empty());
    Session s(db.conninfo());
    ApplyResult r = apply_plan(s, plan);
    REQUIRE(r.ok);
    CHECK(s.query_value("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_id'::regclass") == "t");
    CHECK(plan_with(db.conninfo(), want, OnlineMode::Auto).empty());
}

TEST_CASE("online constraint and NOT NULL forms converge", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE p (id int, code text);\nCREATE TABLE c (id int, p_id int);\n"
                "INSERT INTO p SELECT g, 'c' || g FROM generate_series(1, 100) g;\n"
                "INSERT INTO c SELECT g, g FROM generate_series(1, 100) g;\n");
    std::string want = "CREATE TABLE p (id int PRIMARY KEY, code text NOT NULL UNIQUE CHECK (code <> ''));\n"
                       "CREATE TABLE c (id int, p_id int NOT NULL REFERENCES p (id));\n";
    Plan plan = plan_with(db.conninfo(), want, OnlineMode::Always);
    bool validates = false, concurrent = false;
    for (const auto& st : plan.statements) {
        validates = validates || st.sql.find("VALIDATE CONSTRAINT") != std::string::npos;
        concurrent = concurrent || st.sql.find("CONCURRENTLY") != std::string::npos;
    }
    CHECK(validates);
    CHECK(concurrent);
    Session s(db.conninfo());
    ApplyResult r = apply_plan(s, plan);
    INFO(r.failed_sql << "\n" << r.error);
    REQUIRE(r.ok);
    CHECK(plan_with(db.conninfo(), want, OnlineMode::Always).empty());
}
