#!/usr/bin/env bash
# Validates deploy/: the Kubernetes manifests against the Kubernetes API schema
# (kubernetes-models) and the Step Functions state machine with asl-validator, both from npm,
# installed into WORKDIR (default build/deploy-check) on first use.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
deploy="$(dirname "$here")"
work="${1:-$(dirname "$deploy")/build/deploy-check}"
mkdir -p "$work"
cp "$here/validate.js" "$work/"
if ! cmp -s "$here/package.json" "$work/package.json" || [ ! -d "$work/node_modules/asl-validator" ]; then
  cp "$here/package.json" "$work/"
  (cd "$work" && npm install --no-package-lock --no-audit --no-fund --loglevel=error)
fi
cd "$work"
node validate.js "$deploy"/kubernetes/*.yaml "$deploy"/aws/*.asl.json
