#!/usr/bin/env bash
# Installs the Debian packages Tandem needs to build, test and package.
# Safe to run again: it only asks apt for what is missing. Needs root or sudo.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libqt6sql6-sqlite libqt6svg6
  libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  # previews of attached PDFs (issue 21)
  qt6-pdf-dev
  catch2 libsodium-dev libsqlite3-dev libgl-dev
  # tests, screenshots, fuzzing
  xvfb xauth poppler-utils sqlite3 clang-14 libclang-rt-14-dev imagemagick xdotool
  fonts-dejavu-core fonts-noto-core
  # the exchange folder's test with two real sync engines (tests/sync/syncthing_test.sh)
  syncthing
  # the Debian package and its checks (cmake --workflow --preset package, packaging/check-package.sh)
  dpkg-dev fakeroot file lintian desktop-file-utils appstream shared-mime-info man-db libxml2-utils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
