#pragma once
// The small schemas the fleet tests move tenants between.
namespace pgfleet::testing {

// What the tenants start with.
inline const char* const kFleetSchemaV1 =
    "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\n"
    "CREATE TABLE items (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), title text);\n"
    "CREATE INDEX items_account_idx ON items (account_id);\n";

// The desired state: a column on each table, a partial index, a comment.
inline const char* const kFleetSchemaV2 =
    "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL, plan text NOT NULL DEFAULT 'free');\n"
    "CREATE TABLE items (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), title text,\n"
    "                    done boolean NOT NULL DEFAULT false);\n"
    "CREATE INDEX items_account_idx ON items (account_id);\n"
    "CREATE INDEX items_open_idx ON items (account_id) WHERE NOT done;\n"
    "COMMENT ON TABLE items IS 'to-do items';\n";

}  // namespace pgfleet::testing
