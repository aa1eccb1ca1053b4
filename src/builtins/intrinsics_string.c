/* Intrinsics over string values (UTF-16 code units): length, units, substrings, search,
 * case mapping, comparison, repetition, trimming, and the JSON and util.inspect quoting. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "builtins/builtins.h"
#include "numconv/numconv.h"
#include "objects/atom.h"

/* --- a growable UTF-16 buffer --------------------------------------------------------------- */

typedef struct Units {
  uint16_t *data;
  size_t length, capacity;
  bool failed;
} Units;

static void units_reserve(Units *units, size_t extra) {
  if (units->failed || units->length + extra <= units->capacity) return;
  size_t capacity = units->capacity < 16 ? 16 : units->capacity;
  while (capacity < units->length + extra) capacity *= 2;
  uint16_t *data = realloc(units->data, capacity * sizeof *data);
  if (data == NULL) {
    units->failed = true;
    return;
  }
  units->data = data;
  units->capacity = capacity;
}

static void units_push(Units *units, uint16_t unit) {
  units_reserve(units, 1);
  if (!units->failed) units->data[units->length++] = unit;
}

static void units_ascii(Units *units, const char *text) {
  while (*text) units_push(units, (uint8_t)*text++);
}

static void units_code_point(Units *units, uint32_t cp) {
  if (cp >= 0x10000) {
    cp -= 0x10000;
    units_push(units, (uint16_t)(0xD800 + (cp >> 10)));
    units_push(units, (uint16_t)(0xDC00 + (cp & 0x3FF)));
  } else {
    units_push(units, (uint16_t)cp);
  }
}

/* Makes the string and frees the buffer. */
static int units_finish(Vm *vm, Units *units, JSValue *out) {
  int status = units->failed ? PT_ENOMEM
               : units->length > STR_MAX_LENGTH ? PT_E2BIG
                                                : str_from_utf16(vm->heap, units->data, units->length, out);
  free(units->data);
  units->data = NULL;
  return bi_status(vm, status);
}

/* --- argument helpers ----------------------------------------------------------------------- */

static int string_arg(Vm *vm, JSValue value, const char *who, JSValue *out) {
  if (!js_is_string(value)) return vm_throw(vm, ERROR_TYPE, "%s: expected a string", who);
  *out = value;
  return 0;
}

/* A number argument clamped to [0, limit] (NaN → 0; undefined → fallback). */
static int clamped_index(Vm *vm, JSValue value, const char *who, double fallback, uint32_t limit, uint32_t *out) {
  double number;
  if (js_is_undefined(value)) {
    number = fallback;
  } else {
    int status = bi_number_arg(vm, value, who, &number);
    if (status != 0) return status;
  }
  if (!(number > 0)) number = 0;
  if (number > (double)limit) number = (double)limit;
  *out = (uint32_t)number;
  return 0;
}

/* --- simple accessors ----------------------------------------------------------------------- */

int intrinsic_StringLength(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = JS_UNDEFINED;
  int status = string_arg(vm, bi_arg(args, argc, 0), "StringLength", &string);
  if (status != 0) return status;
  *out = js_from_number((double)str_length(string));
  return 0;
}

/* (s, i) → the unit at i, or NaN when i is out of range (any number accepted). */
int intrinsic_StringCharCodeAt(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = JS_UNDEFINED;
  double index;
  int status = string_arg(vm, bi_arg(args, argc, 0), "StringCharCodeAt", &string);
  if (status == 0) status = bi_number_arg(vm, bi_arg(args, argc, 1), "StringCharCodeAt", &index);
  if (status != 0) return status;
  if (!(index >= 0 && index < (double)str_length(string))) {
    *out = js_from_double(NAN);
    return 0;
  }
  uint16_t unit;
  status = str_char_code_at(vm->heap, string, (uint32_t)index, &unit);
  if (status != 0) return bi_status(vm, status);
  *out = js_from_int32(unit);
  return 0;
}

/* (s, start, end): units [start, end) with both clamped to [0, length] (end undefined: the
 * length); start >= end gives "". The library does substring's swap and slice's negatives. */
int intrinsic_StringSubstring(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = JS_UNDEFINED;
  int status = string_arg(vm, bi_arg(args, argc, 0), "StringSubstring", &string);
  if (status != 0) return status;
  uint32_t length = str_length(string), start, end;
  status = clamped_index(vm, bi_arg(args, argc, 1), "StringSubstring", 0, length, &start);
  if (status == 0) status = clamped_index(vm, bi_arg(args, argc, 2), "StringSubstring", length, length, &end);
  if (status != 0) return status;
  if (start == 0 && end == length) {
    *out = string;
    return 0;
  }
  if (start >= end) return vm_atom(vm, "", out);
  return bi_status(vm, str_substring(vm->heap, string, start, end, out));
}

/* (s, search, from) → the first index >= from where search occurs, or -1. */
int intrinsic_StringIndexOf(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = JS_UNDEFINED, search = JS_UNDEFINED;
  int status = string_arg(vm, bi_arg(args, argc, 0), "StringIndexOf", &string);
  if (status == 0) status = string_arg(vm, bi_arg(args, argc, 1), "StringIndexOf", &search);
  if (status != 0) return status;
  uint32_t length = str_length(string), search_length = str_length(search), from;
  status = clamped_index(vm, bi_arg(args, argc, 2), "StringIndexOf", 0, length, &from);
  if (status != 0) return status;
  StrView haystack, needle;
  status = bi_view(vm, string, &haystack);
  if (status == 0) status = bi_view(vm, search, &needle);
  if (status != 0) return status;
  int64_t found = -1;
  if (search_length == 0) {
    found = from;
  } else if (search_length <= length) {
    uint16_t first = str_view_at(needle, 0);
    for (uint32_t i = from; i <= length - search_length; i++) {
      if (str_view_at(haystack, i) != first) continue;
      uint32_t j = 1;
      while (j < search_length && str_view_at(haystack, i + j) == str_view_at(needle, j)) j++;
      if (j == search_length) {
        found = i;
        break;
      }
    }
  }
  *out = js_from_number((double)found);
  return 0;
}

int intrinsic_StringConcat(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue a, b;
  int status = string_arg(vm, bi_arg(args, argc, 0), "StringConcat", &a);
  if (status == 0) status = string_arg(vm, bi_arg(args, argc, 1), "StringConcat", &b);
  if (status != 0) return status;
  return bi_status(vm, str_concat(vm->heap, a, b, out));
}

/* (...codes): each a number, taken ToUint16. */
int intrinsic_StringFromCharCode(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  uint16_t small[64];
  uint16_t *units = argc <= 64 ? small : malloc((size_t)argc * sizeof *units);
  if (units == NULL) return PT_ENOMEM;
  int status = 0;
  for (uint32_t i = 0; i < argc && status == 0; i++) {
    double number;
    status = bi_number_arg(vm, args[i], "StringFromCharCode", &number);
    if (status != 0) break;
    if (js_is_int32(args[i])) {
      units[i] = (uint16_t)(uint32_t)js_to_int32(args[i]);
    } else if (!isfinite(number)) {
      units[i] = 0;
    } else {
      double modulo = fmod(trunc(number), 65536.0);
      if (modulo < 0) modulo += 65536.0;
      units[i] = (uint16_t)modulo;
    }
  }
  if (status == 0) status = bi_status(vm, str_from_utf16(vm->heap, units, argc, out));
  if (units != small) free(units);
  return status;
}

int intrinsic_StringCompare(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue a, b;
  int status = string_arg(vm, bi_arg(args, argc, 0), "StringCompare", &a);
  if (status == 0) status = string_arg(vm, bi_arg(args, argc, 1), "StringCompare", &b);
  if (status != 0) return status;
  int order;
  status = str_compare(vm->heap, a, b, &order);
  if (status != 0) return bi_status(vm, status);
  *out = js_from_int32(order < 0 ? -1 : order > 0 ? 1 : 0);
  return 0;
}

/* (s, count): count an integer >= 0 (else a RangeError, as String.prototype.repeat). */
int intrinsic_StringRepeat(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = JS_UNDEFINED;
  double count;
  int status = string_arg(vm, bi_arg(args, argc, 0), "StringRepeat", &string);
  if (status == 0) status = bi_number_arg(vm, bi_arg(args, argc, 1), "StringRepeat", &count);
  if (status != 0) return status;
  if (count != count) count = 0;
  count = trunc(count);
  if (count < 0 || isinf(count)) {
    char text[NUM_TO_STRING_SIZE];
    num_to_string(count, text);
    return vm_throw(vm, ERROR_RANGE, "Invalid count value: %s", text);
  }
  uint32_t length = str_length(string);
  if (length == 0 || count == 0) return vm_atom(vm, "", out);
  if (count == 1) {
    *out = string;
    return 0;
  }
  if ((double)length * count > (double)STR_MAX_LENGTH) return vm_throw(vm, ERROR_RANGE, "Invalid string length");
  size_t total = (size_t)length * (size_t)count;
  StrView view;
  status = bi_view(vm, string, &view);
  if (status != 0) return status;
  if (view.one_byte != NULL) {
    uint8_t *buffer = malloc(total);
    if (buffer == NULL) return PT_ENOMEM;
    for (size_t at = 0; at < total; at += length) memcpy(buffer + at, view.one_byte, length);
    status = str_from_latin1(vm->heap, buffer, total, out);
    free(buffer);
  } else {
    uint16_t *buffer = malloc(total * sizeof *buffer);
    if (buffer == NULL) return PT_ENOMEM;
    for (size_t at = 0; at < total; at += length) memcpy(buffer + at, view.two_byte, length * sizeof *buffer);
    status = str_from_utf16(vm->heap, buffer, total, out);
    free(buffer);
  }
  return bi_status(vm, status);
}

/* (s, where): where TRIM_BOTH 0, TRIM_START 1, TRIM_END 2; WhiteSpace and LineTerminator. */
int intrinsic_StringTrim(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = JS_UNDEFINED, where_value = bi_arg(args, argc, 1);
  int status = string_arg(vm, bi_arg(args, argc, 0), "StringTrim", &string);
  if (status != 0) return status;
  int where = js_is_int32(where_value) ? js_to_int32(where_value) : TRIM_BOTH;
  StrView view;
  status = bi_view(vm, string, &view);
  if (status != 0) return status;
  uint32_t start = 0, end = view.length;
  if (where != TRIM_END) {
    while (start < end && num_is_whitespace(str_view_at(view, start))) start++;
  }
  if (where != TRIM_START) {
    while (end > start && num_is_whitespace(str_view_at(view, end - 1))) end--;
  }
  if (start == 0 && end == view.length) {
    *out = string;
    return 0;
  }
  if (start == end) return vm_atom(vm, "", out);
  return bi_status(vm, str_substring(vm->heap, string, start, end, out));
}

/* --- case mapping (tables generated by gen-case-tables.mjs) --------------------------------- */

extern const uint32_t case_upper_simple[], case_upper_multi[], case_upper_multi_units[];
extern const size_t case_upper_simple_count, case_upper_multi_count;
extern const uint32_t case_lower_simple[], case_lower_multi[], case_lower_multi_units[];
extern const size_t case_lower_simple_count, case_lower_multi_count;
extern const uint32_t case_cased_ranges[], case_ignorable_ranges[];
extern const size_t case_cased_ranges_count, case_ignorable_ranges_count;

/* The pair (cp, value) in a sorted pair table, or NULL. */
static const uint32_t *find_pair(const uint32_t *pairs, size_t count, uint32_t cp) {
  size_t low = 0, high = count;
  while (low < high) {
    size_t mid = low + (high - low) / 2;
    if (pairs[2 * mid] < cp) low = mid + 1;
    else high = mid;
  }
  return low < count && pairs[2 * low] == cp ? &pairs[2 * low] : NULL;
}

static bool in_ranges(const uint32_t *ranges, size_t count, uint32_t cp) {
  size_t low = 0, high = count;
  while (low < high) {
    size_t mid = low + (high - low) / 2;
    if (ranges[2 * mid + 1] < cp) low = mid + 1;
    else high = mid;
  }
  return low < count && ranges[2 * low] <= cp;
}

/* The code point at i (a pair combined) and its width in units. */
static uint32_t code_point_at(StrView view, uint32_t i, uint32_t *width) {
  uint16_t unit = str_view_at(view, i);
  *width = 1;
  if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < view.length) {
    uint16_t next = str_view_at(view, i + 1);
    if (next >= 0xDC00 && next <= 0xDFFF) {
      *width = 2;
      return 0x10000 + (((uint32_t)unit - 0xD800) << 10) + (next - 0xDC00);
    }
  }
  return unit;
}

/* The code point ending just before unit i. */
static uint32_t code_point_before(StrView view, uint32_t i, uint32_t *width) {
  uint16_t unit = str_view_at(view, i - 1);
  *width = 1;
  if (unit >= 0xDC00 && unit <= 0xDFFF && i >= 2) {
    uint16_t lead = str_view_at(view, i - 2);
    if (lead >= 0xD800 && lead <= 0xDBFF) {
      *width = 2;
      return 0x10000 + (((uint32_t)lead - 0xD800) << 10) + (unit - 0xDC00);
    }
  }
  return unit;
}

/* SpecialCasing.txt's Final_Sigma: a cased letter, then case-ignorables, before position i;
 * no case-ignorables-then-cased-letter after the sigma at i. */
static bool is_final_sigma(StrView view, uint32_t i) {
  bool cased_before = false;
  for (uint32_t at = i, width; at > 0; at -= width) {
    uint32_t cp = code_point_before(view, at, &width);
    if (in_ranges(case_ignorable_ranges, case_ignorable_ranges_count, cp)) continue;
    cased_before = in_ranges(case_cased_ranges, case_cased_ranges_count, cp);
    break;
  }
  if (!cased_before) return false;
  for (uint32_t at = i + 1, width; at < view.length; at += width) {
    uint32_t cp = code_point_at(view, at, &width);
    if (in_ranges(case_ignorable_ranges, case_ignorable_ranges_count, cp)) continue;
    return !in_ranges(case_cased_ranges, case_cased_ranges_count, cp);
  }
  return true;
}

static int change_case(Vm *vm, JSValue *args, uint32_t argc, bool upper, JSValue *out) {
  JSValue string = JS_UNDEFINED;
  int status = string_arg(vm, bi_arg(args, argc, 0), upper ? "StringToUpperCase" : "StringToLowerCase", &string);
  if (status != 0) return status;
  StrView view;
  status = bi_view(vm, string, &view);
  if (status != 0) return status;
  const uint32_t *simple = upper ? case_upper_simple : case_lower_simple;
  const uint32_t *multi = upper ? case_upper_multi : case_lower_multi;
  const uint32_t *multi_units = upper ? case_upper_multi_units : case_lower_multi_units;
  size_t simple_count = upper ? case_upper_simple_count : case_lower_simple_count;
  size_t multi_count = upper ? case_upper_multi_count : case_lower_multi_count;
  /* ASCII maps without the tables; an unchanged string is returned as it is. */
  bool changed = false;
  Units result = {0};
  units_reserve(&result, view.length);
  for (uint32_t i = 0, width; i < view.length; i += width) {
    uint32_t cp = code_point_at(view, i, &width);
    if (cp < 0x80) {
      uint32_t mapped = cp;
      if (upper && cp >= 'a' && cp <= 'z') mapped = cp - 32;
      if (!upper && cp >= 'A' && cp <= 'Z') mapped = cp + 32;
      changed |= mapped != cp;
      units_push(&result, (uint16_t)mapped);
      continue;
    }
    if (!upper && cp == 0x3A3 && is_final_sigma(view, i)) {
      units_push(&result, 0x3C2);
      changed = true;
      continue;
    }
    const uint32_t *pair = find_pair(multi, multi_count, cp);
    if (pair != NULL) {
      const uint32_t *mapping = &multi_units[pair[1]];
      for (uint32_t k = 0; k < mapping[0]; k++) units_code_point(&result, mapping[1 + k]);
      changed = true;
      continue;
    }
    pair = find_pair(simple, simple_count, cp);
    uint32_t mapped = pair != NULL ? pair[1] : cp;
    changed |= mapped != cp;
    units_code_point(&result, mapped);
  }
  if (!changed && !result.failed) {
    free(result.data);
    *out = string;
    return 0;
  }
  return units_finish(vm, &result, out);
}

int intrinsic_StringToUpperCase(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return change_case(vm, args, argc, true, out);
}

int intrinsic_StringToLowerCase(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return change_case(vm, args, argc, false, out);
}

/* --- quoting -------------------------------------------------------------------------------- */

static void units_hex(Units *units, const char *prefix, uint32_t value, int digits, bool upper_case) {
  static const char lower_digits[] = "0123456789abcdef", upper_digits[] = "0123456789ABCDEF";
  const char *table = upper_case ? upper_digits : lower_digits;
  units_ascii(units, prefix);
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) units_push(units, (uint8_t)table[(value >> shift) & 15]);
}

/* Whether unit i is half of a surrogate pair (a lone surrogate is not). */
static bool in_pair(StrView view, uint32_t i) {
  uint16_t unit = str_view_at(view, i);
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    return i + 1 < view.length && str_view_at(view, i + 1) >= 0xDC00 && str_view_at(view, i + 1) <= 0xDFFF;
  }
  if (unit >= 0xDC00 && unit <= 0xDFFF) {
    return i > 0 && str_view_at(view, i - 1) >= 0xD800 && str_view_at(view, i - 1) <= 0xDBFF;
  }
  return true;
}

/* 25.5.2.3 QuoteJSONString (with well-formed JSON.stringify's \uXXXX for lone surrogates). */
int intrinsic_QuoteJSONString(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = JS_UNDEFINED;
  int status = string_arg(vm, bi_arg(args, argc, 0), "QuoteJSONString", &string);
  if (status != 0) return status;
  StrView view;
  status = bi_view(vm, string, &view);
  if (status != 0) return status;
  Units result = {0};
  units_reserve(&result, (size_t)view.length + 2);
  units_push(&result, '"');
  for (uint32_t i = 0; i < view.length; i++) {
    uint16_t unit = str_view_at(view, i);
    switch (unit) {
      case '\b': units_ascii(&result, "\\b"); continue;
      case '\t': units_ascii(&result, "\\t"); continue;
      case '\n': units_ascii(&result, "\\n"); continue;
      case '\f': units_ascii(&result, "\\f"); continue;
      case '\r': units_ascii(&result, "\\r"); continue;
      case '"': units_ascii(&result, "\\\""); continue;
      case '\\': units_ascii(&result, "\\\\"); continue;
      default: break;
    }
    if (unit < 0x20 || (unit >= 0xD800 && unit <= 0xDFFF && !in_pair(view, i))) {
      units_hex(&result, "\\u", unit, 4, false);
    } else {
      units_push(&result, unit);
    }
  }
  units_push(&result, '"');
  return units_finish(vm, &result, out);
}

static bool view_contains(StrView view, uint16_t unit, uint16_t next) {
  for (uint32_t i = 0; i < view.length; i++) {
    if (str_view_at(view, i) != unit) continue;
    if (next == 0 || (i + 1 < view.length && str_view_at(view, i + 1) == next)) return true;
  }
  return false;
}

/* node's util.inspect quoting (lib/internal/util/inspect.js strEscape): single quotes; a
 * string with ' and no " takes double quotes, one with both but no ` or ${ backticks (no
 * quote escaped then). Escapes: \b \t \n \f \r, other C0 and 0x7F-0x9F as \xHH (upper
 * case), \\, \' under single quotes, lone surrogates as \uhhhh (lower case). */
int intrinsic_InspectString(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue string = JS_UNDEFINED;
  int status = string_arg(vm, bi_arg(args, argc, 0), "InspectString", &string);
  if (status != 0) return status;
  StrView view;
  status = bi_view(vm, string, &view);
  if (status != 0) return status;
  uint16_t quote = '\'';
  if (view_contains(view, '\'', 0)) {
    if (!view_contains(view, '"', 0)) quote = '"';
    else if (!view_contains(view, '`', 0) && !view_contains(view, '$', '{')) quote = '`';
  }
  Units result = {0};
  units_reserve(&result, (size_t)view.length + 2);
  units_push(&result, quote);
  for (uint32_t i = 0; i < view.length; i++) {
    uint16_t unit = str_view_at(view, i);
    if (unit == '\'' && quote == '\'') {
      units_ascii(&result, "\\'");
    } else if (unit == '\\') {
      units_ascii(&result, "\\\\");
    } else if (unit < 0x20 || (unit >= 0x7F && unit <= 0x9F)) {
      switch (unit) {
        case '\b': units_ascii(&result, "\\b"); break;
        case '\t': units_ascii(&result, "\\t"); break;
        case '\n': units_ascii(&result, "\\n"); break;
        case '\f': units_ascii(&result, "\\f"); break;
        case '\r': units_ascii(&result, "\\r"); break;
        default: units_hex(&result, "\\x", unit, 2, true); break;
      }
    } else if (unit >= 0xD800 && unit <= 0xDFFF && !in_pair(view, i)) {
      units_hex(&result, "\\u", unit, 4, false);
    } else {
      units_push(&result, unit);
    }
  }
  units_push(&result, quote);
  return units_finish(vm, &result, out);
}
