/* UTF-8 ⇄ UTF-16 conversion over plain buffers, free of engine types (STYLE.md: separable
 * libraries take buffers and lengths), so it can be tested and reused alone.
 *
 * Decoding follows the WHATWG Encoding Standard's UTF-8 decoder: each maximal subpart of an
 * ill-formed sequence becomes one U+FFFD (Unicode 15, §3.9 "U+FFFD Substitution of Maximal
 * Subparts"), exactly what TextDecoder and node's Buffer#toString produce.
 * Encoding turns a lone surrogate into U+FFFD (what node writes to stdout and what
 * TextEncoder does) unless the caller asks for WTF-8, which keeps it as its 3-byte form.
 * Invariant: every function is total — any input bytes or code units are accepted. */
#ifndef PETREL_BASE_UTF8_H
#define PETREL_BASE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT_CHARACTER 0xFFFDu

/* Decodes one code point at src[*position] and advances *position past it (or past the
 * maximal subpart, returning U+FFFD); *position must be < length. The core of the decoder. */
uint32_t utf8_decode_next(const uint8_t *src, size_t length, size_t *position);

/* Number of UTF-16 code units the bytes decode to, never more than `length`; sets
 * *out_max_unit to the largest unit (0 for empty input) so callers can pick Latin-1. */
size_t utf8_utf16_length(const uint8_t *src, size_t length, uint16_t *out_max_unit);

/* Decodes into dst (room for utf8_utf16_length units); returns the units written. */
size_t utf8_to_utf16(const uint8_t *src, size_t length, uint16_t *dst);

/* Decodes into one byte per unit; only valid when every unit is below 256 (see
 * utf8_utf16_length's max unit). Returns the bytes written. */
size_t utf8_to_latin1(const uint8_t *src, size_t length, uint8_t *dst);

/* Bytes needed to encode UTF-16 units as UTF-8 (lone surrogates as U+FFFD, or kept as
 * WTF-8 when `preserve_surrogates`). */
size_t utf8_length_from_utf16(const uint16_t *src, size_t length, bool preserve_surrogates);

/* Encodes UTF-16 units into dst (room for utf8_length_from_utf16 bytes); pairs become one
 * 4-byte sequence. Returns the bytes written. */
size_t utf8_from_utf16(const uint16_t *src, size_t length, uint8_t *dst, bool preserve_surrogates);

/* Bytes needed to encode Latin-1 text as UTF-8. */
size_t utf8_length_from_latin1(const uint8_t *src, size_t length);

/* Encodes Latin-1 text as UTF-8; returns the bytes written. */
size_t utf8_from_latin1(const uint8_t *src, size_t length, uint8_t *dst);

#endif
