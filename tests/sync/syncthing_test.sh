#!/usr/bin/env bash
# The exchange folder kept in step by Syncthing, for real (issue 20): two Syncthing instances on
# 127.0.0.1, each with its own home and ports and no discovery, relay or reporting, share one
# folder; office A exchanges through one side and office B through the other with the real
# tandem-cli. An edit at A reaches B's dump and B's edit reaches A's, each within a bound.
#
#   syncthing_test.sh TANDEM_CLI
#
# Exits 77 (ctest: skipped) with a message when the syncthing binary is missing;
# packaging/install-deps.sh installs it.
set -euo pipefail

cli=${1:?usage: syncthing_test.sh TANDEM_CLI}
if ! command -v syncthing >/dev/null 2>&1; then
  echo "syncthing_test: SKIPPED: the syncthing binary is not installed (packaging/install-deps.sh installs it)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tandem-syncthing-XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "syncthing_test: FAILED: $*" >&2
  for side in a b; do
    echo "--- syncthing $side log (last lines)" >&2
    tail -n 20 "$work/$side.log" >&2 || true
  done
  exit 1
}

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
  local limit=$1
  shift
  local start=$SECONDS
  until "$@"; do
    if (( SECONDS - start >= limit )); then
      return 1
    fi
    sleep 0.5
  done
}

# Two free TCP ports on 127.0.0.1 (bound, then released).
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

port_a=$(free_port)
port_b=$(free_port)
while [ "$port_b" = "$port_a" ]; do port_b=$(free_port); done

for side in a b; do
  mkdir -p "$work/$side-home" "$work/$side-folder"
  touch "$work/$side-folder/.stfolder"
  syncthing generate --home="$work/$side-home" >"$work/$side-generate.log" 2>&1 \
    || fail "syncthing generate for $side: $(cat "$work/$side-generate.log")"
done
id_a=$(syncthing --device-id --home="$work/a-home")
id_b=$(syncthing --device-id --home="$work/b-home")

# A configuration of our own: the shared folder, the other device at its fixed address, nothing
# that leaves the machine.
write_config() {
  local side=$1 port=$2 folder=$3
  cat >"$work/$side-home/config.xml" <<EOF
<configuration version="36">
    <folder id="tandem-exchange" label="Tandem exchange" path="$folder" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="$id_a"></device>
        <device id="$id_b"></device>
    </folder>
    <device id="$id_a" name="office-a" compression="metadata">
        <address>tcp://127.0.0.1:$port_a</address>
    </device>
    <device id="$id_b" name="office-b" compression="metadata">
        <address>tcp://127.0.0.1:$port_b</address>
    </device>
    <gui enabled="false" tls="false">
        <address>127.0.0.1:0</address>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:$port</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <startBrowser>false</startBrowser>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
EOF
}
write_config a "$port_a" "$work/a-folder"
write_config b "$port_b" "$work/b-folder"

for side in a b; do
  STNOUPGRADE=1 syncthing serve --home="$work/$side-home" --no-browser --no-restart --no-default-folder \
    --skip-port-probing >"$work/$side.log" 2>&1 &
  pids+=($!)
done

# Two offices that trust each other, each with its own side of the folder.
export TANDEM_PASSPHRASE="syncthing test passphrase, not a secret"
"$cli" init "$work/a.tandem" --office "Eastfold Police Service" >/dev/null
"$cli" init "$work/b.tandem" --office "Harbourside Shelter" >/dev/null
"$cli" key "$work/a.tandem" --out "$work/a.card" >/dev/null
"$cli" key "$work/b.tandem" --out "$work/b.card" >/dev/null
"$cli" trust "$work/a.tandem" "$work/b.card" >/dev/null
"$cli" trust "$work/b.tandem" "$work/a.card" >/dev/null

bound=120 # seconds for one edit to cross
# (not `dump | grep -q`: under pipefail, grep leaving early fails the pipeline)
contains() { grep -qF "$2" <<<"$("$cli" dump "$1")"; }
sync_side() { echo "[$SECONDS s]" >>"$work/sync-$1.log"; "$cli" sync "$work/$1.tandem" --folder "$work/$1-folder" >>"$work/sync-$1.log" 2>&1; }
# Passes at `side` until its dump holds `text`, within the bound.
arrives() {
  local side=$1 text=$2
  sync_side "$side" || return 1
  contains "$work/$side.tandem" "$text"
}

"$cli" add "$work/a.tandem" agency "name=Agency written at A" kind=police >/dev/null
sync_side a || fail "sync at A: $(cat "$work/sync-a.log")"
start=$SECONDS
wait_for "$bound" arrives b "Agency written at A" || fail "A's edit did not reach B's dump within $bound s"
echo "syncthing_test: A's edit reached B in $(( SECONDS - start )) s"

"$cli" add "$work/b.tandem" agency "name=Agency written at B" kind=shelter >/dev/null
sync_side b || fail "sync at B: $(cat "$work/sync-b.log")"
start=$SECONDS
wait_for "$bound" arrives a "Agency written at B" || fail "B's edit did not reach A's dump within $bound s"
echo "syncthing_test: B's edit reached A in $(( SECONDS - start )) s"

# Both hold the same shared state once the acknowledgements have crossed too.
same() {
  sync_side a && sync_side b && [ "$("$cli" dump "$work/a.tandem")" = "$("$cli" dump "$work/b.tandem")" ]
}
wait_for "$bound" same || fail "the two dumps did not become identical within $bound s"
echo "syncthing_test: the two offices' dumps are identical"
