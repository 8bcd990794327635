#!/bin/sh
# Installs Debian's Chromium for the reference pages' browser check (scripts/reference.test.ts)
# when the machine has no Chromium; does nothing when it has one. .ci/run calls it before the
# tests, so that CI always runs the check. Needs root, or sudo without a password. Exits 1 when
# there is still no Chromium afterwards, so that CI stops here instead of skipping the check.
set -eu
cd "$(dirname "$0")/.."

if found=$(node scripts/chromium.mjs 2>/dev/null); then
  echo "Chromium for the browser check: $found"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root="env"
elif command -v sudo >/dev/null 2>&1; then
  # -n: fail rather than wait for a password nobody will type.
  as_root="sudo -n env"
else
  echo "install-chromium: no Chromium, and neither root nor sudo to install Debian's chromium package." >&2
  exit 1
fi

echo "Installing Debian's chromium for the browser check..."
# A fresh machine may have no package lists yet: read them, then install.
if ! $as_root DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null; then
  $as_root DEBIAN_FRONTEND=noninteractive apt-get update >/dev/null
  $as_root DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null
fi

if ! found=$(node scripts/chromium.mjs); then
  echo "install-chromium: Debian's chromium was installed, yet no Chromium is found." >&2
  exit 1
fi
echo "Chromium for the browser check: $found"
