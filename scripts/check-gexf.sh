#!/usr/bin/env bash
# Runs the strict GEXF checker on the given files: the workspace's copy in
# ../shared when there is one, else the vendored copy in test/vendor.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="$root/../shared/tools/check-gexf/check-gexf"
[ -x "$tool" ] || tool="$root/test/vendor/check-gexf/check-gexf"
exec "$tool" --werror --allow-mixed --require-version 1.3 "$@"
