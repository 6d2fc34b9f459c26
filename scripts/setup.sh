#!/usr/bin/env bash
# Installs what pgfleet needs to build and test (Debian packages), when missing.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config ccache
          libpg-query-dev libprotobuf-c-dev libpqxx-dev libpq-dev libssl-dev
          libcli11-dev libyaml-cpp-dev nlohmann-json3-dev catch2
          postgresql-15 postgresql-client-15
          groff-base zsh                 # the man page and zsh completion tests
          python3-jsonschema chromium)   # tests only: JSON Schema validation, the HTML report in a browser
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# The deploy/ validators (npm packages) run on node.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
