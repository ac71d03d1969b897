#!/usr/bin/env bash
# Install the Debian packages the browser tests need (chromium, firefox-esr, fonts-noto-cjk), when missing.
set -eu
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || need+=(firefox-esr)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "install-system-deps: need ${need[*]} but cannot install as non-root; browser tests will be skipped" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" != 0 ] && SUDO=sudo
echo "install-system-deps: installing ${need[*]}" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
