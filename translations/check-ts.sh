#!/usr/bin/env bash
# Fails when a committed translations/tandem_<lang>.ts is stale: lupdate run on a copy of it over
# the sources (the same list and options as the update_translations target) must change nothing.
# A new or changed tr() string that nobody ran `cmake --build DIR --target update_translations`
# for fails here, so translators always see every string the window shows.
# Usage: check-ts.sh LUPDATE SOURCES.lst TS_FILE... -- LUPDATE_OPTION...
set -euo pipefail
lupdate=$1 sources=$2
shift 2
ts_files=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do ts_files+=("$1"); shift; done
[ $# -gt 0 ] && shift
options=("$@")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
stale=0
for ts in "${ts_files[@]}"; do
  copy=$scratch/$(basename "$ts")
  cp "$ts" "$copy"
  "$lupdate" "${options[@]}" "@$sources" -ts "$copy" >"$scratch/lupdate.log" 2>&1
  # tr() in a class without Q_OBJECT: lupdate files the string under that class, Qt looks it up
  # under the base class's context, and the translation is never found.
  if grep "lacks Q_OBJECT" "$scratch/lupdate.log" >&2; then
    stale=1
  fi
  if ! cmp -s "$ts" "$copy"; then
    echo "check-ts: $ts is not current with the sources:" >&2
    diff -u "$ts" "$copy" | head -40 >&2 || true
    stale=1
  fi
done
if [ $stale -ne 0 ]; then
  echo "check-ts: run 'cmake --build <build dir> --target update_translations' and commit the .ts files." >&2
fi
exit $stale
