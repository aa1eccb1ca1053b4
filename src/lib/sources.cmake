# The self-hosted library, embedded into the engine by scripts/gen-library.mjs (the
# generated C file is never committed) and loaded by src/interp/library.c.
find_program(PETREL_NODE node REQUIRED)
file(GLOB PETREL_LIBRARY_JS CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/src/lib/*.js")
set(PETREL_LIBRARY_C "${CMAKE_BINARY_DIR}/generated/library_sources.c")
add_custom_command(
  OUTPUT "${PETREL_LIBRARY_C}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND "${PETREL_NODE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-library.mjs"
          "${CMAKE_CURRENT_SOURCE_DIR}/src/lib" "${PETREL_LIBRARY_C}"
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-library.mjs" ${PETREL_LIBRARY_JS}
  COMMENT "Embedding the self-hosted library"
  VERBATIM)
list(APPEND PETREL_SOURCES
  src/interp/library.c
  "${PETREL_LIBRARY_C}")
