# The event loop. Natively Petrel links Debian's libuv (petrel_executable in CMakeLists.txt);
# the wasm builds compile wasm/uv/, Petrel's port of the libuv subset it uses, and find its
# uv.h first on the include path. Everything after this file (petrel_core, the CLI, the unit
# tests) is created in the same directory scope, so they all see that header.
if(PETREL_TARGET STREQUAL "wasi" OR PETREL_TARGET STREQUAL "web")
  list(APPEND PETREL_SOURCES
    wasm/uv/async.c
    wasm/uv/errors.c
    wasm/uv/fs.c
    wasm/uv/handles.c
    wasm/uv/loop.c
    wasm/uv/timer.c
    wasm/uv/work.c
    wasm/uv/poll_${PETREL_TARGET}.c)
  include_directories(BEFORE ${CMAKE_CURRENT_SOURCE_DIR}/wasm/uv/include)
endif()
