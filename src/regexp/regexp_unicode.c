/* Code-point sets and case folding for the RegExp engine. A set is a sorted list of
 * disjoint, non-adjacent ranges; the compiler builds every character class, escape and v-flag
 * set operation with these functions, and the matcher tests membership by binary search.
 * Case-insensitive matching (22.2.2.7.3 Canonicalize) is reduced to "orbits": the characters
 * sharing a canonical value, from tables scripts/gen-unicode-case.mjs generates. */
#include "regexp/regexp_internal.h"

#include <stdlib.h>
#include <string.h>

extern const uint32_t re_fold_pairs[];
extern const size_t re_fold_pairs_count;
extern const uint32_t re_orbit_unicode_index[];
extern const size_t re_orbit_unicode_index_count;
extern const uint32_t re_orbit_unicode_members[];
extern const uint32_t re_orbit_legacy_index[];
extern const size_t re_orbit_legacy_index_count;
extern const uint32_t re_orbit_legacy_members[];

void re_set_init(ReCharSet *set) { memset(set, 0, sizeof *set); }

void re_set_free(ReCharSet *set) {
  free(set->ranges);
  re_set_init(set);
}

static bool reserve(ReCharSet *set, size_t count) {
  if (count <= set->capacity) return true;
  size_t capacity = set->capacity ? set->capacity * 2 : 8;
  while (capacity < count) capacity *= 2;
  uint32_t *ranges = realloc(set->ranges, capacity * 2 * sizeof *ranges);
  if (ranges == NULL) return false;
  set->ranges = ranges;
  set->capacity = capacity;
  return true;
}

/* Inserts [low, high] keeping the ranges sorted and merged. */
bool re_set_add_range(ReCharSet *set, uint32_t low, uint32_t high) {
  if (low > high) return true;
  size_t n = set->count;
  /* Fast path: appending in order, which is how most sets are built. */
  if (n == 0 || set->ranges[2 * n - 1] + 1 < low) {
    if (!reserve(set, n + 1)) return false;
    set->ranges[2 * n] = low;
    set->ranges[2 * n + 1] = high;
    set->count++;
    return true;
  }
  size_t first = 0; /* first range that touches or follows [low, high] */
  while (first < n && set->ranges[2 * first + 1] + 1 < low) first++;
  size_t last = first; /* one past the last range merged */
  while (last < n && set->ranges[2 * last] <= (high == UINT32_MAX ? high : high + 1)) last++;
  if (first == last) {
    if (!reserve(set, n + 1)) return false;
    memmove(&set->ranges[2 * first + 2], &set->ranges[2 * first], (n - first) * 2 * sizeof(uint32_t));
    set->ranges[2 * first] = low;
    set->ranges[2 * first + 1] = high;
    set->count++;
    return true;
  }
  uint32_t new_low = set->ranges[2 * first] < low ? set->ranges[2 * first] : low;
  uint32_t new_high = set->ranges[2 * last - 1] > high ? set->ranges[2 * last - 1] : high;
  set->ranges[2 * first] = new_low;
  set->ranges[2 * first + 1] = new_high;
  memmove(&set->ranges[2 * first + 2], &set->ranges[2 * last], (n - last) * 2 * sizeof(uint32_t));
  set->count = n - (last - first - 1);
  return true;
}

bool re_set_add_set(ReCharSet *set, const ReCharSet *other) {
  for (size_t i = 0; i < other->count; i++)
    if (!re_set_add_range(set, other->ranges[2 * i], other->ranges[2 * i + 1])) return false;
  return true;
}

/* The complement within [0, max]. */
bool re_set_invert(ReCharSet *set, uint32_t max) {
  ReCharSet result;
  re_set_init(&result);
  uint32_t next = 0;
  bool ok = true;
  for (size_t i = 0; i < set->count && ok; i++) {
    if (set->ranges[2 * i] > next) ok = re_set_add_range(&result, next, set->ranges[2 * i] - 1);
    next = set->ranges[2 * i + 1] + 1;
  }
  if (ok && next <= max && (set->count == 0 || set->ranges[2 * set->count - 1] < max))
    ok = re_set_add_range(&result, next, max);
  if (!ok) {
    re_set_free(&result);
    return false;
  }
  re_set_free(set);
  *set = result;
  return true;
}

bool re_set_intersect(ReCharSet *set, const ReCharSet *other) {
  ReCharSet result;
  re_set_init(&result);
  size_t i = 0, j = 0;
  while (i < set->count && j < other->count) {
    uint32_t low = set->ranges[2 * i] > other->ranges[2 * j] ? set->ranges[2 * i] : other->ranges[2 * j];
    uint32_t high_a = set->ranges[2 * i + 1], high_b = other->ranges[2 * j + 1];
    uint32_t high = high_a < high_b ? high_a : high_b;
    if (low <= high && !re_set_add_range(&result, low, high)) {
      re_set_free(&result);
      return false;
    }
    if (high_a < high_b) i++;
    else j++;
  }
  re_set_free(set);
  *set = result;
  return true;
}

bool re_set_subtract(ReCharSet *set, const ReCharSet *other) {
  ReCharSet inverse;
  re_set_init(&inverse);
  bool ok = re_set_add_set(&inverse, other) && re_set_invert(&inverse, 0x10FFFF) && re_set_intersect(set, &inverse);
  re_set_free(&inverse);
  return ok;
}

bool re_set_contains(const ReCharSet *set, uint32_t ch) {
  size_t low = 0, high = set->count;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    if (ch < set->ranges[2 * middle]) high = middle;
    else if (ch > set->ranges[2 * middle + 1]) low = middle + 1;
    else return true;
  }
  return false;
}

/* 22.2.2.9.3 CharacterClassEscape :: d */
bool re_set_add_digits(ReCharSet *set) { return re_set_add_range(set, '0', '9'); }

/* 22.2.2.9.3 CharacterClassEscape :: s — WhiteSpace (12.2) and LineTerminator (12.3). */
bool re_set_add_spaces(ReCharSet *set) {
  static const uint32_t ranges[] = {0x09, 0x0D, 0x20, 0x20, 0xA0, 0xA0, 0x1680, 0x1680, 0x2000, 0x200A,
                                    0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000, 0xFEFF, 0xFEFF};
  for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i += 2)
    if (!re_set_add_range(set, ranges[i], ranges[i + 1])) return false;
  return true;
}

/* 22.2.2.9.4 WordCharacters: [A-Za-z0-9_], plus with u/v and i the characters whose
 * simple case folding is one of those (U+017F, U+212A). */
bool re_set_add_word(ReCharSet *set, bool unicode_word) {
  bool ok = re_set_add_range(set, '0', '9') && re_set_add_range(set, 'A', 'Z') && re_set_add_range(set, '_', '_') &&
            re_set_add_range(set, 'a', 'z');
  if (ok && unicode_word) ok = re_set_add_range(set, 0x17F, 0x17F) && re_set_add_range(set, 0x212A, 0x212A);
  return ok;
}

static const uint32_t *find_pair(const uint32_t *pairs, size_t count, uint32_t ch) {
  size_t low = 0, high = count;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    if (pairs[2 * middle] == ch) return &pairs[2 * middle];
    if (pairs[2 * middle] < ch) low = middle + 1;
    else high = middle;
  }
  return NULL;
}

uint32_t re_simple_fold(uint32_t ch) {
  const uint32_t *pair = find_pair(re_fold_pairs, re_fold_pairs_count, ch);
  return pair ? pair[1] : ch;
}

size_t re_case_orbit(uint32_t ch, bool unicode, const uint32_t **members) {
  const uint32_t *pair = unicode ? find_pair(re_orbit_unicode_index, re_orbit_unicode_index_count, ch)
                                 : find_pair(re_orbit_legacy_index, re_orbit_legacy_index_count, ch);
  if (pair == NULL) return 0;
  const uint32_t *base = unicode ? re_orbit_unicode_members : re_orbit_legacy_members;
  *members = &base[pair[1] + 1];
  return base[pair[1]];
}

/* 22.2.2.9 MaybeSimpleCaseFolding: code points with a folding leave, their foldings come in. */
bool re_set_fold(ReCharSet *set, bool add_images) {
  ReCharSet folded, domain;
  re_set_init(&folded);
  re_set_init(&domain);
  bool ok = true;
  for (size_t i = 0; i < re_fold_pairs_count && ok; i++) {
    uint32_t from = re_fold_pairs[2 * i], to = re_fold_pairs[2 * i + 1];
    ok = re_set_add_range(&domain, from, from);
    if (ok && add_images && re_set_contains(set, from)) ok = re_set_add_range(&folded, to, to);
  }
  ok = ok && re_set_subtract(set, &domain) && re_set_add_set(set, &folded);
  re_set_free(&folded);
  re_set_free(&domain);
  return ok;
}

bool re_set_close_case(ReCharSet *set, bool unicode) {
  const uint32_t *index = unicode ? re_orbit_unicode_index : re_orbit_legacy_index;
  size_t count = unicode ? re_orbit_unicode_index_count : re_orbit_legacy_index_count;
  const uint32_t *base = unicode ? re_orbit_unicode_members : re_orbit_legacy_members;
  ReCharSet added;
  re_set_init(&added);
  bool ok = true;
  for (size_t i = 0; i < count && ok; i++) {
    uint32_t offset = index[2 * i + 1];
    if (base[offset + 1] != index[2 * i]) continue; /* visit each orbit once, at its first member */
    uint32_t n = base[offset];
    bool meets = false;
    for (uint32_t k = 0; k < n && !meets; k++) meets = re_set_contains(set, base[offset + 1 + k]);
    for (uint32_t k = 0; k < n && meets && ok; k++) ok = re_set_add_range(&added, base[offset + 1 + k], base[offset + 1 + k]);
  }
  ok = ok && re_set_add_set(set, &added);
  re_set_free(&added);
  return ok;
}
