#!/usr/bin/env bash
# Installs what the project needs beyond Node and npm, skipping whatever is already there.
#   bash .ci/bootstrap.sh            pnpm only
#   bash .ci/bootstrap.sh --browser  pnpm and Debian chromium (for story and browser tests)
set -euo pipefail
PNPM_VERSION=12.21.0

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm $PNPM_VERSION"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION"
fi

if [ "${1:-}" = "--browser" ]; then
  chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_bin" ]; then
    echo "bootstrap: installing Debian chromium"
    sudo_cmd=""
    if [ "$(id -u)" != "0" ]; then
      if command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; else
        echo "bootstrap: chromium is missing and this user cannot install it; install the Debian package 'chromium' or set CHROMIUM_PATH" >&2
        exit 1
      fi
    fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  fi
fi
