#!/usr/bin/env bash
# Installs Debian's redis-server for the Wann.Cluster Redis-membership test (the test starts and stops its own
# instance on a free loopback port). Does nothing if redis-server is already installed.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  echo "redis-server already installed: $(redis-server --version | head -1)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y redis-server
