#!/usr/bin/env bash
# The main job on the bundled example: a throwaway PostgreSQL under .pgfleet/, a database,
# plan and apply schemas/, change the schema, plan again, apply, and show that it converged.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh >/dev/null
pgfleet=build/cli/pgfleet
scripts/pg_local.sh stop
scripts/pg_local.sh start
trap '[ -n "${KEEP:-}" ] || scripts/pg_local.sh stop' EXIT
psql -q "$(scripts/pg_local.sh url)" -c "CREATE DATABASE tenant_acme"
db=$(scripts/pg_local.sh url tenant_acme)
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "pgfleet check schemas/ (no database needed)"
$pgfleet check schemas/

step "pgfleet plan schemas/ --db $db"
$pgfleet plan schemas/ --db "$db" || [ $? -eq 2 ]

step "pgfleet apply schemas/"
$pgfleet apply schemas/ --db "$db" >/dev/null && echo "applied"

step "a change to the desired state: a new column, an index, a wider CHECK"
changed=.pgfleet/schemas-changed
rm -rf "$changed" && cp -r schemas "$changed"
cat >> "$changed/30_manifests.sql" <<'SQL'
ALTER TABLE manifests ADD COLUMN checksum text;
CREATE INDEX manifests_checksum_idx ON manifests (tenant_id, checksum);
SQL
sed -i "s/CHECK (version > 0)/CHECK (version > 0 AND version < 100000)/" "$changed/30_manifests.sql"
diff -u schemas/30_manifests.sql "$changed/30_manifests.sql" || true

step "pgfleet plan (the reviewed migration)"
$pgfleet plan "$changed" --db "$db" --format sql || [ $? -eq 2 ]

step "pgfleet apply, then plan again: nothing left to do"
$pgfleet apply "$changed" --db "$db" >/dev/null
$pgfleet plan "$changed" --db "$db"
step "pgfleet snapshot, and planning offline from it (no connection)"
$pgfleet snapshot --db "$db" -o .pgfleet/tenant_acme.json
$pgfleet plan schemas/ --snapshot .pgfleet/tenant_acme.json || [ $? -eq 2 ]
