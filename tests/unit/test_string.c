/* Strings (src/objects/string.c): Latin-1 and UTF-16 cells, ropes (100k-deep ones flatten
 * without recursion), equality, order, hashes and array-index detection across
 * representations, substrings, UTF-8 in and out — and all of it across collections.
 * `test_string --gc-stress` runs the same cases with a collection at every safepoint. */
#include "objects_test.h"

static CellType type_of(JSValue string) { return gc_cell_type(&str_cell(string)->cell); }

static JSValue from_units(TestWorld *world, const uint16_t *units, size_t length) {
  JSValue string = JS_UNDEFINED;
  CHECK_INT(str_from_utf16(world->heap, units, length, &string), 0);
  return string;
}

static JSValue concat(TestWorld *world, JSValue a, JSValue b) {
  JSValue result = JS_UNDEFINED;
  CHECK_INT(str_concat(world->heap, a, b, &result), 0);
  return result;
}

static bool equals(TestWorld *world, JSValue a, JSValue b) {
  bool equal = false;
  CHECK_INT(str_equals(world->heap, a, b, &equal), 0);
  return equal;
}

static int compare(TestWorld *world, JSValue a, JSValue b) {
  int order = 99;
  CHECK_INT(str_compare(world->heap, a, b, &order), 0);
  return order;
}

static uint32_t hash_of(TestWorld *world, JSValue string) {
  uint32_t hash = 0;
  CHECK_INT(str_hash(world->heap, string, &hash), 0);
  return hash;
}

static void representations(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue latin = world_string(&world, "caf\xC3\xA9");
  CHECK_INT(type_of(latin), CELL_STRING_ONE_BYTE);
  CHECK_INT(str_length(latin), 4);
  CHECK_INT(str_view(latin).one_byte[3], 0xE9);
  JSValue euro = world_string(&world, "\xE2\x82\xAC" "5");
  CHECK_INT(type_of(euro), CELL_STRING_TWO_BYTE);
  CHECK_INT(str_view(euro).two_byte[0], 0x20AC);
  const uint16_t narrow_units[] = {'h', 0xE9, 'y'};
  JSValue narrow = from_units(&world, narrow_units, 3);
  CHECK_INT(type_of(narrow), CELL_STRING_ONE_BYTE); /* UTF-16 that fits is stored one-byte */
  const uint16_t astral_units[] = {0xD83D, 0xDE00};
  JSValue astral = from_units(&world, astral_units, 2);
  CHECK_INT(type_of(astral), CELL_STRING_TWO_BYTE);
  CHECK_INT(str_length(astral), 2);
  CHECK_STR(world_utf8(&world, astral), "\xF0\x9F\x98\x80");
  JSValue empty = world_string(&world, "");
  CHECK_INT(str_length(empty), 0);
  JSValue *kept_latin = world_keep(&world, latin), *kept_euro = world_keep(&world, euro);
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_STR(world_utf8(&world, *kept_latin), "caf\xC3\xA9");
  CHECK_STR(world_utf8(&world, *kept_euro), "\xE2\x82\xAC" "5");
  world_close(&world);
}

static void ropes(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *hello = world_keep(&world, world_string(&world, "hello, "));
  JSValue *wide = world_keep(&world, world_string(&world, "w\xC3\xB6rld \xE2\x82\xAC!"));
  JSValue *rope = world_keep(&world, concat(&world, *hello, *wide));
  CHECK_INT(type_of(*rope), CELL_STRING_ROPE);
  CHECK_INT(str_rope_depth(*rope), 1);
  CHECK_INT(str_length(*rope), 7 + 8);
  world_safepoint(&world);
  world_collect(&world, GC_SCAVENGE);
  JSValue flat = JS_UNDEFINED;
  CHECK_INT(str_flatten(world.heap, *rope, &flat), 0);
  CHECK_INT(type_of(flat), CELL_STRING_TWO_BYTE); /* one two-byte leaf widens the result */
  CHECK_STR(world_utf8(&world, flat), "hello, w\xC3\xB6rld \xE2\x82\xAC!");
  CHECK_INT(str_rope_depth(*rope), 0);  /* flattened in place: the rope now points at it */
  JSValue again = JS_UNDEFINED;
  CHECK_INT(str_flatten(world.heap, *rope, &again), 0);
  CHECK(js_same_bits(again, flat));
  /* Short concatenations are copied flat. */
  JSValue short_one = concat(&world, world_string(&world, "ab"), world_string(&world, "cd"));
  CHECK_INT(type_of(short_one), CELL_STRING_ONE_BYTE);
  CHECK_STR(world_utf8(&world, short_one), "abcd");
  /* The empty string is the identity. */
  JSValue empty = world_string(&world, "");
  CHECK(js_same_bits(concat(&world, *hello, empty), *hello));
  CHECK(js_same_bits(concat(&world, empty, *hello), *hello));
  world_close(&world);
}

/* A loop of 100k concatenations makes a rope 100k deep on one side; flattening must not
 * recurse in C. Both left-deep (s = s + x) and right-deep (s = x + s) shapes. */
static void deep_ropes(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  enum { STEPS = 100000 };
  JSValue *left = world_keep(&world, world_string(&world, ""));
  JSValue *right = world_keep(&world, world_string(&world, ""));
  JSValue *piece = world_keep(&world, world_string(&world, "ab"));
  JSValue *wide_piece = world_keep(&world, world_string(&world, "\xE2\x82\xAC"));
  for (uint32_t i = 0; i < STEPS; i++) {
    *left = concat(&world, *left, i % 1000 == 999 ? *wide_piece : *piece);
    *right = concat(&world, *piece, *right);
    if (i % 10000 == 0) world_safepoint(&world); /* under --gc-stress: collections mid-build */
  }
  CHECK(str_rope_depth(*left) > STEPS - 10);
  CHECK(str_rope_depth(*right) > STEPS - 10);
  uint32_t wide_count = STEPS / 1000;
  CHECK_INT(str_length(*left), 2 * (STEPS - wide_count) + wide_count);
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  JSValue flat_left = JS_UNDEFINED, flat_right = JS_UNDEFINED;
  CHECK_INT(str_flatten(world.heap, *left, &flat_left), 0);
  CHECK_INT(str_flatten(world.heap, *right, &flat_right), 0);
  CHECK_INT(type_of(flat_left), CELL_STRING_TWO_BYTE);
  CHECK_INT(type_of(flat_right), CELL_STRING_ONE_BYTE);
  StrView view = str_view(flat_left);
  bool content_ok = true;
  uint32_t at = 0;
  for (uint32_t i = 0; i < STEPS && content_ok; i++) {
    if (i % 1000 == 999) {
      content_ok = str_view_at(view, at++) == 0x20AC;
    } else {
      content_ok = str_view_at(view, at) == 'a' && str_view_at(view, at + 1) == 'b';
      at += 2;
    }
  }
  CHECK(content_ok);
  CHECK_INT(at, str_length(*left));
  StrView right_view = str_view(flat_right);
  CHECK_INT(right_view.length, 2 * STEPS);
  CHECK(right_view.one_byte[0] == 'a' && right_view.one_byte[2 * STEPS - 1] == 'b');
  /* A rope of ropes: (left + right) flattened too, after the children were flattened. */
  JSValue both = concat(&world, *left, *right);
  uint16_t unit = 0;
  CHECK_INT(str_char_code_at(world.heap, both, str_length(*left), &unit), 0);
  CHECK_INT(unit, 'a');
  world_close(&world);
}

static void equality_order_hash(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *flat = world_keep(&world, world_string(&world, "the quick brown fox"));
  JSValue *rope = world_keep(&world, concat(&world, world_string(&world, "the quick "),
                                            world_string(&world, "brown fox")));
  JSValue *other = world_keep(&world, concat(&world, world_string(&world, "the quick "),
                                             world_string(&world, "brown cat")));
  CHECK_INT(type_of(*rope), CELL_STRING_ROPE);
  uint32_t rope_hash = hash_of(&world, *rope);
  world_safepoint(&world);
  CHECK_INT(hash_of(&world, *flat), rope_hash);
  CHECK(equals(&world, *flat, *rope));
  CHECK(!equals(&world, *flat, *other));
  CHECK(hash_of(&world, *other) != rope_hash);
  CHECK_INT(compare(&world, *flat, *rope), 0);
  CHECK_INT(compare(&world, *other, *flat), -1); /* "cat" < "fox" */
  CHECK_INT(compare(&world, *flat, *other), 1);
  CHECK_INT(compare(&world, world_string(&world, "ab"), world_string(&world, "abc")), -1);
  CHECK_INT(compare(&world, world_string(&world, ""), world_string(&world, "")), 0);
  /* Code-unit order, not code-point order: U+FFFF sorts after the pair for U+1F600. */
  const uint16_t high_bmp[] = {0xFFFF};
  const uint16_t pair[] = {0xD83D, 0xDE00};
  CHECK_INT(compare(&world, from_units(&world, high_bmp, 1), from_units(&world, pair, 2)), 1);
  /* A substring of a two-byte string that fits in Latin-1 equals the one-byte original. */
  JSValue mixed = world_string(&world, "\xE2\x82\xAC" "caf\xC3\xA9");
  JSValue tail = JS_UNDEFINED;
  CHECK_INT(str_substring(world.heap, mixed, 1, 5, &tail), 0);
  CHECK_INT(type_of(tail), CELL_STRING_ONE_BYTE);
  JSValue cafe = world_string(&world, "caf\xC3\xA9");
  CHECK(equals(&world, tail, cafe));
  CHECK_INT(hash_of(&world, tail), hash_of(&world, cafe));
  /* Hashes are cached and survive moves. */
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(hash_of(&world, *rope), rope_hash);
  CHECK(equals(&world, *flat, *rope));
  world_close(&world);
}

static bool is_index(TestWorld *world, const char *text, uint32_t *out_index) {
  bool result = false;
  CHECK_INT(str_array_index(world->heap, world_string(world, text), &result, out_index), 0);
  return result;
}

static void array_indices(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  uint32_t index = 0;
  CHECK(is_index(&world, "0", &index) && index == 0);
  CHECK(is_index(&world, "12", &index) && index == 12);
  CHECK(is_index(&world, "4294967294", &index) && index == 4294967294u);
  CHECK(!is_index(&world, "4294967295", &index));
  CHECK(!is_index(&world, "4294967296", &index));
  CHECK(!is_index(&world, "99999999999", &index));
  CHECK(!is_index(&world, "01", &index));
  CHECK(!is_index(&world, "-0", &index));
  CHECK(!is_index(&world, "-1", &index));
  CHECK(!is_index(&world, "+1", &index));
  CHECK(!is_index(&world, "1.5", &index));
  CHECK(!is_index(&world, "", &index));
  CHECK(!is_index(&world, " 1", &index));
  /* A concatenation is checked by content, whatever its cells. */
  JSValue rope = concat(&world, world_string(&world, "1234567"), world_string(&world, "890"));
  bool result = true;
  CHECK_INT(str_array_index(world.heap, rope, &result, &index), 0);
  CHECK(result && index == 1234567890u);
  world_close(&world);
}

static void substrings_and_utf8(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue *text = world_keep(&world, concat(&world, world_string(&world, "h\xC3\xA9llo "),
                                            world_string(&world, "\xF0\x9F\x98\x80 w\xC3\xB6rld")));
  JSValue part = JS_UNDEFINED;
  CHECK_INT(str_substring(world.heap, *text, 6, 8, &part), 0);
  CHECK_STR(world_utf8(&world, part), "\xF0\x9F\x98\x80");
  /* Half a surrogate pair: lone, so U+FFFD on output and ED A0 BD in WTF-8. */
  CHECK_INT(str_substring(world.heap, *text, 6, 7, &part), 0);
  CHECK_STR(world_utf8(&world, part), "\xEF\xBF\xBD");
  char *wtf8 = NULL;
  size_t length = 0;
  CHECK_INT(str_to_utf8(world.heap, part, true, &wtf8, &length), 0);
  CHECK_INT(length, 3);
  CHECK(wtf8 != NULL && (uint8_t)wtf8[0] == 0xED && (uint8_t)wtf8[1] == 0xA0 && (uint8_t)wtf8[2] == 0xBD);
  free(wtf8);
  /* Invalid UTF-8 in: U+FFFD per maximal subpart. */
  JSValue broken = JS_UNDEFINED;
  CHECK_INT(str_from_utf8(world.heap, "a\xE2\x82z\xFF", 5, &broken), 0);
  CHECK_INT(str_length(broken), 4);
  CHECK_STR(world_utf8(&world, broken), "a\xEF\xBF\xBDz\xEF\xBF\xBD");
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_STR(world_utf8(&world, *text), "h\xC3\xA9llo \xF0\x9F\x98\x80 w\xC3\xB6rld");
  uint16_t unit = 0;
  CHECK_INT(str_char_code_at(world.heap, *text, 7, &unit), 0);
  CHECK_INT(unit, 0xDE00);
  world_close(&world);
}

static void too_long(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  /* Doubling a rope reaches STR_MAX_LENGTH without allocating the characters. */
  JSValue *doubled = world_keep(&world, world_string(&world, "0123456789abcdef"));
  int status = 0;
  for (int i = 0; i < 40 && status == 0; i++) {
    JSValue next = JS_UNDEFINED;
    status = str_concat(world.heap, *doubled, *doubled, &next);
    if (status == 0) *doubled = next;
  }
  CHECK_INT(status, PT_E2BIG);
  CHECK(str_length(*doubled) <= STR_MAX_LENGTH);
  CHECK(str_length(*doubled) * 2 > STR_MAX_LENGTH);
  world_close(&world);
}

static const UnitCase cases[] = {
    {"Latin-1 and UTF-16 cells", representations},
    {"ropes flatten once and remember it", ropes},
    {"100k-deep ropes flatten without recursion", deep_ropes},
    {"equality, order and hashes across representations", equality_order_hash},
    {"array-index strings", array_indices},
    {"substrings and UTF-8 output", substrings_and_utf8},
    {"a too-long concatenation is PT_E2BIG", too_long},
};

UNIT_MAIN(cases)
