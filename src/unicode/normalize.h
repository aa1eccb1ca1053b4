/* Unicode normalization (UAX #15: NFC, NFD, NFKC, NFKD) for String.prototype.normalize, over
 * plain UTF-16 buffers and free of engine types, so it can be tested alone. A lone surrogate
 * is an ordinary code point with no decomposition and passes through unchanged. Tables are
 * generated at build time from Debian's unicode-data (scripts/gen-unicode-normalize.mjs). */
#ifndef PETREL_UNICODE_NORMALIZE_H
#define PETREL_UNICODE_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum UnicodeNormalForm {
  UNICODE_NFC,
  UNICODE_NFD,
  UNICODE_NFKC,
  UNICODE_NFKD,
} UnicodeNormalForm;

typedef enum UnicodeNormalizeStatus {
  UNICODE_NORMALIZE_OK = 0,
  UNICODE_NORMALIZE_BUFFER_TOO_SMALL = -1, /* *out_len holds the length needed; retry */
  UNICODE_NORMALIZE_OUT_OF_MEMORY = -2,    /* scratch for a very long run of marks failed */
} UnicodeNormalizeStatus;

/* Writes form(in[0..in_len)) to out and its length to *out_len; on BUFFER_TOO_SMALL nothing
 * useful is in out but *out_len is the exact capacity to retry with. out may be NULL when
 * out_capacity is 0, so a caller can ask for the length first. */
UnicodeNormalizeStatus unicode_normalize(UnicodeNormalForm form, const uint16_t *in, size_t in_len,
                                         uint16_t *out, size_t out_capacity, size_t *out_len);

/* True when in is already in form (the UAX #15 quick check, completed by a full pass only
 * when it answers Maybe), so a caller can return the original string without copying. */
bool unicode_is_normalized(UnicodeNormalForm form, const uint16_t *in, size_t in_len);

/* The Unicode version the tables were generated from, e.g. "15.0.0". */
const char *unicode_normalize_tables_version(void);

#endif
