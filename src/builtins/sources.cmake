# The C intrinsics self-hosted library code calls ($Name(...)), and the case-mapping tables
# behind toUpperCase/toLowerCase, generated at build time from Debian's unicode-data by
# scripts/gen-case-tables.mjs (never committed).
find_program(PETREL_NODE node REQUIRED)
set(PETREL_UNICODE_DIR "/usr/share/unicode" CACHE PATH
    "Directory of the Unicode data files (Debian package unicode-data)")
set(PETREL_BUILTINS_CASE_TABLES "${CMAKE_BINARY_DIR}/generated/builtins_case_tables.c")
add_custom_command(
  OUTPUT "${PETREL_BUILTINS_CASE_TABLES}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND "${PETREL_NODE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-case-tables.mjs"
          "${PETREL_UNICODE_DIR}" "${PETREL_BUILTINS_CASE_TABLES}"
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-case-tables.mjs"
          "${PETREL_UNICODE_DIR}/UnicodeData.txt" "${PETREL_UNICODE_DIR}/SpecialCasing.txt"
          "${PETREL_UNICODE_DIR}/DerivedCoreProperties.txt"
  COMMENT "Generating case-mapping tables"
  VERBATIM)
list(APPEND PETREL_SOURCES
  src/builtins/builtins_util.c
  src/builtins/intrinsics_table.c
  src/builtins/intrinsics_object.c
  src/builtins/intrinsics_string.c
  src/builtins/intrinsics_number.c
  src/builtins/intrinsics_bigint.c
  src/builtins/intrinsics_misc.c
  src/builtins/intrinsics_module.c
  src/builtins/intrinsics_regexp.c
  src/builtins/intrinsics_collections.c
  src/builtins/intrinsics_json.c
  "${PETREL_BUILTINS_CASE_TABLES}")
