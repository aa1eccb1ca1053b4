#!/bin/sh
# Fuzzes the parser with libFuzzer (ASan + UBSan) for a given time on a seed corpus.
#   scripts/fuzz-parser.sh [SECONDS] [CORPUS_DIR]
# Defaults: 600 seconds; seeds from node_modules/test262-parser-tests copied into
# build/fuzz/corpus (the fuzzer adds what it finds there). Crashing inputs are written to
# build/fuzz/ as crash-*, leak-*, timeout-*; the script exits non-zero if there is one.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_TO_RUN=${1:-600}
BUILD="$ROOT/build/fuzz"
CORPUS=${2:-"$BUILD/corpus"}

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DPETREL_FUZZ=ON \
  -DCMAKE_C_FLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$BUILD" -j2 --target fuzz_parser

if [ ! -d "$CORPUS" ]; then
  mkdir -p "$CORPUS"
  for dir in pass pass-explicit fail early; do
    cp "$ROOT/node_modules/test262-parser-tests/$dir/"*.js "$CORPUS/" 2>/dev/null || true
  done
fi

cd "$BUILD"
exec ./fuzz_parser -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 -max_len=65536 "$CORPUS"
