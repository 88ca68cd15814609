#!/usr/bin/env bash
# quickstart.sh [ARTICLES_DIR]: installs what is missing, builds, ingests the articles
# (default: ../shared/seeds) into a fresh store and answers "who denied coordination with whom".
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-../shared/seeds}
scripts/install-deps.sh
scripts/build.sh
rm -rf build/quickstart.db
build/kg ingest --db build/quickstart.db "$articles"
build/kg ask --db build/quickstart.db "who denied coordination with whom"
