#!/usr/bin/env bash
# Installs what the project needs beyond Node and npm, skipping whatever is already there.
#   bash .ci/bootstrap.sh            pnpm only
#   bash .ci/bootstrap.sh --browser  also Debian chromium (story and browser tests), a CJK font
#                                    (Chromium prints Chinese as empty glyphs without one) and
#                                    PostgreSQL (the API tests run against a real server too)
set -euo pipefail
PNPM_VERSION=12.21.0

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm $PNPM_VERSION"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION"
fi

apt_install() {
  local sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; else
      echo "bootstrap: $* missing and this user cannot install Debian packages; install: $*" >&2
      exit 1
    fi
  fi
  if [ -z "${apt_updated:-}" ]; then
    $sudo_cmd apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ "${1:-}" = "--browser" ]; then
  wanted=()
  if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then wanted+=(chromium); fi
  # fc-list comes with fontconfig, which chromium pulls in; without it there is no font either.
  if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    wanted+=(fonts-noto-cjk)
  fi
  if [ -z "${TEST_DATABASE_URL:-}" ] && ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    wanted+=(postgresql)
  fi
  if [ "${#wanted[@]}" -gt 0 ]; then
    echo "bootstrap: installing ${wanted[*]}"
    apt_install "${wanted[@]}"
  fi
fi
