#!/usr/bin/env bash
# Installs exactly the Debian packages SMTP Wizard needs that are not installed yet.
# Idempotent and quiet when everything is present. Needs root (or sudo) only when
# something is missing.
#   tools/deps.sh               build and test (make run, make test, make sanitize, make package)
#   tools/deps.sh --build-only  build only
#   tools/deps.sh --fuzz        build with clang and libFuzzer (make fuzz); not needed otherwise
set -euo pipefail

build_pkgs=(
  build-essential cmake pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 qt6-translations-l10n qtkeychain-qt6-dev libgl-dev
  fonts-dejavu-core publicsuffix
  dpkg-dev librsvg2-bin
)
testbed_pkgs=(
  dnsmasq-base bind9-dnsutils postfix sasl2-bin libsasl2-modules openssl ca-certificates
  gnome-keyring dbus-x11 libsecret-1-0 libsecret-tools
  poppler-utils xvfb xauth imagemagick iproute2 procps python3
  desktop-file-utils appstream
)

# clang and its runtimes (libFuzzer, ASan, UBSan) only for make fuzz.
fuzz_pkgs=(clang libclang-rt-14-dev)

want=("${build_pkgs[@]}")
case "${1:-}" in
  --build-only) ;;
  --fuzz) want+=("${fuzz_pkgs[@]}") ;;
  *) want+=("${testbed_pkgs[@]}") ;;
esac

missing=()
for p in "${want[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# Postfix must not ask questions nor configure a system mailer: the tests run their own.
echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Debian packages installed."
