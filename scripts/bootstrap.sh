#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test Petrel: the apt packages of
# the toolchain, then the npm dependencies. Idempotent and silent when everything is
# present; fails loudly, naming the missing piece, when something cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  cmake make gcc pkg-config           # the build
  clang lld                           # WASI build (clang --target=wasm32-wasi)
  wasi-libc libclang-rt-14-dev-wasm32 # WASI's C library and wasm32 builtins
  emscripten node-acorn               # web build (Emscripten 3.1.6 needs node-acorn)
  binaryen                            # libbinaryen + binaryen-c.h: the JIT's code generator
  libuv1-dev                          # the native event loop
  wabt                                # wasm-objdump/wasm-validate for inspecting modules
  unicode-data                        # UnicodeData.txt and friends: generated tables
  tzdata                              # /usr/share/zoneinfo: local time zones (libc and TZif)
  bzip2                               # bzcat: unicode-data's NormalizationTest.txt.bz2
)

fail() {
  echo "bootstrap: $*" >&2
  exit 1
}

missing=()
for package in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "bootstrap: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "need root (or sudo) to install: ${missing[*]}"
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >&2 || fail "apt-get update failed"
  if ! "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/petrel-apt.log 2>&1; then
    tail -20 /tmp/petrel-apt.log >&2
    fail "apt-get install failed for: ${missing[*]} (log: /tmp/petrel-apt.log)"
  fi
  for package in "${missing[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      fail "package $package is still missing after apt-get install"
  done
fi

# Tools the build calls by name, checked after installing so the message names the gap.
for tool in cmake clang wasm-ld emcc node npm pkg-config; do
  command -v "$tool" >/dev/null || fail "'$tool' is not on PATH"
done
[[ -f /usr/include/binaryen-c.h ]] || fail "binaryen-c.h is missing (Debian package binaryen)"
[[ -f /usr/include/uv.h ]] || fail "uv.h is missing (Debian package libuv1-dev)"
[[ -f /usr/lib/wasm32-wasi/libc.a ]] || fail "wasi-libc is missing (Debian package wasi-libc)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || fail "node 20 or newer is required, found $(node --version)"

# npm dependencies: `npm ci` when node_modules does not match package-lock.json.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.petrel-lock-hash
if [[ ! -f $stamp || $(cat "$stamp") != "$lock_hash" ]]; then
  echo "bootstrap: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2 || fail "npm ci failed"
  echo "$lock_hash" >"$stamp"
fi
