#!/usr/bin/env bash
# Fails when a command that `tandem-cli --help` lists has no subsection in the man page, so that
# a new command cannot ship undocumented. Usage: check-manpage.sh TANDEM_CLI MANPAGE
set -euo pipefail
cli=$1 page=$2
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/^Commands:/ {print $1}')
[ -n "$commands" ] || { echo "check-manpage: $cli --help lists no commands" >&2; exit 1; }
missing=0
for c in $commands; do
  # A subsection starts ".SS name", with the hyphens of names escaped for troff.
  if ! grep -q "^\.SS ${c//-/\\\\-}\b" "$page"; then
    echo "check-manpage: $page: no .SS section for the command '$c'" >&2
    missing=1
  fi
done
# And the page must be well-formed troff: man's own check prints its complaints on stderr.
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || true)
if [ -n "$warnings" ]; then
  echo "check-manpage: $page: $warnings" >&2
  missing=1
fi
exit $missing
