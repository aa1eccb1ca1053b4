# The RegExp engine (src/regexp): compiler, matcher, sets and case folding, property escapes,
# over tables generated at build time from Debian's unicode-data (never committed):
# scripts/gen-unicode-case.mjs (case-folding orbits) and scripts/gen-unicode-sets.mjs
# (\p{...} code-point sets and emoji string properties).
find_program(PETREL_NODE node REQUIRED)
set(PETREL_UNICODE_DIR "/usr/share/unicode" CACHE PATH "Debian's unicode-data directory")
set(PETREL_REGEXP_CASE_TABLES "${CMAKE_BINARY_DIR}/generated/regexp_case_tables.c")
set(PETREL_REGEXP_PROPERTY_SETS "${CMAKE_BINARY_DIR}/generated/regexp_property_sets.c")
add_custom_command(
  OUTPUT "${PETREL_REGEXP_CASE_TABLES}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND "${PETREL_NODE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-case.mjs"
          "${PETREL_UNICODE_DIR}" "${PETREL_REGEXP_CASE_TABLES}"
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-case.mjs"
          "${PETREL_UNICODE_DIR}/CaseFolding.txt" "${PETREL_UNICODE_DIR}/UnicodeData.txt"
          "${PETREL_UNICODE_DIR}/SpecialCasing.txt"
  COMMENT "Generating RegExp case tables"
  VERBATIM)
add_custom_command(
  OUTPUT "${PETREL_REGEXP_PROPERTY_SETS}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND "${PETREL_NODE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-sets.mjs"
          "${PETREL_UNICODE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}/src/unicode/binary_properties.def"
          "${PETREL_REGEXP_PROPERTY_SETS}"
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-sets.mjs"
          "${CMAKE_CURRENT_SOURCE_DIR}/src/unicode/binary_properties.def"
          "${PETREL_UNICODE_DIR}/PropertyValueAliases.txt" "${PETREL_UNICODE_DIR}/Scripts.txt"
          "${PETREL_UNICODE_DIR}/ScriptExtensions.txt" "${PETREL_UNICODE_DIR}/PropList.txt"
          "${PETREL_UNICODE_DIR}/DerivedCoreProperties.txt"
          "${PETREL_UNICODE_DIR}/extracted/DerivedGeneralCategory.txt"
          "${PETREL_UNICODE_DIR}/emoji/emoji-data.txt" "${PETREL_UNICODE_DIR}/emoji/emoji-sequences.txt"
  COMMENT "Generating RegExp property sets"
  VERBATIM)
list(APPEND PETREL_SOURCES
  src/regexp/regexp_compile.c
  src/regexp/regexp_exec.c
  src/regexp/regexp_property.c
  src/regexp/regexp_unicode.c
  "${PETREL_REGEXP_CASE_TABLES}"
  "${PETREL_REGEXP_PROPERTY_SETS}")
