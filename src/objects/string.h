/* Strings: immutable sequences of UTF-16 code units in three cell representations.
 *   STRING_ONE_BYTE  flat, one byte per unit (every unit < 256: Latin-1)
 *   STRING_TWO_BYTE  flat, UTF-16 units (created only when some unit is >= 256)
 *   STRING_ROPE      a concatenation (left, right) made by str_concat, flattened on demand;
 *                    once flattened, `left` is the flat result and `right` is NULL
 * Every representation of the same units is the same JS string: equality, comparison,
 * hashing and array-index detection look only at the units. Hash and array index are
 * cached in the cell. Atoms (atom.h) are flat strings flagged STR_FLAG_ATOM.
 * Invariants: a cell's units never change; a rope's length is left + right and never
 * exceeds STR_MAX_LENGTH; nothing here recurses in C on rope depth.
 * All functions are leaves: they allocate (never collect) and return 0, PT_ENOMEM, or
 * PT_E2BIG when a result would exceed STR_MAX_LENGTH (the caller throws a RangeError). */
#ifndef PETREL_OBJECTS_STRING_H
#define PETREL_OBJECTS_STRING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap/heap.h"
#include "objects/value.h"

/* V8's limit on 64-bit hosts; it also keeps every length and offset in a uint32_t. */
#define STR_MAX_LENGTH ((uint32_t)((1u << 30) - 25))
/* Concatenations shorter than this are copied flat: a rope cell costs more than the copy. */
#define STR_MIN_ROPE_LENGTH 13u

enum {
  STR_FLAG_HASHED = 1u << 0,        /* `hash` is valid */
  STR_FLAG_INDEX_CHECKED = 1u << 1, /* STR_FLAG_IS_INDEX is known */
  STR_FLAG_IS_INDEX = 1u << 2,      /* a canonical array index; `index` holds it */
  STR_FLAG_ATOM = 1u << 3,          /* interned in an atom table (atom.h) */
  STR_FLAG_FLATTENED = 1u << 4,     /* rope whose `left` is its flat content */
  STR_FLAG_ONE_BYTE = 1u << 5       /* every unit < 256 (set on one-byte cells and ropes) */
};

/* The header every string cell shares. */
typedef struct JSString {
  GcCell cell;
  uint32_t length; /* code units */
  uint32_t flags;  /* STR_FLAG_* */
  uint32_t hash;   /* valid with STR_FLAG_HASHED */
  uint32_t index;  /* valid with STR_FLAG_IS_INDEX */
} JSString;

typedef struct JSStringOneByte {
  JSString base;
  uint8_t chars[];
} JSStringOneByte;

typedef struct JSStringTwoByte {
  JSString base;
  uint16_t chars[];
} JSStringTwoByte;

typedef struct JSRope {
  JSString base;
  GcCell *left;  /* after flattening: the flat string */
  GcCell *right; /* after flattening: NULL */
  uint32_t depth; /* 1 + the deeper child's depth (flat strings have depth 0) */
  uint32_t unused;
} JSRope;

/* A read-only view of a flat string's units: exactly one of the pointers is set. */
typedef struct StrView {
  const uint8_t *one_byte;
  const uint16_t *two_byte;
  uint32_t length;
} StrView;

/* The cell behind a string value, its length in code units, and the value for a cell. */
static inline JSString *str_cell(JSValue string) { return (JSString *)js_to_cell(string); }
static inline uint32_t str_length(JSValue string) { return str_cell(string)->length; }
static inline JSValue str_value(GcCell *cell) { return js_from_cell(JS_TAG_STRING, cell); }

/* Flat strings can be viewed without allocating; ropes must be flattened first. */
static inline bool str_is_flat(JSValue string) {
  return gc_cell_type(&str_cell(string)->cell) != CELL_STRING_ROPE;
}
/* Unit i of a view, whichever width it has. */
static inline uint16_t str_view_at(StrView view, uint32_t i) {
  return view.one_byte != NULL ? view.one_byte[i] : view.two_byte[i];
}
/* The units of a flat string (a flattened rope views its flat content). */
StrView str_view(JSValue flat_string);

/* New flat strings; Latin-1 bytes, UTF-16 units (stored one-byte when they all fit),
 * UTF-8 (decoded per utf8.h: invalid sequences become U+FFFD). */
int str_from_latin1(Heap *heap, const uint8_t *chars, size_t length, JSValue *out);
int str_from_utf16(Heap *heap, const uint16_t *units, size_t length, JSValue *out);
int str_from_utf8(Heap *heap, const char *bytes, size_t length, JSValue *out);
/* Like str_from_utf8, but WTF-8: an encoded surrogate code point (ED A0..BF xx) becomes that
 * single unit, as the parser encodes lone surrogates in string literals. */
int str_from_wtf8(Heap *heap, const char *bytes, size_t length, JSValue *out);
int str_from_cstring(Heap *heap, const char *text, JSValue *out);

/* a + b: a rope when long enough, else a flat copy. The + operator's string case. */
int str_concat(Heap *heap, JSValue a, JSValue b, JSValue *out);

/* A flat string with the same units (the string itself when already flat). A rope is
 * flattened iteratively (explicit stack) and remembers the result, so it is done once. */
int str_flatten(Heap *heap, JSValue string, JSValue *out_flat);

/* The depth of a rope (0 for flat or flattened strings): for tests and tracing. */
uint32_t str_rope_depth(JSValue string);

/* String.prototype.charCodeAt's core; index must be < length. May flatten. */
int str_char_code_at(Heap *heap, JSValue string, uint32_t index, uint16_t *out_unit);

/* SameValue for strings: same units, whatever the representations. May flatten. */
int str_equals(Heap *heap, JSValue a, JSValue b, bool *out_equal);

/* Code-unit order (7.2.13 IsLessThan, step 3 for strings): *out_order < 0, 0 or > 0. */
int str_compare(Heap *heap, JSValue a, JSValue b, int *out_order);

/* The content hash, computed once and cached in the cell; equal units give equal hashes. */
int str_hash(Heap *heap, JSValue string, uint32_t *out_hash);
uint32_t str_hash_view(StrView view);

/* Whether the string is a canonical array index ("0".."4294967294", no leading zeros,
 * no sign): such keys live in an object's elements. Cached in the cell. */
int str_array_index(Heap *heap, JSValue string, bool *out_is_index, uint32_t *out_index);
bool str_view_array_index(StrView view, uint32_t *out_index);

/* Units [start, end) as a new flat string (a copy); 0 <= start <= end <= length. */
int str_substring(Heap *heap, JSValue string, uint32_t start, uint32_t end, JSValue *out);

/* UTF-8 in a malloc'd, NUL-terminated buffer the caller frees; lone surrogates become
 * U+FFFD (what node writes to stdout) or, with `preserve_surrogates`, WTF-8. */
int str_to_utf8(Heap *heap, JSValue string, bool preserve_surrogates, char **out, size_t *out_length);

#endif
