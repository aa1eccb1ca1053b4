# Toolchain for the WASI command: Debian's clang-14 + lld, wasi-libc in /usr (sysroot
# headers in /usr/include/wasm32-wasi, libraries in /usr/lib/wasm32-wasi) and the wasm32
# builtins from libclang-rt-14-dev-wasm32.
set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
set(CMAKE_C_COMPILER clang)
set(CMAKE_C_COMPILER_TARGET wasm32-wasi)
set(CMAKE_C_COMPILER_WORKS ON)  # try_compile cannot link a WASI command without a main
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# The VM stack lives in linear memory, but C still needs a real stack for the parser.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-Wl,-z,stack-size=4194304")
# Unit tests and the CLI run under node:wasi through host-js.
set(CMAKE_CROSSCOMPILING_EMULATOR "node;${CMAKE_CURRENT_LIST_DIR}/../host-js/bin/run-wasi.mjs")
