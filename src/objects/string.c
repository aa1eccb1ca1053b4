/* String cells: flat one-byte and two-byte strings, ropes, and everything that reads units
 * (see string.h). Ropes are flattened with an explicit, malloc'd stack of pending nodes:
 * a rope built by 100k concatenations in a loop is 100k deep, far beyond the wasm C stack.
 * Invariant: a flattened rope keeps pointing at its flat content, so every later read of
 * the rope costs one indirection, and its children become garbage. */
#include "objects/string.h"

#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "base/utf8.h"
#include "objects/cell_trace.h"

static GcCell *alloc_flat(Heap *heap, bool one_byte, size_t length) {
  size_t bytes = one_byte ? length : length * 2;
  CellType type = one_byte ? CELL_STRING_ONE_BYTE : CELL_STRING_TWO_BYTE;
  GcCell *cell = heap_alloc(heap, type, sizeof(JSString) + bytes);
  if (cell == NULL) return NULL;
  JSString *string = (JSString *)cell;
  string->length = (uint32_t)length;
  string->flags = one_byte ? STR_FLAG_ONE_BYTE : 0;
  return cell;
}

/* A flattened rope stands for its flat content everywhere below. */
static JSString *flat_of(JSString *string) {
  if (gc_cell_type(&string->cell) == CELL_STRING_ROPE && (string->flags & STR_FLAG_FLATTENED)) {
    return (JSString *)((JSRope *)string)->left;
  }
  return string;
}

StrView str_view(JSValue flat_string) {
  JSString *string = flat_of(str_cell(flat_string));
  StrView view = {NULL, NULL, string->length};
  if (gc_cell_type(&string->cell) == CELL_STRING_ONE_BYTE) {
    view.one_byte = ((JSStringOneByte *)string)->chars;
  } else {
    view.two_byte = ((JSStringTwoByte *)string)->chars;
  }
  return view;
}

int str_from_latin1(Heap *heap, const uint8_t *chars, size_t length, JSValue *out) {
  if (length > STR_MAX_LENGTH) return PT_E2BIG;
  GcCell *cell = alloc_flat(heap, true, length);
  if (cell == NULL) return PT_ENOMEM;
  if (length > 0) memcpy(((JSStringOneByte *)cell)->chars, chars, length);
  *out = str_value(cell);
  return 0;
}

int str_from_utf16(Heap *heap, const uint16_t *units, size_t length, JSValue *out) {
  if (length > STR_MAX_LENGTH) return PT_E2BIG;
  bool one_byte = true;
  for (size_t i = 0; i < length && one_byte; i++) one_byte = units[i] < 256;
  GcCell *cell = alloc_flat(heap, one_byte, length);
  if (cell == NULL) return PT_ENOMEM;
  if (one_byte) {
    for (size_t i = 0; i < length; i++) ((JSStringOneByte *)cell)->chars[i] = (uint8_t)units[i];
  } else if (length > 0) {
    memcpy(((JSStringTwoByte *)cell)->chars, units, length * 2);
  }
  *out = str_value(cell);
  return 0;
}

int str_from_utf8(Heap *heap, const char *bytes, size_t length, JSValue *out) {
  const uint8_t *src = (const uint8_t *)bytes;
  uint16_t max_unit;
  size_t units = utf8_utf16_length(src, length, &max_unit);
  if (units > STR_MAX_LENGTH) return PT_E2BIG;
  bool one_byte = max_unit < 256;
  GcCell *cell = alloc_flat(heap, one_byte, units);
  if (cell == NULL) return PT_ENOMEM;
  if (one_byte) {
    utf8_to_latin1(src, length, ((JSStringOneByte *)cell)->chars);
  } else {
    utf8_to_utf16(src, length, ((JSStringTwoByte *)cell)->chars);
  }
  *out = str_value(cell);
  return 0;
}

int str_from_wtf8(Heap *heap, const char *bytes, size_t length, JSValue *out) {
  const uint8_t *src = (const uint8_t *)bytes;
  if (memchr(src, 0xED, length) == NULL) return str_from_utf8(heap, bytes, length, out);
  uint16_t *units = malloc((length + 1) * sizeof *units);
  if (units == NULL) return PT_ENOMEM;
  size_t count = 0, position = 0;
  while (position < length) {
    /* ED A0..BF 80..BF: a surrogate code point, kept as the one unit it stands for */
    if (src[position] == 0xED && position + 2 < length && (src[position + 1] & 0xE0) == 0xA0 &&
        (src[position + 2] & 0xC0) == 0x80) {
      units[count++] = (uint16_t)(0xD000 | ((src[position + 1] & 0x3F) << 6) | (src[position + 2] & 0x3F));
      position += 3;
      continue;
    }
    uint32_t code_point = utf8_decode_next(src, length, &position);
    if (code_point >= 0x10000) {
      units[count++] = (uint16_t)(0xD800 + ((code_point - 0x10000) >> 10));
      units[count++] = (uint16_t)(0xDC00 + ((code_point - 0x10000) & 0x3FF));
    } else {
      units[count++] = (uint16_t)code_point;
    }
  }
  int status = str_from_utf16(heap, units, count, out);
  free(units);
  return status;
}

int str_from_cstring(Heap *heap, const char *text, JSValue *out) {
  return str_from_utf8(heap, text, strlen(text), out);
}

uint32_t str_rope_depth(JSValue string) {
  JSString *cell = str_cell(string);
  if (gc_cell_type(&cell->cell) != CELL_STRING_ROPE || (cell->flags & STR_FLAG_FLATTENED)) return 0;
  return ((JSRope *)cell)->depth;
}

/* Copies a flat string's units into a two-byte or one-byte destination at `at`. */
static void copy_units(JSString *flat, uint8_t *one_byte_dst, uint16_t *two_byte_dst, uint32_t at) {
  StrView view = str_view(str_value(&flat->cell));
  if (one_byte_dst != NULL) {
    memcpy(one_byte_dst + at, view.one_byte, view.length);
  } else if (view.one_byte != NULL) {
    for (uint32_t i = 0; i < view.length; i++) two_byte_dst[at + i] = view.one_byte[i];
  } else {
    memcpy(two_byte_dst + at, view.two_byte, (size_t)view.length * 2);
  }
}

int str_flatten(Heap *heap, JSValue string, JSValue *out_flat) {
  JSString *root = str_cell(string);
  if (gc_cell_type(&root->cell) != CELL_STRING_ROPE) {
    *out_flat = string;
    return 0;
  }
  JSRope *rope = (JSRope *)root;
  if (root->flags & STR_FLAG_FLATTENED) {
    *out_flat = str_value(rope->left);
    return 0;
  }
  bool one_byte = (root->flags & STR_FLAG_ONE_BYTE) != 0;
  GcCell *flat = alloc_flat(heap, one_byte, root->length);
  if (flat == NULL) return PT_ENOMEM;
  uint8_t *one_byte_dst = one_byte ? ((JSStringOneByte *)flat)->chars : NULL;
  uint16_t *two_byte_dst = one_byte ? NULL : ((JSStringTwoByte *)flat)->chars;

  /* Depth-first, left to right, with the pending right children on an explicit stack. */
  size_t capacity = 64, depth = 0;
  JSString **stack = malloc(capacity * sizeof *stack);
  if (stack == NULL) return PT_ENOMEM;
  uint32_t at = 0;
  JSString *node = root;
  for (;;) {
    node = flat_of(node);
    if (gc_cell_type(&node->cell) == CELL_STRING_ROPE) {
      if (depth == capacity) {
        JSString **grown = realloc(stack, capacity * 2 * sizeof *stack);
        if (grown == NULL) {
          free(stack);
          return PT_ENOMEM;
        }
        stack = grown;
        capacity *= 2;
      }
      stack[depth++] = (JSString *)((JSRope *)node)->right;
      node = (JSString *)((JSRope *)node)->left;
      continue;
    }
    copy_units(node, one_byte_dst, two_byte_dst, at);
    at += node->length;
    if (depth == 0) break;
    node = stack[--depth];
  }
  free(stack);

  JSString *flat_string = (JSString *)flat;
  flat_string->flags |= root->flags & (STR_FLAG_HASHED | STR_FLAG_INDEX_CHECKED | STR_FLAG_IS_INDEX);
  flat_string->hash = root->hash;
  flat_string->index = root->index;
  gc_store_cell(heap, &root->cell, &rope->left, flat);
  rope->right = NULL;
  rope->depth = 0;
  root->flags |= STR_FLAG_FLATTENED;
  *out_flat = str_value(flat);
  return 0;
}

int str_concat(Heap *heap, JSValue a, JSValue b, JSValue *out) {
  uint32_t a_length = str_length(a), b_length = str_length(b);
  if (a_length == 0) {
    *out = b;
    return 0;
  }
  if (b_length == 0) {
    *out = a;
    return 0;
  }
  if ((uint64_t)a_length + b_length > STR_MAX_LENGTH) return PT_E2BIG;
  uint32_t length = a_length + b_length;
  JSString *left = flat_of(str_cell(a)), *right = flat_of(str_cell(b));
  bool one_byte = (left->flags & right->flags & STR_FLAG_ONE_BYTE) != 0;
  if (length < STR_MIN_ROPE_LENGTH) {
    JSValue flat_a, flat_b;
    int status = str_flatten(heap, a, &flat_a);
    if (status == 0) status = str_flatten(heap, b, &flat_b);
    if (status != 0) return status;
    GcCell *cell = alloc_flat(heap, one_byte, length);
    if (cell == NULL) return PT_ENOMEM;
    uint8_t *one_byte_dst = one_byte ? ((JSStringOneByte *)cell)->chars : NULL;
    uint16_t *two_byte_dst = one_byte ? NULL : ((JSStringTwoByte *)cell)->chars;
    copy_units(str_cell(flat_a), one_byte_dst, two_byte_dst, 0);
    copy_units(str_cell(flat_b), one_byte_dst, two_byte_dst, a_length);
    *out = str_value(cell);
    return 0;
  }
  GcCell *cell = heap_alloc(heap, CELL_STRING_ROPE, sizeof(JSRope));
  if (cell == NULL) return PT_ENOMEM;
  JSRope *rope = (JSRope *)cell;
  rope->base.length = length;
  rope->base.flags = one_byte ? STR_FLAG_ONE_BYTE : 0;
  uint32_t left_depth = str_rope_depth(a), right_depth = str_rope_depth(b);
  rope->depth = 1 + (left_depth > right_depth ? left_depth : right_depth);
  gc_store_cell(heap, cell, &rope->left, &left->cell);
  gc_store_cell(heap, cell, &rope->right, &right->cell);
  *out = str_value(cell);
  return 0;
}

int str_char_code_at(Heap *heap, JSValue string, uint32_t index, uint16_t *out_unit) {
  JSValue flat;
  int status = str_flatten(heap, string, &flat);
  if (status != 0) return status;
  *out_unit = str_view_at(str_view(flat), index);
  return 0;
}

static bool views_equal(StrView a, StrView b) {
  if (a.length != b.length) return false;
  if (a.one_byte != NULL && b.one_byte != NULL) return memcmp(a.one_byte, b.one_byte, a.length) == 0;
  if (a.two_byte != NULL && b.two_byte != NULL) {
    return memcmp(a.two_byte, b.two_byte, (size_t)a.length * 2) == 0;
  }
  for (uint32_t i = 0; i < a.length; i++) {
    if (str_view_at(a, i) != str_view_at(b, i)) return false;
  }
  return true;
}

int str_equals(Heap *heap, JSValue a, JSValue b, bool *out_equal) {
  JSString *a_cell = str_cell(a), *b_cell = str_cell(b);
  if (a_cell == b_cell) {
    *out_equal = true;
    return 0;
  }
  /* Two distinct atoms never hold the same units; different lengths or hashes differ. */
  if (a_cell->length != b_cell->length ||
      ((a_cell->flags & b_cell->flags & STR_FLAG_ATOM) != 0) ||
      ((a_cell->flags & b_cell->flags & STR_FLAG_HASHED) != 0 && a_cell->hash != b_cell->hash)) {
    *out_equal = false;
    return 0;
  }
  JSValue flat_a, flat_b;
  int status = str_flatten(heap, a, &flat_a);
  if (status == 0) status = str_flatten(heap, b, &flat_b);
  if (status != 0) return status;
  *out_equal = views_equal(str_view(flat_a), str_view(flat_b));
  return 0;
}

int str_compare(Heap *heap, JSValue a, JSValue b, int *out_order) {
  JSValue flat_a, flat_b;
  int status = str_flatten(heap, a, &flat_a);
  if (status == 0) status = str_flatten(heap, b, &flat_b);
  if (status != 0) return status;
  StrView view_a = str_view(flat_a), view_b = str_view(flat_b);
  uint32_t common = view_a.length < view_b.length ? view_a.length : view_b.length;
  for (uint32_t i = 0; i < common; i++) {
    uint16_t unit_a = str_view_at(view_a, i), unit_b = str_view_at(view_b, i);
    if (unit_a != unit_b) {
      *out_order = unit_a < unit_b ? -1 : 1;
      return 0;
    }
  }
  *out_order = view_a.length < view_b.length ? -1 : view_a.length > view_b.length ? 1 : 0;
  return 0;
}

/* FNV-1a over code units (not bytes), so one-byte and two-byte copies hash alike. */
uint32_t str_hash_view(StrView view) {
  uint32_t hash = 2166136261u;
  for (uint32_t i = 0; i < view.length; i++) {
    hash ^= str_view_at(view, i);
    hash *= 16777619u;
  }
  return hash;
}

int str_hash(Heap *heap, JSValue string, uint32_t *out_hash) {
  JSString *cell = str_cell(string);
  if (!(cell->flags & STR_FLAG_HASHED)) {
    JSValue flat;
    int status = str_flatten(heap, string, &flat);
    if (status != 0) return status;
    cell->hash = str_hash_view(str_view(flat));
    cell->flags |= STR_FLAG_HASHED;
    JSString *flat_cell = str_cell(flat);
    flat_cell->hash = cell->hash;
    flat_cell->flags |= STR_FLAG_HASHED;
  }
  *out_hash = cell->hash;
  return 0;
}

/* 6.1.7 Array index: an integer index i with 0 <= i < 2^32 - 1 whose canonical string is
 * the key, so "01", "-0", "+1" and "4294967295" are not indices. */
bool str_view_array_index(StrView view, uint32_t *out_index) {
  if (view.length == 0 || view.length > 10) return false;
  uint16_t first = str_view_at(view, 0);
  if (first == '0') {
    if (view.length != 1) return false;
    *out_index = 0;
    return true;
  }
  uint64_t value = 0;
  for (uint32_t i = 0; i < view.length; i++) {
    uint16_t unit = str_view_at(view, i);
    if (unit < '0' || unit > '9') return false;
    value = value * 10 + (unit - '0');
  }
  if (value > UINT64_C(4294967294)) return false;
  *out_index = (uint32_t)value;
  return true;
}

int str_array_index(Heap *heap, JSValue string, bool *out_is_index, uint32_t *out_index) {
  JSString *cell = str_cell(string);
  if (!(cell->flags & STR_FLAG_INDEX_CHECKED)) {
    uint32_t index = 0;
    bool is_index = false;
    if (cell->length >= 1 && cell->length <= 10) {
      JSValue flat;
      int status = str_flatten(heap, string, &flat);
      if (status != 0) return status;
      is_index = str_view_array_index(str_view(flat), &index);
    }
    cell->flags |= STR_FLAG_INDEX_CHECKED | (is_index ? STR_FLAG_IS_INDEX : 0);
    cell->index = index;
  }
  *out_is_index = (cell->flags & STR_FLAG_IS_INDEX) != 0;
  *out_index = cell->index;
  return 0;
}

int str_substring(Heap *heap, JSValue string, uint32_t start, uint32_t end, JSValue *out) {
  if (start == 0 && end == str_length(string)) {
    *out = string;
    return 0;
  }
  JSValue flat;
  int status = str_flatten(heap, string, &flat);
  if (status != 0) return status;
  StrView view = str_view(flat);
  if (view.one_byte != NULL) return str_from_latin1(heap, view.one_byte + start, end - start, out);
  return str_from_utf16(heap, view.two_byte + start, end - start, out);
}

int str_to_utf8(Heap *heap, JSValue string, bool preserve_surrogates, char **out, size_t *out_length) {
  JSValue flat;
  int status = str_flatten(heap, string, &flat);
  if (status != 0) return status;
  StrView view = str_view(flat);
  size_t bytes = view.one_byte != NULL
                     ? utf8_length_from_latin1(view.one_byte, view.length)
                     : utf8_length_from_utf16(view.two_byte, view.length, preserve_surrogates);
  uint8_t *buffer = malloc(bytes + 1);
  if (buffer == NULL) return PT_ENOMEM;
  if (view.one_byte != NULL) {
    utf8_from_latin1(view.one_byte, view.length, buffer);
  } else {
    utf8_from_utf16(view.two_byte, view.length, buffer, preserve_surrogates);
  }
  buffer[bytes] = 0;
  *out = (char *)buffer;
  if (out_length != NULL) *out_length = bytes;
  return 0;
}

void str_trace_rope(GcCell *cell, GcVisitor *visitor) {
  JSRope *rope = (JSRope *)cell;
  gc_visit_cell(visitor, &rope->left);
  gc_visit_cell(visitor, &rope->right);
}
