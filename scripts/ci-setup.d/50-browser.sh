#!/usr/bin/env bash
# Headless Chromium (Debian's chromium) and playwright-core (npm, pinned by tests/browser/package-lock.json)
# for the `wann serve` browser test in tests/Wann.Server.Tests. Idempotent.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian)"
  as_root apt-get update -qq
  as_root apt-get install -y -qq chromium >/dev/null
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "installing npm (Debian)"
  as_root apt-get update -qq
  as_root apt-get install -y -qq npm >/dev/null
fi
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ]; then
  (cd "$root/tests/browser" && npm ci --no-audit --no-fund --silent)
fi
echo "browser test ready: $(chromium --version 2>/dev/null | tail -1), playwright-core $(node -p "require('$root/tests/browser/node_modules/playwright-core/package.json').version")"
