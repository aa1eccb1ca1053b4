/* UTF-8 ⇄ UTF-16 conversion (see utf8.h). The decoder is the WHATWG state machine written
 * as "read a lead byte, then check each continuation against its allowed range": the first
 * byte that does not fit ends the maximal subpart, yields U+FFFD and is read again as a
 * new lead byte. Invariant: decoding never reads past `length` and never emits a surrogate
 * pair for an invalid sequence. */
#include "base/utf8.h"

uint32_t utf8_decode_next(const uint8_t *src, size_t length, size_t *position) {
  size_t at = *position;
  uint8_t lead = src[at++];
  if (lead < 0x80) {
    *position = at;
    return lead;
  }
  uint32_t needed, code_point;
  uint8_t lower = 0x80, upper = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 1;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    /* Encoding Standard 4.2 UTF-8 decoder: E0 excludes overlongs, ED excludes surrogates. */
    if (lead == 0xE0) lower = 0xA0;
    if (lead == 0xED) upper = 0x9F;
    needed = 2;
    code_point = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    /* F0 excludes overlongs, F4 code points past U+10FFFF. */
    if (lead == 0xF0) lower = 0x90;
    if (lead == 0xF4) upper = 0x8F;
    needed = 3;
    code_point = lead & 0x07;
  } else {
    *position = at; /* 80..C1, F5..FF: never a lead byte */
    return UTF8_REPLACEMENT_CHARACTER;
  }
  while (needed > 0) {
    if (at >= length || src[at] < lower || src[at] > upper) {
      *position = at; /* the offending byte is not consumed */
      return UTF8_REPLACEMENT_CHARACTER;
    }
    code_point = (code_point << 6) | (src[at++] & 0x3F);
    lower = 0x80;
    upper = 0xBF;
    needed--;
  }
  *position = at;
  return code_point;
}

size_t utf8_utf16_length(const uint8_t *src, size_t length, uint16_t *out_max_unit) {
  size_t units = 0, at = 0;
  uint32_t max_unit = 0;
  while (at < length) {
    uint32_t code_point = utf8_decode_next(src, length, &at);
    if (code_point >= 0x10000) {
      units += 2;
      uint32_t trail = 0xDC00 + ((code_point - 0x10000) & 0x3FF); /* above any lead surrogate */
      if (trail > max_unit) max_unit = trail;
    } else {
      units++;
      if (code_point > max_unit) max_unit = code_point;
    }
  }
  if (out_max_unit != NULL) *out_max_unit = (uint16_t)max_unit;
  return units;
}

size_t utf8_to_utf16(const uint8_t *src, size_t length, uint16_t *dst) {
  size_t written = 0, at = 0;
  while (at < length) {
    uint32_t code_point = utf8_decode_next(src, length, &at);
    if (code_point >= 0x10000) {
      code_point -= 0x10000;
      dst[written++] = (uint16_t)(0xD800 + (code_point >> 10));
      dst[written++] = (uint16_t)(0xDC00 + (code_point & 0x3FF));
    } else {
      dst[written++] = (uint16_t)code_point;
    }
  }
  return written;
}

size_t utf8_to_latin1(const uint8_t *src, size_t length, uint8_t *dst) {
  size_t written = 0, at = 0;
  while (at < length) dst[written++] = (uint8_t)utf8_decode_next(src, length, &at);
  return written;
}

static bool is_lead_surrogate(uint16_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
static bool is_trail_surrogate(uint16_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

/* The code point starting at src[*at] (a pair counts as one) and how many units it took. */
static uint32_t next_code_point(const uint16_t *src, size_t length, size_t *at, bool preserve) {
  uint16_t unit = src[(*at)++];
  if (is_lead_surrogate(unit) && *at < length && is_trail_surrogate(src[*at])) {
    uint16_t trail = src[(*at)++];
    return 0x10000 + (((uint32_t)unit - 0xD800) << 10) + ((uint32_t)trail - 0xDC00);
  }
  if (!preserve && (is_lead_surrogate(unit) || is_trail_surrogate(unit))) {
    return UTF8_REPLACEMENT_CHARACTER;
  }
  return unit;
}

static size_t encoded_length(uint32_t code_point) {
  return code_point < 0x80 ? 1 : code_point < 0x800 ? 2 : code_point < 0x10000 ? 3 : 4;
}

size_t utf8_length_from_utf16(const uint16_t *src, size_t length, bool preserve_surrogates) {
  size_t bytes = 0, at = 0;
  while (at < length) bytes += encoded_length(next_code_point(src, length, &at, preserve_surrogates));
  return bytes;
}

size_t utf8_from_utf16(const uint16_t *src, size_t length, uint8_t *dst, bool preserve_surrogates) {
  size_t written = 0, at = 0;
  while (at < length) {
    uint32_t code_point = next_code_point(src, length, &at, preserve_surrogates);
    if (code_point < 0x80) {
      dst[written++] = (uint8_t)code_point;
    } else if (code_point < 0x800) {
      dst[written++] = (uint8_t)(0xC0 | (code_point >> 6));
      dst[written++] = (uint8_t)(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
      dst[written++] = (uint8_t)(0xE0 | (code_point >> 12));
      dst[written++] = (uint8_t)(0x80 | ((code_point >> 6) & 0x3F));
      dst[written++] = (uint8_t)(0x80 | (code_point & 0x3F));
    } else {
      dst[written++] = (uint8_t)(0xF0 | (code_point >> 18));
      dst[written++] = (uint8_t)(0x80 | ((code_point >> 12) & 0x3F));
      dst[written++] = (uint8_t)(0x80 | ((code_point >> 6) & 0x3F));
      dst[written++] = (uint8_t)(0x80 | (code_point & 0x3F));
    }
  }
  return written;
}

size_t utf8_length_from_latin1(const uint8_t *src, size_t length) {
  size_t bytes = length;
  for (size_t i = 0; i < length; i++) bytes += src[i] >> 7;
  return bytes;
}

size_t utf8_from_latin1(const uint8_t *src, size_t length, uint8_t *dst) {
  size_t written = 0;
  for (size_t i = 0; i < length; i++) {
    if (src[i] < 0x80) {
      dst[written++] = src[i];
    } else {
      dst[written++] = (uint8_t)(0xC0 | (src[i] >> 6));
      dst[written++] = (uint8_t)(0x80 | (src[i] & 0x3F));
    }
  }
  return written;
}
