#!/usr/bin/env bash
# gcc for the C export tests (tests/Wann.Export.Tests compile the exported C); Debian's gcc when missing.
set -euo pipefail
if command -v gcc >/dev/null; then
  exit 0
fi
echo "installing gcc (Debian)"
if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq gcc libc6-dev >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq gcc libc6-dev >/dev/null; fi
