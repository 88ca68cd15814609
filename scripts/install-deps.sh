#!/usr/bin/env bash
# Installs the Debian 12 packages kg needs to build and run, when they are missing. Needs root
# (or sudo). Safe to run again: it installs nothing when everything is there.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git python3
  librocksdb-dev libabsl-dev libprotobuf-dev protobuf-compiler
  libgtest-dev libgmock-dev libicu-dev libcli11-dev nlohmann-json3-dev
  liblingua-en-tagger-perl wordnet-base iso-codes zlib1g-dev liblink-grammar-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
