#!/bin/sh
# Installs Debian's Chromium for the reference pages' browser check (scripts/reference.test.ts)
# when the machine has no Chromium; does nothing when it has one. .ci/run calls it before the
# tests, so that CI always runs the check. Needs root, or sudo without a password.
set -eu
cd "$(dirname "$0")/.."

if node scripts/chromium.mjs >/dev/null 2>&1; then
  echo "Chromium for the browser check: $(node scripts/chromium.mjs)"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "install-chromium: no Chromium, and neither root nor sudo to install Debian's chromium package." >&2
  exit 1
fi

echo "Installing Debian's chromium for the browser check..."
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet: read them, then install.
if ! $as_root apt-get install -y chromium >/dev/null; then
  $as_root apt-get update >/dev/null
  $as_root apt-get install -y chromium >/dev/null
fi
echo "Chromium for the browser check: $(node scripts/chromium.mjs)"
