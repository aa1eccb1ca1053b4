/* The RegExp engine on each feature of 22.2.2 Pattern Semantics: characters, alternation,
 * quantifiers (greedy, lazy, counted, the empty check, capture reset), backreferences,
 * lookahead and lookbehind, anchors, dot, classes and escapes, Annex B syntax, case-insensitive
 * matching in both modes, Unicode mode, named groups, sticky and lastIndex, SyntaxError
 * reasons; plus the API: budgets, the backtrack-stack bound, group names, error messages.
 * Expected results were produced by node 20 (V8 11.3) running the same cases. */
#include "unit.h"

#include "../regexp/regexp_test_util.h"

static const RegexpCase match_cases[] = {
    {"abc", "", "xxabcxx", 0, "2,5"},
    {"a|ab", "", "abc", 0, "0,1"},
    {"ab|a", "", "abc", 0, "0,2"},
    {"", "", "abc", 0, "0,0"},
    {"x", "", "abc", 0, "null"},
    {"a|b|c|", "", "zzz", 0, "0,0"},
    {"(a|ab)(c|bcd)(d*)", "", "abcd", 0, "0,4 0,1 1,4 4,4"},
    {"a*", "", "aaab", 0, "0,3"},
    {"a*?", "", "aaab", 0, "0,0"},
    {"a+?b", "", "aaab", 0, "0,4"},
    {"a{2,3}", "", "aaaa", 0, "0,3"},
    {"a{2,3}?", "", "aaaa", 0, "0,2"},
    {"a{2}", "", "abaa", 0, "2,4"},
    {"a{2,}", "", "aaaaa", 0, "0,5"},
    {"(a{0})b", "", "ab", 0, "1,2 1,1"},
    {"x*y+$", "", "xxyyy", 0, "0,5"},
    {"(?:ab)*c", "", "ababc", 0, "0,5"},
    {"(a|b)*?c", "", "abac", 0, "0,4 2,3"},
    {"a??b", "", "ab", 0, "0,2"},
    {"(ab){1,2}?", "", "ababab", 0, "0,2 0,2"},
    {"(a*)*", "", "b", 0, "0,0 -"},
    {"(a*)+", "", "b", 0, "0,0 0,0"},
    {"(a|)*b", "", "aab", 0, "0,3 1,2"},
    {"(z)((a+)?(b+)?(c))*", "", "zaacbbbcac", 0, "0,10 0,1 8,10 8,9 - 9,10"},
    {"(?:(a)|b)*", "", "ab", 0, "0,2 -"},
    {"(a)|\\1b", "", "b", 0, "0,1 -"},
    {"(?:a|())*", "", "aaa", 0, "0,3 -"},
    {"(()|a)+", "", "aa", 0, "0,2 1,2 -"},
    {"(a?)*?b", "", "aab", 0, "0,3 1,2"},
    {"(?:a*?)*?b", "", "aab", 0, "0,3"},
    {"(a*?)*", "", "aa", 0, "0,2 1,2"},
    {"(a)\\1", "", "aa", 0, "0,2 0,1"},
    {"\\1(a)", "", "aa", 0, "0,1 0,1"},
    {"(a)|b\\1", "", "b", 0, "0,1 -"},
    {"(?<x>b)\\k<x>", "", "abb", 0, "1,3 1,2"},
    {"\\k<x>(?<x>b)", "", "bb", 0, "0,1 0,1"},
    {"(a)(?:\\1)*", "", "aaaa", 0, "0,4 0,1"},
    {"([ab])\\1", "i", "aA", 0, "0,2 0,1"},
    {"(\\w+)\\s\\1", "", "hello hello", 0, "0,11 0,5"},
    {"a(?=b)", "", "acab", 0, "2,3"},
    {"a(?!b)", "", "abac", 0, "2,3"},
    {"(?=(a+))a*b\\1", "", "baaabac", 0, "3,6 3,4"},
    {"(?=(a+?))(\\1ab)", "", "aaab", 0, "1,4 1,2 1,4"},
    {"(?<=a)b", "", "cbab", 0, "3,4"},
    {"(?<!a)b", "", "abcb", 0, "3,4"},
    {"(?<=(\\d+)(\\d+))$", "", "1053", 0, "4,4 0,1 1,4"},
    {"(?<=\\1(a))b", "", "aab", 0, "2,3 1,2"},
    {"(?<=([abc])+)d", "", "abcd", 0, "3,4 0,1"},
    {"(?<=(a|ab))c", "", "abc", 0, "2,3 0,2"},
    {"(?!(a))\\1b", "", "ab", 0, "1,2 -"},
    {"(?<=^|,)x", "", "a,x", 0, "2,3"},
    {"(?<=a(?=b)b)c", "", "abc", 0, "2,3"},
    {"(?<!(x))y\\1", "", "y", 0, "0,1 -"},
    {"(?=a)*a", "", "a", 0, "0,1"},
    {"(?=a){2}b", "", "ab", 0, "null"},
    {"^b", "", "a\x0a""b", 0, "null"},
    {"^b", "m", "a\x0a""b", 0, "2,3"},
    {"a$", "", "a\x0a""b", 0, "null"},
    {"a$", "m", "a\x0a""b", 0, "0,1"},
    {".", "", "\x0a""\x0d""\xe2\x80\xa8""x", 0, "3,4"},
    {".", "s", "\x0a""", 0, "0,1"},
    {"^.*$", "m", "ab\x0a""cd", 0, "0,2"},
    {"\\bfoo\\b", "", "a foo.", 0, "2,5"},
    {"\\Boo", "", "foo", 0, "1,3"},
    {"\\b", "", "", 0, "null"},
    {"$", "", "ab", 0, "2,2"},
    {"^$", "m", "a\x0a""\x0a""b", 0, "2,2"},
    {"[a-c]+", "", "xabcd", 0, "1,4"},
    {"[^a-c]+", "", "abxyc", 0, "2,4"},
    {"[\\d-z]+", "", "1-z", 0, "0,3"},
    {"[-a]+", "", "a-b", 0, "0,2"},
    {"[a-]+", "", "-a", 0, "0,2"},
    {"[\\w-]+", "", "ab-c!", 0, "0,4"},
    {"[]", "", "a", 0, "null"},
    {"[^]", "", "\x0a""", 0, "0,1"},
    {"[\\b]", "", "a\x08""", 0, "1,2"},
    {"[\\s\\S]", "", "\xe3\x80\x80""", 0, "0,1"},
    {"\\s+", "", "a \x09""\x0a""\x0b""\x0c""\x0d""\xc2\xa0""\xe1\x9a\x80""\xe2\x80\x80""\xe2\x80\x8a""\xe2\x80\xa8""\xe2\x80\xa9""\xe2\x80\xaf""\xe2\x81\x9f""\xe3\x80\x80""\xef\xbb\xbf""b", 0, "1,17"},
    {"\\S+", "", "  ab  ", 0, "2,4"},
    {"\\d+\\D", "", "a12b", 0, "1,4"},
    {"\\w+\\W", "", "_a1!", 0, "0,4"},
    {"[\\u0041-\\u0043]+", "", "ABCD", 0, "0,3"},
    {"[\\x41-\\x43]+", "", "ABCD", 0, "0,3"},
    {"\\x41\\u0042\\103", "", "ABC", 0, "0,3"},
    {"\\0?a", "", "a", 0, "0,1"},
    {"[\\0-\\x02]", "", "a\x02""", 0, "1,2"},
    {"\\8\\9", "", "89", 0, "0,2"},
    {"\\1", "", "\x01""", 0, "0,1"},
    {"\\12", "", "\x0a""", 0, "0,1"},
    {"\\377", "", "\xc3\xbf""", 0, "0,1"},
    {"\\400", "", " 0", 0, "0,2"},
    {"(a)\\2", "", "a\x02""", 0, "0,2 0,1"},
    {"\\ca", "", "\x01""", 0, "0,1"},
    {"\\c1", "", "\\c1", 0, "0,3"},
    {"[\\c1]", "", "\x11""", 0, "0,1"},
    {"[\\c_]", "", "\x1f""", 0, "0,1"},
    {"[\\c*]+", "", "\\c*", 0, "0,3"},
    {"\\q\\z\\k", "", "qzk", 0, "0,3"},
    {"a{", "", "a{", 0, "0,2"},
    {"a{1", "", "a{1", 0, "0,3"},
    {"a{,5}", "", "a{,5}", 0, "0,5"},
    {"x{1}{", "", "x{", 0, "0,2"},
    {"]", "", "]", 0, "0,1"},
    {"}", "", "}", 0, "0,1"},
    {"\\u{2}", "", "uu", 0, "0,2"},
    {"\\x4", "", "x4", 0, "0,2"},
    {"\\u12", "", "u12", 0, "0,3"},
    {"\\p{L}", "", "p{L}", 0, "0,4"},
    {"[\\8]", "", "8", 0, "0,1"},
    {"[\\1]", "", "\x01""", 0, "0,1"},
    {"\\c", "", "\\c", 0, "0,2"},
    {"\\/", "", "/", 0, "0,1"},
    {"\\-", "", "-", 0, "0,1"},
    {"abc", "i", "ABC", 0, "0,3"},
    {"[a-z]+", "i", "HeLLo", 0, "0,5"},
    {"\xc3\xa5""", "i", "\xc3\x85""", 0, "0,1"},
    {"\xc5\xbf""", "i", "s", 0, "null"},
    {"s", "i", "\xc5\xbf""", 0, "null"},
    {"\xe2\x84\xaa""", "i", "k", 0, "null"},
    {"k", "i", "\xe2\x84\xaa""", 0, "null"},
    {"\xc3\x9f""", "i", "SS", 0, "null"},
    {"\xcf\x83""", "i", "\xcf\x82""", 0, "0,1"},
    {"\xce\xa3""", "i", "\xcf\x82""", 0, "0,1"},
    {"[^a]", "i", "A", 0, "null"},
    {"\\W", "i", "S", 0, "null"},
    {"[\\u00e0-\\u00e5]", "i", "\xc3\x83""", 0, "0,1"},
    {"\xc4\xb1""", "i", "I", 0, "null"},
    {"i", "i", "\xc4\xb0""", 0, "null"},
    {"\xe1\xba\x9e""", "i", "\xc3\x9f""", 0, "null"},
    {"[A-Z]", "i", "\xe2\x84\xaa""", 0, "null"},
    {"^.$", "u", "\xf0\x9f\x98\x80""", 0, "0,2"},
    {"^.$", "", "\xf0\x9f\x98\x80""", 0, "null"},
    {"\xed\xa0\xbd""", "u", "\xf0\x9f\x98\x80""", 0, "null"},
    {"\xed\xb8\x80""", "u", "\xf0\x9f\x98\x80""", 0, "null"},
    {"\xed\xb8\x80""", "", "\xf0\x9f\x98\x80""", 0, "1,2"},
    {"[\xf0\x9f\x98\x80""-\xf0\x9f\x99\x8f""]", "u", "x\xf0\x9f\x98\x83""", 0, "1,3"},
    {"\\u{1F600}", "u", "\xf0\x9f\x98\x80""", 0, "0,2"},
    {"\\ud83d\\ude00", "u", "\xf0\x9f\x98\x80""", 0, "0,2"},
    {"[^x]", "u", "\xf0\x9f\x98\x80""", 0, "0,2"},
    {"\\S", "u", "\xf0\x9f\x98\x80""", 0, "0,2"},
    {"(?:)", "gu", "\xf0\x9f\x98\x80""", 1, "0,0"},
    {"\\udc00", "uy", "\xf0\x90\x80\x80""", 1, "null"},
    {".", "gu", "\xf0\x90\x80\x80""", 1, "0,2"},
    {"a", "y", "ba", 0, "null"},
    {"a", "y", "ba", 1, "1,2"},
    {"(?<=\xf0\x9f\x98\x80"")x", "u", "\xf0\x9f\x98\x80""x", 0, "2,3"},
    {"(?<=.)x", "u", "\xf0\x9f\x98\x80""x", 0, "2,3"},
    {"(?<=\\1(.))x", "u", "\xf0\x9f\x98\x80""\xf0\x9f\x98\x80""x", 0, "4,5 2,4"},
    {"\xc5\xbf""", "iu", "s", 0, "0,1"},
    {"\xe2\x84\xaa""", "iu", "k", 0, "0,1"},
    {"\\w", "iu", "\xc5\xbf""", 0, "0,1"},
    {"\\W", "iu", "\xc5\xbf""", 0, "null"},
    {"[\\W]", "iu", "s", 0, "null"},
    {"\\b", "iu", "\xc5\xbf""", 0, "0,0"},
    {"\xc3\x9f""", "iu", "\xe1\xba\x9e""", 0, "0,1"},
    {"\xcf\x83""", "iu", "\xcf\x82""", 0, "0,1"},
    {"\xf0\x90\x90\x80""", "iu", "\xf0\x90\x90\xa8""", 0, "0,2"},
    {"[\xf0\x90\x90\x80""-\xf0\x90\x90\x81""]", "iu", "\xf0\x90\x90\xa9""", 0, "0,2"},
    {"\\u{10400}", "ui", "\xf0\x90\x90\xa8""", 0, "0,2"},
    {"(a)\\1", "iu", "aA", 0, "0,2 0,1"},
    {"[^\\W]", "iu", "\xe2\x84\xaa""", 0, "0,1"},
    {"(?<year>\\d{4})-(?<month>\\d{2})", "", "on 2024-05", 0, "3,10 3,7 8,10"},
    {"(?<a>.)(?<b>.)\\k<b>", "u", "xyy", 0, "0,3 0,1 1,2"},
    {"(?<\\u0061>x)\\k<a>", "", "xx", 0, "0,2 0,1"},
    {"\\k<a>(?<a>x)", "u", "x", 0, "0,1 0,1"},
    {"b", "y", "ab", 1, "1,2"},
    {"b", "g", "abab", 2, "3,4"},
    {"", "g", "ab", 2, "2,2"},
    {"a", "g", "a", 1, "null"},
    {"(", "", "", 0, "SyntaxError: Unterminated group"},
    {")", "", "", 0, "SyntaxError: Unmatched ')'"},
    {"a**", "", "", 0, "SyntaxError: Nothing to repeat"},
    {"[b-a]", "", "", 0, "SyntaxError: Range out of order in character class"},
    {"a{2,1}", "", "", 0, "SyntaxError: numbers out of order in {} quantifier"},
    {"\\", "", "", 0, "SyntaxError: \\ at end of pattern"},
    {"(?<a>x)(?<a>y)", "", "", 0, "SyntaxError: Duplicate capture group name"},
    {"\\k<b>(?<a>x)", "", "", 0, "SyntaxError: Invalid named capture referenced"},
    {"{1}", "u", "", 0, "SyntaxError: Nothing to repeat"},
    {"\\1", "u", "", 0, "SyntaxError: Invalid escape"},
    {"\\c", "u", "", 0, "SyntaxError: Invalid Unicode escape"},
    {"(?<=a)*", "", "", 0, "SyntaxError: Invalid quantifier"},
    {"[", "", "", 0, "SyntaxError: Unterminated character class"},
    {"\\p{Nope}", "u", "", 0, "SyntaxError: Invalid property name"},
    {"a{1", "u", "", 0, "SyntaxError: Incomplete quantifier"},
    {"]", "u", "", 0, "SyntaxError: Lone quantifier brackets"},
    {"\\u{110000}", "u", "", 0, "SyntaxError: Invalid Unicode escape"},
};

static void test_features(int argc, char **argv) {
  (void)argc, (void)argv;
  CHECK_REGEXP_CASES(match_cases);
}

static ReProgram *compile_ascii(const char *pattern, uint32_t flags) {
  uint16_t units[256];
  size_t n = regexp_test_utf16(pattern, units);
  ReProgram *program = NULL;
  ReError error;
  return re_compile(units, n, flags, &program, &error) == RE_OK ? program : NULL;
}

/* /(a+)+$/ on "aaa...ab" backtracks exponentially; a small budget stops it. */
static void test_budget_interrupts(int argc, char **argv) {
  (void)argc, (void)argv;
  ReProgram *program = compile_ascii("(a+)+$", 0);
  CHECK(program != NULL);
  if (!program) return;
  uint8_t subject[41];
  memset(subject, 'a', 40);
  subject[40] = 'b';
  int32_t captures[4];
  ReBudget budget = {0};
  budget.step_limit = 100000;
  CHECK_INT(re_exec(program, subject, sizeof subject, false, 0, captures, &budget), RE_INTERRUPTED);
  CHECK(budget.steps > 100000 && budget.steps < 100000 + 2 * RE_BUDGET_POLL_INTERVAL);
  volatile int flag = 1;
  ReBudget interrupt = {0};
  interrupt.interrupt = &flag;
  CHECK_INT(re_exec(program, subject, sizeof subject, false, 0, captures, &interrupt), RE_INTERRUPTED);
  /* Short subjects still finish under the same budget. */
  ReBudget small = {0};
  small.step_limit = 100000;
  CHECK_INT(re_exec(program, "aaab", 4, false, 0, captures, &small), RE_NO_MATCH);
  CHECK_INT(re_exec(program, "aaa", 3, false, 0, captures, &small), RE_MATCH);
  CHECK_INT(captures[2], 0);
  CHECK_INT(captures[3], 3);
  re_free(program);
}

static bool stop_now(void *data) {
  (*(int *)data)++;
  return true;
}

static void test_budget_poll(int argc, char **argv) {
  (void)argc, (void)argv;
  ReProgram *program = compile_ascii("(x+x+)+y", 0);
  CHECK(program != NULL);
  if (!program) return;
  char subject[64];
  memset(subject, 'x', sizeof subject);
  int calls = 0;
  ReBudget budget = {0};
  budget.poll = stop_now;
  budget.poll_data = &calls;
  int32_t captures[4];
  CHECK_INT(re_exec(program, subject, sizeof subject, false, 0, captures, &budget), RE_INTERRUPTED);
  CHECK_INT(calls, 1);
  re_free(program);
}

/* The backtrack stack is bounded: past the bound exec reports out of memory, not a crash. */
static void test_stack_bound(int argc, char **argv) {
  (void)argc, (void)argv;
  ReProgram *program = compile_ascii("(?:a|b)*c", 0);
  CHECK(program != NULL);
  if (!program) return;
  static uint8_t subject[100000];
  memset(subject, 'a', sizeof subject);
  int32_t captures[2];
  ReBudget budget = {0};
  budget.max_stack_bytes = 4096;
  CHECK_INT(re_exec(program, subject, sizeof subject, false, 0, captures, &budget), RE_OUT_OF_MEMORY);
  subject[sizeof subject - 1] = 'c';
  CHECK_INT(re_exec(program, subject, sizeof subject, false, 0, captures, NULL), RE_MATCH);
  CHECK_INT(captures[1], (int)sizeof subject);
  re_free(program);
}

static void test_group_names(int argc, char **argv) {
  (void)argc, (void)argv;
  ReProgram *program = compile_ascii("(x)(?<first>a)(?:b)(?<\\u{73}econd>c)", RE_FLAG_UNICODE);
  CHECK(program != NULL);
  if (!program) return;
  CHECK_INT(re_capture_count(program), 3);
  CHECK_INT(re_named_group_count(program), 2);
  size_t length;
  uint32_t index;
  const uint16_t *name = re_named_group(program, 0, &length, &index);
  CHECK_INT(length, 5);
  CHECK_INT(name[0], 'f');
  CHECK_INT(index, 2);
  name = re_named_group(program, 1, &length, &index);
  CHECK_INT(length, 6);
  CHECK_INT(name[0], 's');
  CHECK_INT(index, 3);
  CHECK_INT(re_flags(program), RE_FLAG_UNICODE);
  re_free(program);
}

static void test_error_message(int argc, char **argv) {
  (void)argc, (void)argv;
  uint16_t pattern[] = {'('};
  ReProgram *program;
  ReError error;
  CHECK_INT(re_compile(pattern, 1, RE_FLAG_UNICODE | RE_FLAG_GLOBAL, &program, &error), RE_SYNTAX_ERROR);
  uint16_t message[128];
  size_t n = re_error_message(pattern, 1, RE_FLAG_UNICODE | RE_FLAG_GLOBAL, &error, message, 128);
  char text[128];
  for (size_t i = 0; i < n; i++) text[i] = (char)message[i];
  text[n] = 0;
  CHECK_STR(text, "Invalid regular expression: /(/gu: Unterminated group"); /* node: new RegExp("(", "ug") */
  CHECK_INT(re_error_message(pattern, 1, 0, &error, message, 4), n - 2);
}

/* Nesting as deep as the syntax checker allows compiles and runs (no C recursion in the
 * matcher; the compiler's recursion is bounded by the checker's limit). */
static void test_deep_nesting(int argc, char **argv) {
  (void)argc, (void)argv;
  enum { DEPTH = 450 };
  static uint16_t pattern[2 * DEPTH + 2];
  size_t n = 0;
  for (int i = 0; i < DEPTH; i++) pattern[n++] = '(';
  pattern[n++] = 'a';
  pattern[n++] = '*';
  for (int i = 0; i < DEPTH; i++) pattern[n++] = ')';
  ReProgram *program;
  ReError error;
  CHECK_INT(re_compile(pattern, n, 0, &program, &error), RE_OK);
  if (program == NULL) return;
  CHECK_INT(re_capture_count(program), DEPTH);
  static int32_t captures[2 * (DEPTH + 1)];
  CHECK_INT(re_exec(program, "baab", 4, false, 1, captures, NULL), RE_MATCH);
  CHECK_INT(captures[0], 1);
  CHECK_INT(captures[1], 3);
  CHECK_INT(captures[2 * DEPTH], 1);
  CHECK_INT(captures[2 * DEPTH + 1], 3);
  re_free(program);
  /* A long subject: the greedy loop's give-back and the step budget across it. */
  program = compile_ascii("a*ab$", 0);
  CHECK(program != NULL);
  if (program == NULL) return;
  static uint8_t subject[1 << 20];
  memset(subject, 'a', sizeof subject);
  subject[sizeof subject - 1] = 'b';
  CHECK_INT(re_exec(program, subject, sizeof subject, false, 0, captures, NULL), RE_MATCH);
  CHECK_INT(captures[1], (int)sizeof subject);
  re_free(program);
}

static const UnitCase cases[] = {
    {"deep_nesting", test_deep_nesting},
    {"features", test_features},
    {"budget_interrupts", test_budget_interrupts},
    {"budget_poll", test_budget_poll},
    {"stack_bound", test_stack_bound},
    {"group_names", test_group_names},
    {"error_message", test_error_message},
};

UNIT_MAIN(cases)
