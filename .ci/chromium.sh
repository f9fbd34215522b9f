#!/usr/bin/env bash
# Install Debian's chromium and chromedriver for the tests marked `browser` (no browser download of its own).
#
#   bash .ci/chromium.sh
#
# Idempotent: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are there.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || true)" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "installing chromium and chromium-driver ..." >&2
($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver) >&2
/usr/bin/chromium --version >&2
