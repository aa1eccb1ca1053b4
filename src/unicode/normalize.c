/* Unicode normalization, UAX #15. The input is cut into segments that start at a code point
 * whose decomposition begins with a starter that cannot combine with anything before it (the
 * generator marks these per form), so no decomposition, reordering or composition crosses a
 * segment boundary and each segment is normalized alone: decomposed into a scratch array
 * (mappings are pre-flattened, Hangul is algorithmic), each run of non-starters stably sorted
 * by Canonical_Combining_Class, then, for NFC/NFKC, canonically composed in place. Segments
 * are usually a few code points long and fit a fixed array; a longer one (a long run of
 * marks) grows a heap array. Output is always counted, and written only while it fits.
 * Scratch entries hold code point | ccc << 24, so sorting never looks the class up again. */
#include "unicode/normalize.h"

#include <stdlib.h>
#include <string.h>

/* The generated tables (build/<preset>/generated/unicode_normalize_tables.c), declared here
 * exactly as scripts/gen-unicode-normalize.mjs writes them. */
extern const char unicode_normalize_version[];
extern const unsigned unicode_normalize_block_shift;
extern const uint16_t unicode_normalize_stage1[];
extern const uint16_t unicode_normalize_stage2[];
extern const uint32_t unicode_normalize_records[][3];
extern const uint32_t unicode_normalize_mappings[];
extern const uint32_t unicode_normalize_compositions[][3];
extern const size_t unicode_normalize_compositions_count;

/* Record flag bits (word 0 >> 8), as the generator defines them. */
enum {
  FLAG_NFD_NO = 1 << 0,
  FLAG_NFKD_NO = 1 << 1,
  FLAG_NFC_NO = 1 << 2,
  FLAG_NFC_MAYBE = 1 << 3,
  FLAG_NFKC_NO = 1 << 4,
  FLAG_NFKC_MAYBE = 1 << 5,
  FLAG_COMBINES_BACKWARD = 1 << 6,
  FLAG_BOUNDARY_NFD = 1 << 7,
  FLAG_BOUNDARY_NFKD = 1 << 8,
  FLAG_BOUNDARY_NFC = 1 << 9,
  FLAG_BOUNDARY_NFKC = 1 << 10,
};

/* Hangul syllable arithmetic (Unicode 3.12 Conjoining Jamo Behavior). */
enum {
  S_BASE = 0xAC00,
  L_BASE = 0x1100,
  V_BASE = 0x1161,
  T_BASE = 0x11A7,
  L_COUNT = 19,
  V_COUNT = 21,
  T_COUNT = 28,
  N_COUNT = V_COUNT * T_COUNT,
  S_COUNT = L_COUNT * N_COUNT,
};

#define CCC_SHIFT 24
#define CODE_POINT_MASK 0xFFFFFFu
#define INLINE_SCRATCH 64
#define SORT_RUN_SMALL 16

typedef struct FormInfo {
  bool compose, compatibility;
  uint32_t no_flag, maybe_flag, boundary_flag;
  uint32_t quick_below; /* every code point below this is in the form and has ccc 0 */
} FormInfo;

static const FormInfo FORMS[] = {
    [UNICODE_NFC] = {true, false, FLAG_NFC_NO, FLAG_NFC_MAYBE, FLAG_BOUNDARY_NFC, 0x300},
    [UNICODE_NFD] = {false, false, FLAG_NFD_NO, 0, FLAG_BOUNDARY_NFD, 0xC0},
    [UNICODE_NFKC] = {true, true, FLAG_NFKC_NO, FLAG_NFKC_MAYBE, FLAG_BOUNDARY_NFKC, 0xA0},
    [UNICODE_NFKD] = {false, true, FLAG_NFKD_NO, 0, FLAG_BOUNDARY_NFKD, 0xA0},
};

/* Where the normalized units go: into out while they fit, or compared with `expected`. */
typedef struct Sink {
  uint16_t *out;
  size_t capacity, length;
  const uint16_t *expected; /* non-NULL: compare mode (unicode_is_normalized) */
  size_t expected_length;
  bool differs;
} Sink;

typedef struct Scratch {
  uint32_t *entries;
  size_t count, capacity;
  uint32_t *sort_buffer; /* as long as entries once the heap is in use */
  uint32_t inline_entries[INLINE_SCRATCH];
  uint32_t inline_sort[INLINE_SCRATCH];
} Scratch;

static const uint32_t *record_of(uint32_t cp) {
  unsigned shift = unicode_normalize_block_shift;
  uint32_t block = unicode_normalize_stage1[cp >> shift];
  uint32_t index = unicode_normalize_stage2[(block << shift) | (cp & ((1u << shift) - 1))];
  return unicode_normalize_records[index];
}

static uint32_t ccc_of(const uint32_t *record) { return record[0] & 0xFF; }
static uint32_t flags_of(const uint32_t *record) { return record[0] >> 8; }

/* Reads the code point at in[*i] (a lone surrogate is itself) and advances *i. */
static uint32_t next_code_point(const uint16_t *in, size_t len, size_t *i) {
  uint32_t unit = in[(*i)++];
  if (unit >= 0xD800 && unit <= 0xDBFF && *i < len && in[*i] >= 0xDC00 && in[*i] <= 0xDFFF) {
    return 0x10000 + ((unit - 0xD800) << 10) + (uint32_t)(in[(*i)++] - 0xDC00);
  }
  return unit;
}

static void sink_unit(Sink *sink, uint16_t unit) {
  if (sink->expected != NULL) {
    if (sink->length >= sink->expected_length || sink->expected[sink->length] != unit) sink->differs = true;
  } else if (sink->length < sink->capacity) {
    sink->out[sink->length] = unit;
  }
  sink->length++;
}

static void sink_code_point(Sink *sink, uint32_t cp) {
  if (cp >= 0x10000) {
    sink_unit(sink, (uint16_t)(0xD800 + ((cp - 0x10000) >> 10)));
    sink_unit(sink, (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
  } else {
    sink_unit(sink, (uint16_t)cp);
  }
}

static bool scratch_reserve(Scratch *scratch, size_t extra) {
  if (scratch->count + extra <= scratch->capacity) return true;
  size_t capacity = scratch->capacity * 2;
  while (capacity < scratch->count + extra) capacity *= 2;
  if (capacity > SIZE_MAX / sizeof(uint32_t) / 2) return false;
  uint32_t *grown = malloc(capacity * 2 * sizeof(uint32_t));
  if (grown == NULL) return false;
  memcpy(grown, scratch->entries, scratch->count * sizeof(uint32_t));
  if (scratch->entries != scratch->inline_entries) free(scratch->entries);
  scratch->entries = grown;
  scratch->sort_buffer = grown + capacity;
  scratch->capacity = capacity;
  return true;
}

static bool scratch_push(Scratch *scratch, uint32_t cp, uint32_t ccc) {
  if (!scratch_reserve(scratch, 1)) return false;
  scratch->entries[scratch->count++] = cp | ccc << CCC_SHIFT;
  return true;
}

/* Appends the full decomposition of cp under the form (the code point itself if none). */
static bool append_decomposition(Scratch *scratch, uint32_t cp, const uint32_t *record,
                                 const FormInfo *form) {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    uint32_t s = cp - S_BASE;
    if (!scratch_push(scratch, L_BASE + s / N_COUNT, 0)) return false;
    if (!scratch_push(scratch, V_BASE + (s % N_COUNT) / T_COUNT, 0)) return false;
    if (s % T_COUNT != 0 && !scratch_push(scratch, T_BASE + s % T_COUNT, 0)) return false;
    return true;
  }
  uint32_t mapping = form->compatibility ? record[2] : record[1];
  uint32_t length = mapping >> 24;
  if (length == 0) return scratch_push(scratch, cp, ccc_of(record));
  if (!scratch_reserve(scratch, length)) return false;
  const uint32_t *parts = unicode_normalize_mappings + (mapping & CODE_POINT_MASK);
  for (uint32_t k = 0; k < length; k++) {
    scratch->entries[scratch->count++] = parts[k] | ccc_of(record_of(parts[k])) << CCC_SHIFT;
  }
  return true;
}

/* Stable sort of entries[0..n) by ccc: insertion for short runs, bottom-up merge otherwise
 * (a long run of marks must not cost n^2). */
static void sort_run(uint32_t *entries, uint32_t *buffer, size_t n) {
  if (n <= SORT_RUN_SMALL) {
    for (size_t i = 1; i < n; i++) {
      uint32_t entry = entries[i];
      size_t j = i;
      while (j > 0 && (entries[j - 1] >> CCC_SHIFT) > (entry >> CCC_SHIFT)) {
        entries[j] = entries[j - 1];
        j--;
      }
      entries[j] = entry;
    }
    return;
  }
  uint32_t *from = entries, *to = buffer;
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t a = lo, b = mid, k = lo;
      while (a < mid && b < hi) to[k++] = (from[b] >> CCC_SHIFT) < (from[a] >> CCC_SHIFT) ? from[b++] : from[a++];
      while (a < mid) to[k++] = from[a++];
      while (b < hi) to[k++] = from[b++];
    }
    uint32_t *swap = from;
    from = to;
    to = swap;
  }
  if (from != entries) memcpy(entries, from, n * sizeof(uint32_t));
}

/* Canonical Ordering Algorithm (UAX #15 / Unicode 3.11, D109): sorts each run of non-starters. */
static void order_marks(Scratch *scratch) {
  uint32_t *entries = scratch->entries;
  size_t i = 0;
  while (i < scratch->count) {
    if ((entries[i] >> CCC_SHIFT) == 0) {
      i++;
      continue;
    }
    size_t start = i;
    while (i < scratch->count && (entries[i] >> CCC_SHIFT) != 0) i++;
    if (i - start > 1) sort_run(entries + start, scratch->sort_buffer, i - start);
  }
}

/* The primary composite of first + second, or 0 (Hangul by arithmetic, others by table). */
static uint32_t compose_pair(uint32_t first, uint32_t second) {
  if (first >= L_BASE && first < L_BASE + L_COUNT && second >= V_BASE && second < V_BASE + V_COUNT) {
    return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT;
  }
  if (first >= S_BASE && first < S_BASE + S_COUNT && (first - S_BASE) % T_COUNT == 0 &&
      second > T_BASE && second < T_BASE + T_COUNT) {
    return first + (second - T_BASE);
  }
  if ((flags_of(record_of(second)) & FLAG_COMBINES_BACKWARD) == 0) return 0;
  size_t lo = 0, hi = unicode_normalize_compositions_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const uint32_t *entry = unicode_normalize_compositions[mid];
    if (entry[0] < first || (entry[0] == first && entry[1] < second)) lo = mid + 1;
    else hi = mid;
  }
  if (lo < unicode_normalize_compositions_count && unicode_normalize_compositions[lo][0] == first &&
      unicode_normalize_compositions[lo][1] == second) {
    return unicode_normalize_compositions[lo][2];
  }
  return 0;
}

/* Canonical Composition Algorithm (Unicode 3.11, D117): each character not blocked from the
 * last starter and forming a primary composite with it replaces the starter. */
static void compose(Scratch *scratch) {
  uint32_t *entries = scratch->entries;
  size_t write = 0, starter = SIZE_MAX;
  uint32_t last_ccc = 0;
  for (size_t read = 0; read < scratch->count; read++) {
    uint32_t entry = entries[read], ccc = entry >> CCC_SHIFT;
    if (starter != SIZE_MAX) {
      bool blocked = write > starter + 1 && (last_ccc == 0 || last_ccc >= ccc);
      if (!blocked) {
        uint32_t composite = compose_pair(entries[starter] & CODE_POINT_MASK, entry & CODE_POINT_MASK);
        if (composite != 0) {
          entries[starter] = composite | ccc_of(record_of(composite)) << CCC_SHIFT;
          continue;
        }
      }
    }
    if (ccc == 0) starter = write;
    last_ccc = ccc;
    entries[write++] = entry;
  }
  scratch->count = write;
}

/* Normalizes the whole input into the sink, segment by segment. */
static UnicodeNormalizeStatus normalize_into(const FormInfo *form, const uint16_t *in, size_t in_len,
                                             Sink *sink) {
  Scratch scratch;
  scratch.entries = scratch.inline_entries;
  scratch.sort_buffer = scratch.inline_sort;
  scratch.capacity = INLINE_SCRATCH;
  UnicodeNormalizeStatus status = UNICODE_NORMALIZE_OK;
  size_t i = 0;
  while (i < in_len) {
    /* A unit below quick_below that is followed by another (or by nothing) is a segment. */
    if (in[i] < form->quick_below && (i + 1 == in_len || in[i + 1] < form->quick_below)) {
      sink_unit(sink, in[i++]);
      continue;
    }
    scratch.count = 0;
    uint32_t cp = next_code_point(in, in_len, &i);
    if (!append_decomposition(&scratch, cp, record_of(cp), form)) {
      status = UNICODE_NORMALIZE_OUT_OF_MEMORY;
      break;
    }
    while (i < in_len) {
      size_t next = i;
      cp = next_code_point(in, in_len, &next);
      const uint32_t *record = record_of(cp);
      if (flags_of(record) & form->boundary_flag) break;
      if (!append_decomposition(&scratch, cp, record, form)) {
        status = UNICODE_NORMALIZE_OUT_OF_MEMORY;
        break;
      }
      i = next;
    }
    if (status != UNICODE_NORMALIZE_OK) break;
    order_marks(&scratch);
    if (form->compose) compose(&scratch);
    for (size_t k = 0; k < scratch.count; k++) sink_code_point(sink, scratch.entries[k] & CODE_POINT_MASK);
  }
  if (scratch.entries != scratch.inline_entries) free(scratch.entries);
  return status;
}

typedef enum QuickCheck { QUICK_YES, QUICK_NO, QUICK_MAYBE } QuickCheck;

/* UAX #15 section 9, Detecting Normalization Forms: the quick-check loop. */
static QuickCheck quick_check(const FormInfo *form, const uint16_t *in, size_t in_len) {
  QuickCheck result = QUICK_YES;
  uint32_t last_ccc = 0;
  size_t i = 0;
  while (i < in_len) {
    if (in[i] < form->quick_below) {
      i++;
      last_ccc = 0;
      continue;
    }
    uint32_t cp = next_code_point(in, in_len, &i);
    const uint32_t *record = record_of(cp);
    uint32_t ccc = ccc_of(record), flags = flags_of(record);
    if (last_ccc > ccc && ccc != 0) return QUICK_NO;
    if (flags & form->no_flag) return QUICK_NO;
    if (flags & form->maybe_flag) result = QUICK_MAYBE;
    last_ccc = ccc;
  }
  return result;
}

UnicodeNormalizeStatus unicode_normalize(UnicodeNormalForm form, const uint16_t *in, size_t in_len,
                                         uint16_t *out, size_t out_capacity, size_t *out_len) {
  const FormInfo *info = &FORMS[form];
  if (quick_check(info, in, in_len) == QUICK_YES) {
    *out_len = in_len;
    if (in_len > out_capacity) return UNICODE_NORMALIZE_BUFFER_TOO_SMALL;
    if (in_len != 0) memmove(out, in, in_len * sizeof(uint16_t));
    return UNICODE_NORMALIZE_OK;
  }
  Sink sink = {out, out_capacity, 0, NULL, 0, false};
  UnicodeNormalizeStatus status = normalize_into(info, in, in_len, &sink);
  if (status != UNICODE_NORMALIZE_OK) return status;
  *out_len = sink.length;
  return sink.length > out_capacity ? UNICODE_NORMALIZE_BUFFER_TOO_SMALL : UNICODE_NORMALIZE_OK;
}

bool unicode_is_normalized(UnicodeNormalForm form, const uint16_t *in, size_t in_len) {
  const FormInfo *info = &FORMS[form];
  QuickCheck check = quick_check(info, in, in_len);
  if (check != QUICK_MAYBE) return check == QUICK_YES;
  Sink sink = {NULL, 0, 0, in, in_len, false};
  if (normalize_into(info, in, in_len, &sink) != UNICODE_NORMALIZE_OK) return false;
  return !sink.differs && sink.length == in_len;
}

const char *unicode_normalize_tables_version(void) { return unicode_normalize_version; }
