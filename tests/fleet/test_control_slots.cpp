// Session slots on the control database when a worker dies: its locks go at once, the
// sessions it left on the cluster do not, so their slots stay out of use until a session
// of the cluster has seen them gone. Workers here are ControlSlots on control sessions of
// their own; a worker dies when its control session closes.
#include <catch2/catch.hpp>

#include <future>

#include "catalog/sql_name.h"
#include "fleet/control_slots.h"
#include "fleet/control_tables.h"
#include "introspect/session.h"
#include "tests/support/test_database.h"

using namespace pgfleet;
using namespace pgfleet::testing;

namespace {

const std::string kSlotsApp = "pgfleet-test-slots";
const std::string kCluster = "c";

struct Worker {
    std::unique_ptr<ControlLink> link;
    std::unique_ptr<ControlSlots> slots;
    Worker(const TestDatabase& control, const ControlTables& tables, const std::string& name)
        : link(std::make_unique<ControlLink>(std::make_unique<Session>(control.conninfo(), "pgfleet-test-control"))),
          slots(std::make_unique<ControlSlots>(*link, tables, name)) {}
    void die() {
        slots.reset();
        link.reset();
    }
};

bool still_waiting(std::future<int>& f, int ms) {
    return f.wait_for(std::chrono::milliseconds(ms)) == std::future_status::timeout;
}

}  // namespace

TEST_CASE("a slot a dead worker left stays out of use until its session is seen gone", "[fleet]") {
    TestDatabase control, tenant;
    ControlTables tables = control_tables("slots_journal");
    Session admin(control.conninfo(), "pgfleet-test-control");
    ensure_control_tables(admin, tables);
    Session watcher(tenant.conninfo(), "pgfleet-test-watcher");
    auto alive = [&](int pid) {
        return watcher.query_value("SELECT count(*) FROM pg_stat_activity WHERE pid = " + std::to_string(pid)) == "1";
    };
    auto holder_of = [&](int slot) {
        return admin.query_value("SELECT coalesce(max(holder), '') FROM " + tables.slots + " WHERE cluster = " +
                                 sql_literal(kCluster) + " AND slot = " + std::to_string(slot));
    };
    auto open_tenant = [&] { return std::make_unique<Session>(tenant.conninfo(), kSlotsApp); };

    SECTION("another worker's next session sees it gone") {
        Worker dead(control, tables, "dead"), live(control, tables, "live"), waiting(control, tables, "waiting");
        int s0 = dead.slots->acquire(kCluster, 2, tenant.name());
        auto left = open_tenant();
        dead.slots->opened(kCluster, s0, *left);
        int s1 = live.slots->acquire(kCluster, 2, tenant.name());
        REQUIRE(s1 != s0);
        auto live_session = open_tenant();
        live.slots->opened(kCluster, s1, *live_session);
        dead.die();  // its lock goes; its session on the cluster stays

        auto taken = std::async(std::launch::async, [&] { return waiting.slots->acquire(kCluster, 2, tenant.name()); });
        CHECK(still_waiting(taken, 800));  // s0 is free but tainted, s1 is held
        live_session->close_and_wait();
        live.slots->release(kCluster, s1);
        REQUIRE(taken.get() == s1);  // the clean slot, at once
        auto waiting_session = open_tenant();
        waiting.slots->opened(kCluster, s1, *waiting_session);
        CHECK(holder_of(s0) == "dead");  // seen alive: the taint stays

        auto third = std::async(std::launch::async, [&] { return live.slots->acquire(kCluster, 2, tenant.name()); });
        CHECK(still_waiting(third, 500));
        int left_pid = left->backend_pid();
        left->close_and_wait();
        CHECK_FALSE(alive(left_pid));
        waiting_session->close_and_wait();
        waiting.slots->release(kCluster, s1);
        REQUIRE(third.get() == s1);
        auto third_session = open_tenant();
        live.slots->opened(kCluster, s1, *third_session);  // sees the process gone: s0 is clean again
        CHECK(holder_of(s0) == "");
        CHECK(waiting.slots->acquire(kCluster, 2, tenant.name()) == s0);
        waiting.slots->release(kCluster, s0);
        third_session->close_and_wait();
        live.slots->release(kCluster, s1);
    }

    SECTION("a worker that died while connecting taints its slot too") {
        Worker dead(control, tables, "dead"), live(control, tables, "live");
        int s0 = dead.slots->acquire(kCluster, 2, tenant.name());
        CHECK(holder_of(s0) == "dead");  // named before its session exists
        auto left = open_tenant();      // connected, never reported
        int s1 = live.slots->acquire(kCluster, 2, tenant.name());
        dead.die();
        auto live_session = open_tenant();
        live.slots->opened(kCluster, s1, *live_session);
        CHECK(holder_of(s0) == "dead");  // an unnamed session of ours in that database: kept
        left->close_and_wait();
        live_session->close_and_wait();
        live.slots->release(kCluster, s1);
        int again = live.slots->acquire(kCluster, 2, tenant.name());
        CHECK(again == s1);  // the clean one first
        live_session = open_tenant();
        live.slots->opened(kCluster, again, *live_session);
        CHECK(holder_of(s0) == "");
        live_session->close_and_wait();
        live.slots->release(kCluster, again);
    }

    SECTION("with nobody to look, it is taken after the grace and the session left is ended first") {
        Worker dead(control, tables, "dead"), next(control, tables, "next");
        next.slots->set_taint_grace(std::chrono::milliseconds(300));
        int s0 = dead.slots->acquire(kCluster, 1, tenant.name());
        auto left = open_tenant();
        dead.slots->opened(kCluster, s0, *left);
        int left_pid = left->backend_pid();
        dead.die();
        REQUIRE(next.slots->acquire(kCluster, 1, tenant.name()) == s0);
        CHECK(alive(left_pid));
        auto session = open_tenant();
        next.slots->opened(kCluster, s0, *session);
        CHECK_FALSE(alive(left_pid));
        CHECK(holder_of(s0) == "next");
        session->close_and_wait();
        next.slots->release(kCluster, s0);
        CHECK(holder_of(s0) == "");
    }
}
