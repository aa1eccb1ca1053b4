/* Identifier classification for the lexer (ECMAScript 12.7 Names and Keywords), over plain
 * code points and free of engine types, so it can be tested alone. Tables are generated at
 * build time from Debian's unicode-data (scripts/gen-unicode-id.mjs). */
#ifndef PETREL_UNICODE_ID_H
#define PETREL_UNICODE_ID_H

#include <stdbool.h>
#include <stdint.h>

/* IdentifierStartChar: ID_Start, '$' or '_' (the code point, not an escape). */
bool unicode_is_id_start(uint32_t code_point);

/* IdentifierPartChar: ID_Continue, '$', U+200C ZWNJ or U+200D ZWJ. */
bool unicode_is_id_continue(uint32_t code_point);

/* The Unicode version the tables were generated from, e.g. "15.0.0". */
const char *unicode_id_tables_version(void);

#endif
