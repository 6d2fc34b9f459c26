#include "tests/support/tenant_fleet.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

#include "catalog/sql_name.h"
#include "introspect/session.h"
#include "tests/support/pg_server.h"

namespace pgfleet::testing {

TenantFleet::TenantFleet(const std::string& prefix, int count, const std::string& schema_sql) : prefix_(prefix) {
    PgServer& server = PgServer::instance();
    // Named apart so that a "<prefix>_%" pattern never finds the template.
    template_ = "tpl_" + prefix;
    Session admin(server.conninfo("postgres"), "pgfleet-test-setup");
    admin.execute("DROP DATABASE IF EXISTS " + sql_ident(template_) + " WITH (FORCE)");
    admin.execute("CREATE DATABASE " + sql_ident(template_));
    {
        Session t(server.conninfo(template_), "pgfleet-test-setup");
        if (!schema_sql.empty()) t.execute(schema_sql);
    }
    for (int i = 1; i <= count; ++i) {
        char name[128];
        std::snprintf(name, sizeof name, "%s_%03d", prefix.c_str(), i);
        admin.execute("DROP DATABASE IF EXISTS " + sql_ident(name) + " WITH (FORCE)");
        admin.execute("CREATE DATABASE " + sql_ident(name) + " TEMPLATE " + sql_ident(template_));
        databases_.push_back(name);
    }
}

TenantFleet::~TenantFleet() {
    try {
        Session admin(PgServer::instance().conninfo("postgres"), "pgfleet-test-setup");
        for (const auto& d : databases_) admin.execute("DROP DATABASE IF EXISTS " + sql_ident(d) + " WITH (FORCE)");
        admin.execute("DROP DATABASE IF EXISTS " + sql_ident(template_) + " WITH (FORCE)");
    } catch (...) {
        // Leftovers die with the throwaway server.
    }
}

void TenantFleet::execute(const std::string& database, const std::string& sql) const {
    Session s(conninfo(database), "pgfleet-test-setup");
    s.execute(sql);
}

std::string TenantFleet::conninfo(const std::string& database) const {
    return PgServer::instance().conninfo(database);
}

TempDir::TempDir() {
    char tmpl[] = "/tmp/pgfleet-fleet-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary directory");
    path_ = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& name, const std::string& content) const {
    std::string p = file(name);
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p) << content;
    return p;
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
}

}  // namespace pgfleet::testing
