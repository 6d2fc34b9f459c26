#pragma once
// Tenant schemas with row-level security, for the drift report tests: V0 is what the
// tenants start with, V1 what a first rollout applies, V2 the desired state afterwards.
#include <string>

namespace pgfleet::testing {

inline std::string drift_schema(int version) {
    const std::string scoped = "USING (tenant_id = current_setting('app.tenant_id')::uuid) "
                               "WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid)";
    std::string sql =
        "CREATE TABLE accounts (tenant_id uuid NOT NULL, id bigint NOT NULL, name text NOT NULL,\n"
        "                       PRIMARY KEY (tenant_id, id));\n"
        "ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;\nALTER TABLE accounts FORCE ROW LEVEL SECURITY;\n"
        "CREATE POLICY tenant_isolation ON accounts " + scoped + ";\n"
        "CREATE TABLE items (tenant_id uuid NOT NULL, id bigint NOT NULL, account_id bigint NOT NULL,\n" +
        std::string(version >= 1 ? "                    title text,\n" : "") +
        (version >= 2 ? "                    done boolean NOT NULL DEFAULT false,\n" : "") +
        "                    PRIMARY KEY (tenant_id, id),\n"
        "                    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id));\n"
        "CREATE INDEX items_account_idx ON items (tenant_id, account_id);\n"
        "ALTER TABLE items ENABLE ROW LEVEL SECURITY;\nALTER TABLE items FORCE ROW LEVEL SECURITY;\n"
        "CREATE POLICY tenant_isolation ON items " + scoped + ";\n";
    if (version >= 2) sql += "COMMENT ON TABLE items IS 'to-do items';\n";
    return sql;
}

}  // namespace pgfleet::testing
