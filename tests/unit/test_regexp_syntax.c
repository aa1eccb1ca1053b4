/* The RegExp pattern syntax checker on its own: each rule of the pattern grammar with and
 * without the u and v flags (Annex B's extended grammar without them), with V8's messages.
 * Expectations were taken from node 20 for the same literals. */
#include <stdio.h>
#include <string.h>

#include "parser/regexp_syntax.h"
#include "unicode/unicode_property.h"
#include "unit.h"

typedef struct Case {
  const char *pattern;
  const char *flags;
  const char *error; /* NULL: valid */
} Case;

static void run(const Case *cases, size_t count) {
  for (size_t i = 0; i < count; i++) {
    unsigned flags = (strchr(cases[i].flags, 'u') ? REGEXP_FLAG_UNICODE : 0) |
                     (strchr(cases[i].flags, 'v') ? REGEXP_FLAG_UNICODE_SETS : 0);
    const char *error = regexp_check_syntax(cases[i].pattern, strlen(cases[i].pattern), flags);
    bool same = error == NULL ? cases[i].error == NULL : cases[i].error != NULL && strcmp(error, cases[i].error) == 0;
    if (!same)
      out_printf(OUT_STDOUT, "  /%s/%s: got \"%s\", expected \"%s\"\n", cases[i].pattern, cases[i].flags,
                 error ? error : "(valid)", cases[i].error ? cases[i].error : "(valid)");
    CHECK(same);
  }
}

static void groups_and_quantifiers(int argc, char **argv) {
  static const Case cases[] = {
    {"(", "", "Unterminated group"}, {"(", "u", "Unterminated group"}, {")", "", "Unmatched ')'"},
    {"a{2,1}", "", "numbers out of order in {} quantifier"}, {"a**", "", "Nothing to repeat"},
    {"a{1}{2}", "", "Nothing to repeat"}, {"^*", "", "Nothing to repeat"}, {"\\b+", "", "Nothing to repeat"},
    {"{", "u", "Lone quantifier brackets"}, {"}", "u", "Lone quantifier brackets"}, {"]", "u", "Lone quantifier brackets"},
    {"a{", "u", "Incomplete quantifier"}, {"a{,5}", "", NULL}, {"a{,5}", "u", "Incomplete quantifier"},
    {"x{1,2", "", NULL}, {"{", "", NULL}, {"]", "", NULL}, {"x{2}?", "", NULL}, {"a{2,}?", "", NULL},
    {"(?=a)*", "", NULL}, {"(?=a)*", "u", "Invalid quantifier"}, {"(?<=a)*", "", "Invalid quantifier"},
    {"(?x)", "", "Invalid group"}, {"(?i:a)", "", "Invalid group"}, {"(?:)", "", NULL}, {"|", "", NULL},
    {"a{99999999999999999999,1}", "", "numbers out of order in {} quantifier"},
  };
  run(cases, sizeof cases / sizeof cases[0]);
}

static void escapes(int argc, char **argv) {
  static const Case cases[] = {
    {"\\1", "u", "Invalid escape"}, {"\\1(a)", "u", NULL}, {"\\1", "", NULL}, {"\\8", "", NULL},
    {"\\8", "u", "Invalid escape"}, {"\\01", "u", "Invalid decimal escape"}, {"\\00", "", NULL},
    {"\\c", "u", "Invalid Unicode escape"}, {"\\c", "", NULL}, {"\\c1", "", NULL}, {"\\ca", "u", NULL},
    {"\\x1", "u", "Invalid escape"}, {"\\x1", "", NULL}, {"\\u12", "u", "Invalid Unicode escape"},
    {"\\u{110000}", "u", "Invalid Unicode escape"}, {"\\u{1F600}", "u", NULL}, {"\\u{12}", "", NULL},
    {"\\q", "u", "Invalid escape"}, {"\\-", "u", "Invalid escape"}, {"\\/", "u", NULL}, {"\\$", "u", NULL},
    {"\\_", "u", "Invalid escape"}, {"\\", "", "\\ at end of pattern"},
  };
  run(cases, sizeof cases / sizeof cases[0]);
}

static void named_groups(int argc, char **argv) {
  static const Case cases[] = {
    {"\\k<a>", "u", "Invalid named capture referenced"}, {"(?<a>.)\\k<b>", "", "Invalid named capture referenced"},
    {"\\k", "u", "Invalid named reference"}, {"\\k<a>", "", NULL}, {"\\k<a>(?<a>.)", "", NULL},
    {"(?<a>x)(?<a>y)", "", "Duplicate capture group name"}, {"(?<1a>x)", "", "Invalid capture group name"},
    {"(?<a>)", "", NULL}, {"(?<$>.)", "", NULL}, {"(?<a\\u0062>.)", "", NULL},
    {"(?<a\\x62>.)", "", "Invalid capture group name"}, {"(?<\\u{1d49c}>.)", "", NULL},
    {"(?<\xf0\x9d\x92\x9c>.)", "u", NULL}, {"(?<\xf0\x9d\x92\x9c>.)", "", NULL},
    {"(a)(?:b)(?<c>d)\\2", "u", NULL}, {"(a)(?:b)(?<c>d)\\3", "u", "Invalid escape"},
  };
  run(cases, sizeof cases / sizeof cases[0]);
}

static void classes(int argc, char **argv) {
  static const Case cases[] = {
    {"[b-a]", "", "Range out of order in character class"}, {"[\\d-a]", "u", "Invalid character class"},
    {"[\\d-a]", "", NULL}, {"[a-\\d]", "", NULL}, {"[\\b-\\n]", "", NULL}, {"[\\w-]", "u", NULL},
    {"[\xf0\x9f\x98\x80-\xf0\x9f\x98\x82]", "", "Range out of order in character class"},
    {"[\xf0\x9f\x98\x80-\xf0\x9f\x98\x82]", "u", NULL}, {"[\\uD83D\\uDE00-\\uD83D\\uDE02]", "u", NULL},
    {"[\\c_]", "", NULL}, {"[\\c]", "", NULL}, {"[\\00]", "", NULL}, {"[\\1]", "u", "Invalid class escape"},
    {"[\\q]", "u", "Invalid escape"}, {"[\\-]", "u", NULL}, {"[\\b]", "u", NULL}, {"[]]", "", NULL},
    {"[^]", "", NULL}, {"[", "", "Unterminated character class"},
  };
  run(cases, sizeof cases / sizeof cases[0]);
}

static void class_sets(int argc, char **argv) {
  static const Case cases[] = {
    {"[a&&b]", "v", NULL}, {"[a&&&b]", "v", "Invalid character in character class"},
    {"[(]", "v", "Invalid character in character class"}, {"[a!!b]", "v", "Invalid set operation in character class"},
    {"[\\q{ab}]", "v", NULL}, {"[^\\q{ab}]", "v", "Negated character class may contain strings"},
    {"[a--b]", "v", NULL}, {"[a-z&&b]", "v", "Invalid set operation in character class"},
    {"[\\p{L}--\\p{Lu}]", "v", NULL}, {"[[a-z]--[aeiou]]", "v", NULL}, {"[&&a]", "v", "Invalid set operation in character class"},
    {"[a&&b--c]", "v", "Invalid set operation in character class"}, {"[\\!]", "v", NULL}, {"[-]", "v", "Invalid character in character class"},
    {"[^[\\q{ab}]]", "v", "Negated character class may contain strings"}, {"[\\z]", "v", "Invalid escape"},
  };
  run(cases, sizeof cases / sizeof cases[0]);
}

static void properties(int argc, char **argv) {
  static const Case cases[] = {
    {"\\p{Foo}", "u", "Invalid property name"}, {"\\p{L}", "u", NULL}, {"\\p{Lu}", "", NULL},
    {"\\p{Script=Greek}", "u", NULL}, {"\\p{General_Category=Letter}", "u", NULL}, {"\\p{gc=Lu}", "u", NULL},
    {"\\p{scx=Latn}", "u", NULL}, {"\\p{Script=Foo}", "u", "Invalid property name"}, {"\\p{Lu=Lu}", "u", "Invalid property name"},
    {"\\p{ L}", "u", "Invalid property name"}, {"\\p", "u", "Invalid property name"}, {"\\P{Any}", "u", NULL},
    {"[\\p{Foo}]", "u", "Invalid property name in character class"}, {"\\p{RGI_Emoji}", "v", NULL},
    {"\\p{RGI_Emoji}", "u", "Invalid property name"}, {"\\P{Basic_Emoji}", "v", "Invalid property name"},
  };
  run(cases, sizeof cases / sizeof cases[0]);
  CHECK_INT(unicode_property_lookup("ASCII_Hex_Digit", 15, NULL, 0), UNICODE_PROPERTY_CODE_POINTS);
  CHECK_INT(unicode_property_lookup("AHex", 4, NULL, 0), UNICODE_PROPERTY_CODE_POINTS);
  CHECK_INT(unicode_property_lookup("sc", 2, "Zyyy", 4), UNICODE_PROPERTY_CODE_POINTS);
  CHECK_INT(unicode_property_lookup("Basic_Emoji", 11, NULL, 0), UNICODE_PROPERTY_STRINGS);
  CHECK_INT(unicode_property_lookup("ascii", 5, NULL, 0), UNICODE_PROPERTY_INVALID);
}

static void deep_groups(int argc, char **argv) {
  static char pattern[20001];
  for (int i = 0; i < 10000; i++) {
    pattern[i] = '(';
    pattern[10000 + i] = ')';
  }
  CHECK_STR(regexp_check_syntax(pattern, 20000, 0), "Regular expression too large");
  CHECK(regexp_check_syntax(pattern + 9900, 200, 0) == NULL);
}

static const UnitCase cases[] = {
  {"groups and quantifiers", groups_and_quantifiers},
  {"escapes", escapes},
  {"named groups and \\k", named_groups},
  {"character classes", classes},
  {"v-mode class set expressions", class_sets},
  {"\\p{...} property names", properties},
  {"group nesting is bounded", deep_groups},
};
UNIT_MAIN(cases)
