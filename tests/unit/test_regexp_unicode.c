/* The RegExp engine's Unicode sets: property escapes (General_Category with its groups,
 * Script, Script_Extensions, binary properties, case-insensitive property matching in u and
 * v mode), v-flag class set operations (nesting, difference, intersection, \\q{...} strings,
 * complements) and the emoji properties of strings. Expected results were produced by node 20
 * (V8 11.3) on the same cases; the cases avoid characters whose properties changed between
 * Unicode 15 (Debian's unicode-data) and node's ICU. */
#include "unit.h"

#include "../regexp/regexp_test_util.h"

static const RegexpCase unicode_cases[] = {
    {"\\p{Lu}+", "u", "abCDe", 0, "2,4"},
    {"\\p{L}+", "u", "12\xc3\xa9""t\xc3\xa9""!", 0, "2,5"},
    {"\\p{General_Category=Decimal_Number}+", "u", "x\xd9\xa1""\xd9\xa2""", 0, "1,3"},
    {"\\p{gc=Nd}", "u", "\xe0\xa5\xa7""", 0, "0,1"},
    {"\\P{L}+", "u", "ab12!c", 0, "2,5"},
    {"\\p{Letter}", "u", "\xe4\xb8\x80""", 0, "0,1"},
    {"\\p{LC}", "u", "\xc7\x85""", 0, "0,1"},
    {"\\p{Script=Greek}+", "u", "abc\xce\xb1""\xce\xb2""", 0, "3,5"},
    {"\\p{sc=Cyrl}", "u", "\xd0\x96""", 0, "0,1"},
    {"\\p{Script_Extensions=Deva}", "u", "\xe0\xa5\xa4""", 0, "0,1"},
    {"\\p{Script=Deva}", "u", "\xe0\xa5\xa4""", 0, "null"},
    {"\\p{scx=Grek}", "u", "\xcd\x82""", 0, "0,1"},
    {"\\p{sc=Zyyy}", "u", "a1", 0, "1,2"},
    {"\\p{sc=Unknown}", "u", "a\xcd\xb8""", 0, "1,2"},
    {"\\p{ASCII}+", "u", "\xc3\xa9""ab\xc3\xa9""", 0, "1,3"},
    {"\\p{Any}", "u", "\xf0\x9f\x98\x80""", 0, "0,2"},
    {"\\p{Assigned}", "u", "\xcd\xb8""a", 0, "1,2"},
    {"\\p{Alphabetic}+", "u", "1\xc2\xaa""a\xcd\x85""", 0, "1,4"},
    {"\\p{White_Space}+", "u", "a \xe3\x80\x80""b", 0, "1,3"},
    {"\\p{Emoji_Presentation}", "u", "a\xe2\x8c\x9a""", 0, "1,2"},
    {"\\p{Extended_Pictographic}", "u", "x\xf0\x9f\x98\x80""", 0, "1,3"},
    {"\\p{Lowercase}", "u", "A\xc2\xaa""", 0, "1,2"},
    {"\\p{ID_Start}", "u", "1$a", 0, "2,3"},
    {"\\p{Hex}+", "u", "xFf0g", 0, "1,4"},
    {"[\\p{Nd}\\p{Lu}]+", "u", "a1B2c", 0, "1,4"},
    {"[^\\p{Nd}]+", "u", "12ab3", 0, "2,4"},
    {"\\p{Lu}", "iu", "a", 0, "0,1"},
    {"\\P{Lu}", "iu", "A", 0, "0,1"},
    {"\\p{Lowercase}", "iu", "A", 0, "0,1"},
    {"\\p{Lu}", "iv", "a", 0, "0,1"},
    {"\\P{Lu}", "iv", "A", 0, "null"},
    {"[^\\P{Lu}]", "iv", "a", 0, "0,1"},
    {"\\p{Lowercase_Letter}", "", "p{Lowercase_Letter}", 0, "0,19"},
    {"\\p{Script=Nope}", "u", "", 0, "SyntaxError: Invalid property name"},
    {"\\p{Script=Hrkt}", "u", "", 0, "SyntaxError: Invalid property name"},
    {"\\p{scx=Katakana_Or_Hiragana}", "u", "", 0, "SyntaxError: Invalid property name"},
    {"\\p{General_Category}", "u", "", 0, "SyntaxError: Invalid property name"},
    {"\\p{RGI_Emoji}", "u", "", 0, "SyntaxError: Invalid property name"},
    {"[\\w--\\d]+", "v", "12ab_3", 0, "2,5"},
    {"[[a-z]&&[aeiou]]+", "v", "xyzaeb", 0, "3,5"},
    {"[[a-z]--[aeiou]]+", "v", "aeixyz", 0, "3,6"},
    {"[\\p{L}&&\\p{ASCII}]+", "v", "\xc3\xa9""ab\xc3\xa9""", 0, "1,3"},
    {"[[a-f]--[b-d]--e]+", "v", "afbe", 0, "0,2"},
    {"[a-c[x-z]]+", "v", "axbyc-", 0, "0,5"},
    {"[^[a-c]]+", "v", "abcxyz", 0, "3,6"},
    {"[\\q{abc|d}x]+", "v", "zabcdxabq", 0, "1,6"},
    {"[\\q{abc|ab|a}]", "v", "abc", 0, "0,3"},
    {"[\\q{}]", "v", "x", 0, "0,0"},
    {"^[\\q{}a]$", "v", "", 0, "0,0"},
    {"[\\q{ab}a]", "v", "ab", 0, "0,2"},
    {"[\\q{abc}--\\q{abc}]", "v", "abc", 0, "null"},
    {"[\\q{ab|cd}&&\\q{cd}]", "v", "abcd", 0, "2,4"},
    {"[\\q{KEY}]", "vi", "key", 0, "0,3"},
    {"[^a]", "vi", "A", 0, "null"},
    {"[^\\q{a}]", "vi", "A", 0, "null"},
    {"\\p{RGI_Emoji}", "v", "x\xf0\x9f\x91\x8d""\xf0\x9f\x8f\xbd""", 0, "1,5"},
    {"^\\p{RGI_Emoji}$", "v", "\xf0\x9f\x87\xba""\xf0\x9f\x87\xb8""", 0, "0,4"},
    {"\\p{Emoji_Keycap_Sequence}", "v", "a1\xef\xb8\x8f""\xe2\x83\xa3""", 0, "1,4"},
    {"[\\p{RGI_Emoji_Flag_Sequence}x]+", "v", "\xf0\x9f\x87\xaf""\xf0\x9f\x87\xb5""x", 0, "0,5"},
    {"\\p{RGI_Emoji_ZWJ_Sequence}", "v", "\xf0\x9f\x91\xa8""\xe2\x80\x8d""\xf0\x9f\x91\xa9""\xe2\x80\x8d""\xf0\x9f\x91\xa7""", 0, "0,8"},
    {"[\\p{Basic_Emoji}--\\q{\xf0\x9f\x98\x80""}]", "v", "\xf0\x9f\x98\x80""\xf0\x9f\x98\x81""", 0, "2,4"},
    {"[\\&\\-\\!]+", "v", "&-!", 0, "0,3"},
    {".", "v", "\xf0\x9f\x98\x80""", 0, "0,2"},
    {"(?<=[\\q{ab}])c", "v", "abc", 0, "2,3"},
    {"[a&&&b]", "v", "", 0, "SyntaxError: Invalid character in character class"},
    {"[a--]", "v", "", 0, "SyntaxError: Invalid character in character class"},
    {"[(]", "v", "", 0, "SyntaxError: Invalid character in character class"},
    {"[^\\q{ab}]", "v", "", 0, "SyntaxError: Negated character class may contain strings"},
    {"\\P{RGI_Emoji}", "v", "", 0, "SyntaxError: Invalid property name"},
};

static void test_properties_and_sets(int argc, char **argv) {
  (void)argc, (void)argv;
  CHECK_REGEXP_CASES(unicode_cases);
}

static const UnitCase cases[] = {
    {"properties_and_sets", test_properties_and_sets},
};

UNIT_MAIN(cases)
