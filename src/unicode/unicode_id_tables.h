/* The shape of the generated identifier tables (build/<preset>/generated/unicode_id_tables.c,
 * written by scripts/gen-unicode-id.mjs). Private to src/unicode/: others call unicode_id.h. */
#ifndef PETREL_UNICODE_ID_TABLES_H
#define PETREL_UNICODE_ID_TABLES_H

#include <stddef.h>
#include <stdint.h>

/* One inclusive run of code points with the same property. */
typedef struct UnicodeRange {
  uint32_t first, last;
} UnicodeRange;

extern const UnicodeRange unicode_id_start_ranges[];
extern const size_t unicode_id_start_ranges_count;
extern const UnicodeRange unicode_id_continue_ranges[];
extern const size_t unicode_id_continue_ranges_count;
extern const char unicode_id_version[];

#endif
