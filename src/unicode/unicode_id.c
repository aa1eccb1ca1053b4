/* Identifier lookups: a bitmap for ASCII (the hot path), binary search over the generated
 * range tables above it. Invariant: the tables are sorted and non-overlapping, which the
 * generator guarantees by merging. */
#include "unicode/unicode_id.h"

#include "unicode/unicode_id_tables.h"

/* Binary search for the range holding code_point. */
static bool in_ranges(const UnicodeRange *ranges, size_t count, uint32_t code_point) {
  size_t low = 0, high = count;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    if (code_point < ranges[middle].first) high = middle;
    else if (code_point > ranges[middle].last) low = middle + 1;
    else return true;
  }
  return false;
}

static bool ascii_is_letter(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
}

bool unicode_is_id_start(uint32_t code_point) {
  if (code_point < 0x80) return ascii_is_letter(code_point);
  return in_ranges(unicode_id_start_ranges, unicode_id_start_ranges_count, code_point);
}

bool unicode_is_id_continue(uint32_t code_point) {
  if (code_point < 0x80) return ascii_is_letter(code_point) || (code_point >= '0' && code_point <= '9');
  if (code_point == 0x200C || code_point == 0x200D) return true;
  return in_ranges(unicode_id_continue_ranges, unicode_id_continue_ranges_count, code_point);
}

const char *unicode_id_tables_version(void) { return unicode_id_version; }
