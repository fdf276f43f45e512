#!/usr/bin/env bash
# tandem's own command line, run as a user would: --help and --version on stdout with exit 0 (the
# version is the project's), usage errors on stderr with exit 2, and no window shown for any of
# them. Usage: tandem_args_test.sh TANDEM VERSION
set -uo pipefail
tandem=$1 version=$2
export QT_QPA_PLATFORM=offscreen
failed=0
expect() { # expect NAME WANTED_EXIT WANTED_STDOUT_REGEX WANTED_STDERR_REGEX -- ARGS...
  local name=$1 code=$2 out_re=$3 err_re=$4; shift 5
  local out err rc
  out=$(timeout 20 "$tandem" "$@" 2>/tmp/tandem_args_err.$$); rc=$?
  err=$(grep -v XDG_RUNTIME_DIR /tmp/tandem_args_err.$$); rm -f /tmp/tandem_args_err.$$
  if [ $rc -ne "$code" ] || ! grep -Eq -- "$out_re" <<<"$out" || ! grep -Eq -- "$err_re" <<<"$err"; then
    printf 'FAIL %s: exit %s (wanted %s)\nstdout: %s\nstderr: %s\n' "$name" "$rc" "$code" "$out" "$err"
    failed=1
  else
    echo "ok   $name"
  fi
}
expect "--version"        0 "^Tandem $version\$" '^$' -- --version
expect "-v"               0 "^Tandem $version\$" '^$' -- -v
expect "--help"           0 '^Usage: .*tandem \[options\] \[FILE\]' '^$' -- --help
expect "--help lists"     0 '--demo' '^$' -- --help
expect "two files"        2 '^$' 'tandem: give one FILE at most' -- a.tandem b.tandem
expect "file and --demo"  2 '^$' 'give either a FILE or --demo' -- --demo a.tandem
expect "unknown option"   2 '^$' "Unknown option 'frobnicate'" -- --frobnicate
exit $failed
