#!/usr/bin/env bash
# The main job on the bundled example: a throwaway PostgreSQL under .pgfleet/, a database,
# plan and apply schemas/, change the schema, plan again, apply, and show that it converged;
# then a small fleet: onboard three tenants, fleet plan / apply / drift / snapshot.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Only the binary the demo runs. A build tree that exists is reused as it is configured (ninja
# then rebuilds nothing when nothing changed); a fresh clone gets a unity build, the fastest
# cold build.
if [ -f build/build.ninja ]; then
  scripts/build.sh pgfleet >/dev/null
else
  echo "building pgfleet (first time: a few minutes)"
  PGFLEET_UNITY=${PGFLEET_UNITY:-ON} scripts/build.sh pgfleet >/dev/null
fi
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

step "pgfleet check --db: the same tenant-isolation rules on the live database"
$pgfleet check --db "$db"

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

# The fleet: more tenants, one plan per fingerprint, applied within a connection budget.
fleet=(--config examples/pgfleet.yaml)
rm -rf .pgfleet/state .pgfleet/snapshots

step "pgfleet tenant create: three more tenants (database, role, grants, schema, verified)"
for t in globex initech umbrella; do $pgfleet tenant create $t "${fleet[@]}"; done
$pgfleet tenant list "${fleet[@]}"

step "pgfleet fleet plan: tenants grouped by fingerprint, one plan per group"
$pgfleet fleet plan "${fleet[@]}" --schema "$changed" -q -o .pgfleet/fleet-plan.json -o - || [ $? -eq 2 ]

step "pgfleet fleet apply: canary first, then the rest, journaled"
$pgfleet fleet apply "${fleet[@]}" --plan .pgfleet/fleet-plan.json

step "pgfleet fleet drift: every tenant matches"
$pgfleet fleet drift "${fleet[@]}" --schema "$changed" -q

step "someone fixes tenant_initech by hand; drift finds it (exit 2), and writes a page to open"
psql -q "$(scripts/pg_local.sh url tenant_initech)" -c "ALTER TABLE audit_log ADD COLUMN client_ip inet"
$pgfleet fleet drift "${fleet[@]}" --schema "$changed" -q -o .pgfleet/drift.html -o - || [ $? -eq 2 ]

step "pgfleet fleet snapshot, then fleet plan from the snapshots (no connection)"
$pgfleet fleet snapshot "${fleet[@]}" -q -o .pgfleet/snapshots
$pgfleet fleet plan "${fleet[@]}" --schema "$changed" --snapshots .pgfleet/snapshots || [ $? -eq 2 ]
