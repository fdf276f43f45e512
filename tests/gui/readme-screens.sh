#!/usr/bin/env bash
# Remakes the README's screenshots (docs/screenshots/main-window.png and today.png) from the
# window's own demo with the project's screenshot tool, tandem_readme_screens, at a fixed moment,
# so that the pictures change only when the window does. Run it after changing what they show and
# commit the PNGs.
#   tests/gui/readme-screens.sh [BUILD_DIR]      (default: build/dev, configured with tests)
# Needs xvfb-run (Debian: xvfb) and fonts; writes in English, times in UTC (the demo's county).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
now=2026-11-18T10:30:00Z # a Wednesday morning
cmake --build "$build" --target tandem_readme_screens
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
TZ=UTC LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/gui/tandem_readme_screens" --now "$now" "$out"
mkdir -p "$root/docs/screenshots"
for name in main-window today; do
    cp "$out/$name.png" "$root/docs/screenshots/$name.png"
    echo "docs/screenshots/$name.png"
done
