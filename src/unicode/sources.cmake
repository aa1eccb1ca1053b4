# Unicode tables: the lookups in unicode_id.c over tables generated at build time from
# Debian's unicode-data by scripts/gen-unicode-id.mjs (never committed).
find_program(PETREL_NODE node REQUIRED)
set(PETREL_UNICODE_DATA "/usr/share/unicode/DerivedCoreProperties.txt" CACHE FILEPATH
    "Unicode DerivedCoreProperties.txt (Debian package unicode-data)")
set(PETREL_UNICODE_ID_TABLES "${CMAKE_BINARY_DIR}/generated/unicode_id_tables.c")
add_custom_command(
  OUTPUT "${PETREL_UNICODE_ID_TABLES}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND "${PETREL_NODE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-id.mjs"
          "${PETREL_UNICODE_DATA}" "${PETREL_UNICODE_ID_TABLES}"
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-id.mjs" "${PETREL_UNICODE_DATA}"
  COMMENT "Generating Unicode identifier tables"
  VERBATIM)
list(APPEND PETREL_SOURCES
  src/unicode/unicode_id.c
  "${PETREL_UNICODE_ID_TABLES}")

# Property names for RegExp \p{...}, from PropertyValueAliases.txt.
set(PETREL_UNICODE_PROPERTY_ALIASES "/usr/share/unicode/PropertyValueAliases.txt" CACHE FILEPATH
    "Unicode PropertyValueAliases.txt (Debian package unicode-data)")
set(PETREL_UNICODE_PROPERTY_NAMES "${CMAKE_BINARY_DIR}/generated/unicode_property_names.c")
add_custom_command(
  OUTPUT "${PETREL_UNICODE_PROPERTY_NAMES}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND "${PETREL_NODE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-properties.mjs"
          "${PETREL_UNICODE_PROPERTY_ALIASES}" "${PETREL_UNICODE_PROPERTY_NAMES}"
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-properties.mjs" "${PETREL_UNICODE_PROPERTY_ALIASES}"
  COMMENT "Generating Unicode property names"
  VERBATIM)
list(APPEND PETREL_SOURCES
  src/unicode/unicode_property.c
  "${PETREL_UNICODE_PROPERTY_NAMES}")

# Normalization (UAX #15) for String.prototype.normalize: src/unicode/normalize.c over tables
# generated from UnicodeData.txt and DerivedNormalizationProps.txt by
# scripts/gen-unicode-normalize.mjs (never committed).
set(PETREL_UNICODE_DATA_TXT "/usr/share/unicode/UnicodeData.txt" CACHE FILEPATH
    "Unicode UnicodeData.txt (Debian package unicode-data)")
set(PETREL_UNICODE_NORMALIZATION_PROPS "/usr/share/unicode/DerivedNormalizationProps.txt" CACHE FILEPATH
    "Unicode DerivedNormalizationProps.txt (Debian package unicode-data)")
set(PETREL_UNICODE_NORMALIZE_TABLES "${CMAKE_BINARY_DIR}/generated/unicode_normalize_tables.c")
add_custom_command(
  OUTPUT "${PETREL_UNICODE_NORMALIZE_TABLES}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND "${PETREL_NODE}" "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-normalize.mjs"
          "${PETREL_UNICODE_DATA_TXT}" "${PETREL_UNICODE_NORMALIZATION_PROPS}"
          "${PETREL_UNICODE_NORMALIZE_TABLES}"
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/scripts/gen-unicode-normalize.mjs" "${PETREL_UNICODE_DATA_TXT}"
          "${PETREL_UNICODE_NORMALIZATION_PROPS}"
  COMMENT "Generating Unicode normalization tables"
  VERBATIM)
list(APPEND PETREL_SOURCES
  src/unicode/normalize.c
  "${PETREL_UNICODE_NORMALIZE_TABLES}")
