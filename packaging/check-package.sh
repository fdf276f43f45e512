#!/usr/bin/env bash
# Builds the Debian package (cmake --workflow --preset package) and checks it as a user's system
# would see it: the desktop file, the AppStream metainfo, the MIME types, lintian, and an
# install into a scratch root whose tandem-cli must start. Called by .ci/run; run it from
# anywhere in a clone. Exit 0 when every check passes.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-package: %s\n' "$*" >&2; exit 1; }

step "building the package"
rm -rf build/package/package
cmake --workflow --preset package
debs=(build/package/package/tandem_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one tandem_*.deb in build/package/package, found: ${debs[*]}"
deb=${debs[0]}
echo "package: $deb"
dpkg-deb --info "$deb"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
dpkg-deb -x "$deb" "$root"

app_id=$(basename "$root"/usr/share/applications/*.desktop .desktop)
[ -n "$app_id" ] && [ "$app_id" != '*' ] || fail "no .desktop file in /usr/share/applications"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
grep -q '^Exec=tandem %f$' "$root/usr/share/applications/$app_id.desktop" ||
  fail "the desktop file's Exec line must pass the file: Exec=tandem %f"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"

step "one application id for the desktop file, the metainfo, the icons and the MIME file"
grep -q "<id>$app_id</id>" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "metainfo launchable is not $app_id.desktop"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" || fail "desktop Icon is not $app_id"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  [ -f "$png" ] || fail "no ${size}x${size} icon"
  file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done

step "MIME types: xmllint, update-mime-database, detection by name and by content"
mime_xml=$root/usr/share/mime/packages/$app_id.xml
xmllint --noout "$mime_xml"
mimedir=$scratch/mime
mkdir -p "$mimedir/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$mime_xml" "$mimedir/packages/"
update-mime-database -V "$mimedir" 2>&1 | { grep -i -E 'error|warning|unknown' && exit 1 || true; }
grep -q '^application/x-tandem$' "$mimedir/types" || fail "application/x-tandem not in the MIME database"
grep -q '^application/x-tandem-bundle$' "$mimedir/types" || fail "application/x-tandem-bundle not in the MIME database"
grep -q 'application/x-tandem' "$mimedir/magic" || fail "no magic rule for the Tandem types"

step "scratch install: tandem-cli from the unpacked package"
export LD_LIBRARY_PATH="$root/usr/lib:$root/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
version=$("$root/usr/bin/tandem-cli" --version)
expected="tandem-cli $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')"
[ "$version" = "$expected" ] || fail "tandem-cli --version printed '$version', expected '$expected'"
echo "$version"
# And it really works: an office file made, checked, and recognised by its MIME magic.
export TANDEM_PASSPHRASE='scratch root check passphrase'
"$root/usr/bin/tandem-cli" init "$scratch/office.tandem" --office "Scratch Check Office" >/dev/null
"$root/usr/bin/tandem-cli" check "$scratch/office.tandem"
# `report` runs the helper /usr/libexec/tandem/tandem-report, found beside the installed tandem-cli.
operation=$("$root/usr/bin/tandem-cli" add "$scratch/office.tandem" operation code_name="Scratch Check")
"$root/usr/bin/tandem-cli" report "$scratch/office.tandem" "$operation" --format pdf --out "$scratch/order.pdf" >/dev/null
[ "$(head -c 5 "$scratch/order.pdf")" = "%PDF-" ] || fail "tandem-cli report wrote no PDF from the installed tree"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/tandem" --version | grep -q "^Tandem ${expected#tandem-cli }$" ||
  fail "tandem --version does not print the package's version"

step "no library search path in the programs"
# Every library Tandem links is the system's; a RUNPATH only makes each start look for them in
# folders that never hold them (CMakeLists.txt, CMAKE_SKIP_RPATH).
for program in "$root/usr/bin/tandem" "$root/usr/bin/tandem-cli" "$root/usr/libexec/tandem/tandem-report"; do
  [ -f "$program" ] || fail "no $program in the package"
  if readelf -d "$program" | grep -E '\((RUNPATH|RPATH)\)'; then
    fail "$program has a library search path"
  fi
done

step "Depends"
depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends"
for needed in libqt6sql6-sqlite libqt6widgets6 libqt6gui6 libqt6svg6 libsodium23 libsqlite3-0; do
  grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed"
done

step "man pages"
for page in tandem-cli tandem; do
  gz=$root/usr/share/man/man1/$page.1.gz
  [ -f "$gz" ] || fail "no man page $page.1.gz"
  out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$gz" 2>&1 >/dev/null) || true
  [ -z "$out" ] || fail "man $page: $out"
done

step "lintian"
# Errors and warnings fail; each tag Tandem accepts is overridden, with the reason, in
# packaging/lintian-overrides (installed as /usr/share/lintian/overrides/tandem, where lintian
# reads it).
lintian --fail-on error,warning --display-info "$deb"
# (--show-overrides would print the overridden tags too, but makes lintian 2.116 exit with 2.)

printf '\ncheck-package: all checks passed for %s\n' "$deb"
