#!/usr/bin/env bash
# Runs each fuzz target for a bounded time over its seed corpus (a scratch copy, so the tree is
# never written) under ASan and UBSan. Fails on any crash, sanitizer finding, leak or timeout.
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]      (defaults: 60, build/fuzz)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${2:-build/fuzz}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

status=0
for name in bundle protocol card attachment; do
  mkdir -p "$scratch/$name" "$scratch/artifacts"
  echo "== fuzz_$name for ${seconds}s"
  if ! "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="$scratch/artifacts/$name-" -print_final_stats=1 \
       "$scratch/$name" "tests/fuzz/corpus/$name" > "$scratch/$name.log" 2>&1; then
    echo "fuzz_$name FOUND A PROBLEM:"
    tail -60 "$scratch/$name.log"
    ls -la "$scratch/artifacts" || true
    status=1
  else
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$scratch/$name.log" | tail -2
  fi
done
exit $status
