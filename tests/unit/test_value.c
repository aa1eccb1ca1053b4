/* JSValue boxing: every tag round-trips, NaNs are canonical, -0 and int32 edges keep their
 * identity, and no double can be mistaken for a tagged value. */
#include <float.h>
#include <math.h>
#include <stdint.h>

#include "objects/value.h"
#include "unit.h"

static uint64_t bits_of(double number) {
  uint64_t bits;
  memcpy(&bits, &number, sizeof bits);
  return bits;
}

static double double_of(uint64_t bits) {
  double number;
  memcpy(&number, &bits, sizeof number);
  return number;
}

static void doubles_round_trip(int argc, char **argv) {
  const double samples[] = {0.0, 1.5, -2.25, 1e308, -1e-308, DBL_MAX, -DBL_MAX, DBL_MIN,
                            5e-324, INFINITY, -INFINITY, 4294967296.0, 0.1};
  for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
    JSValue value = js_from_double(samples[i]);
    CHECK(js_is_double(value));
    CHECK(js_is_number(value));
    CHECK(!js_is_int32(value) && !js_is_cell(value) && !js_is_bool(value));
    CHECK(bits_of(js_to_double(value)) == bits_of(samples[i]));
  }
}

static void nan_is_canonical(int argc, char **argv) {
  const uint64_t nans[] = {UINT64_C(0x7FF8000000000000), UINT64_C(0xFFF8000000000000),
                           UINT64_C(0x7FF0000000000001), UINT64_C(0xFFFFFFFFFFFFFFFF),
                           UINT64_C(0xFFFB000012345678), UINT64_C(0x7FFFFFFFFFFFFFFF)};
  for (size_t i = 0; i < sizeof nans / sizeof nans[0]; i++) {
    JSValue value = js_from_double(double_of(nans[i]));
    CHECK(value.bits == JS_CANONICAL_NAN_BITS);
    CHECK(js_is_double(value));
    CHECK(isnan(js_to_double(value)));
    CHECK(!js_is_cell(value));
  }
  CHECK(js_from_number(NAN).bits == JS_CANONICAL_NAN_BITS);
}

static void negative_zero_stays_double(int argc, char **argv) {
  JSValue negative_zero = js_from_number(-0.0);
  CHECK(js_is_double(negative_zero));
  CHECK(signbit(js_to_double(negative_zero)));
  JSValue zero = js_from_number(0.0);
  CHECK(js_is_int32(zero));
  CHECK_INT(js_to_int32(zero), 0);
  CHECK(!js_same_bits(zero, negative_zero));
  CHECK(signbit(js_number_value(negative_zero)));
}

static void int32_edges(int argc, char **argv) {
  const int32_t samples[] = {0, 1, -1, INT32_MAX, INT32_MIN, 0x7FFF0000, -65536};
  for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
    JSValue value = js_from_int32(samples[i]);
    CHECK(js_is_int32(value) && js_is_number(value) && !js_is_double(value));
    CHECK_INT(js_to_int32(value), samples[i]);
    CHECK(js_number_value(value) == (double)samples[i]);
    CHECK(js_same_bits(js_from_number((double)samples[i]), value));
  }
  CHECK(js_is_double(js_from_number(2147483648.0)));
  CHECK(js_is_double(js_from_number(-2147483649.0)));
  CHECK(js_is_double(js_from_number(1.5)));
  CHECK(js_is_double(js_from_number(INFINITY)));
}

static void specials(int argc, char **argv) {
  CHECK(js_is_undefined(JS_UNDEFINED) && js_is_nullish(JS_UNDEFINED) && !js_is_null(JS_UNDEFINED));
  CHECK(js_is_null(JS_NULL) && js_is_nullish(JS_NULL) && !js_is_undefined(JS_NULL));
  CHECK(js_is_bool(JS_TRUE) && js_is_bool(JS_FALSE) && !js_is_bool(JS_NULL));
  CHECK(!js_is_bool(JS_UNDEFINED) && !js_is_bool(JS_HOLE));
  CHECK(js_to_bool(js_from_bool(true)) && !js_to_bool(js_from_bool(false)));
  CHECK(js_is_hole(JS_HOLE) && !js_is_undefined(JS_HOLE));
  const JSValue all[] = {JS_UNDEFINED, JS_NULL, JS_TRUE, JS_FALSE, JS_HOLE};
  for (size_t i = 0; i < 5; i++) {
    CHECK(!js_is_number(all[i]) && !js_is_cell(all[i]));
    for (size_t j = 0; j < 5; j++) CHECK((i == j) == js_same_bits(all[i], all[j]));
  }
}

static void cell_references(int argc, char **argv) {
  /* The highest 48-bit address a native pointer can have, and a wasm-sized one. */
  void *pointers[] = {(void *)(uintptr_t)0x1000, (void *)(uintptr_t)0xFFFFFFF8u,
                      (void *)(uintptr_t)(UINTPTR_MAX > 0xFFFFFFFFu ? (uintptr_t)UINT64_C(0x7FFFFFFFFFF8) : 8)};
  const uint32_t tags[] = {JS_TAG_OBJECT, JS_TAG_STRING, JS_TAG_SYMBOL, JS_TAG_BIGINT, JS_TAG_CELL};
  for (size_t p = 0; p < 3; p++) {
    for (size_t t = 0; t < 5; t++) {
      JSValue value = js_from_cell(tags[t], pointers[p]);
      CHECK(js_is_cell(value));
      CHECK(!js_is_number(value) && !js_is_double(value) && !js_is_nullish(value));
      CHECK(js_to_cell(value) == pointers[p]);
      CHECK_INT(js_tag(value), tags[t]);
      CHECK(js_is_object(value) == (tags[t] == JS_TAG_OBJECT));
      CHECK(js_is_string(value) == (tags[t] == JS_TAG_STRING));
      CHECK(js_is_symbol(value) == (tags[t] == JS_TAG_SYMBOL));
      CHECK(js_is_bigint(value) == (tags[t] == JS_TAG_BIGINT));
      JSValue moved = js_retarget_cell(value, pointers[(p + 1) % 3]);
      CHECK_INT(js_tag(moved), tags[t]);
      CHECK(js_to_cell(moved) == pointers[(p + 1) % 3]);
    }
  }
}

static void describe(int argc, char **argv) {
  char buffer[64];
  CHECK_STR(js_value_describe(js_from_int32(-7), buffer, sizeof buffer), "int32 -7");
  CHECK_STR(js_value_describe(js_from_double(0.5), buffer, sizeof buffer), "double 0.5");
  CHECK_STR(js_value_describe(JS_UNDEFINED, buffer, sizeof buffer), "undefined");
  CHECK_STR(js_value_describe(JS_FALSE, buffer, sizeof buffer), "false");
  CHECK(strncmp(js_value_describe(js_from_cell(JS_TAG_STRING, (void *)(uintptr_t)0x40), buffer, sizeof buffer),
                "string ", 7) == 0);
}

static const UnitCase cases[] = {
  {"doubles round-trip bit for bit", doubles_round_trip},
  {"every NaN boxes to the canonical NaN", nan_is_canonical},
  {"-0 stays a double", negative_zero_stays_double},
  {"int32 edges", int32_edges},
  {"undefined, null, booleans, hole", specials},
  {"cell references of every kind", cell_references},
  {"describe", describe},
};

UNIT_MAIN(cases)
