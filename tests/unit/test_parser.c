/* The parser: AST shapes for each area of the grammar, ASI and regexp/divide decisions,
 * early errors, node-style messages with positions and the caret line, and the nesting
 * bound (deep input is a RangeError, never a C stack overflow). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"
#include "unit.h"

static char dump[8192];

/* Parses and dumps the program, or returns "Type: message" for an error. */
static const char *parse_as(const char *source, bool module) {
  Arena *arena = arena_new(0);
  ParseError error;
  ParseOptions options = {.is_module = module};
  Node *program = parse_program(source, strlen(source), &options, arena, &error);
  if (program == NULL) snprintf(dump, sizeof dump, "%s: %s", parse_error_type_name(error.type), error.message);
  else ast_dump(program, source, dump, sizeof dump);
  arena_free(arena);
  return dump;
}

static const char *script(const char *source) { return parse_as(source, false); }
static const char *module(const char *source) { return parse_as(source, true); }

/* The error's line:column (line from 1, column from 0). */
static const char *where(const char *source, bool is_module) {
  static char text[64];
  Arena *arena = arena_new(0);
  ParseError error;
  ParseOptions options = {.is_module = is_module};
  Node *program = parse_program(source, strlen(source), &options, arena, &error);
  if (program) snprintf(text, sizeof text, "parsed");
  else snprintf(text, sizeof text, "%u:%u", error.line, error.column);
  arena_free(arena);
  return text;
}

static void expressions(int argc, char **argv) {
  CHECK_STR(script("a + b * c;"), "(PROGRAM (EXPRESSION_STMT (BINARY + (IDENTIFIER a) (BINARY * (IDENTIFIER b) (IDENTIFIER c)))))");
  CHECK_STR(script("a ** b ** c"), "(PROGRAM (EXPRESSION_STMT (BINARY ** (IDENTIFIER a) (BINARY ** (IDENTIFIER b) (IDENTIFIER c)))))");
  CHECK_STR(script("a ?? b"), "(PROGRAM (EXPRESSION_STMT (LOGICAL ?? (IDENTIFIER a) (IDENTIFIER b))))");
  CHECK_STR(script("a ||= b"), "(PROGRAM (EXPRESSION_STMT (ASSIGN ||= (IDENTIFIER a) (IDENTIFIER b))))");
  CHECK_STR(script("a?.b.c()"), "(PROGRAM (EXPRESSION_STMT (CHAIN (CALL (MEMBER (MEMBER (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c))))))");
  CHECK_STR(script("x = y ? 1 : 2n"), "(PROGRAM (EXPRESSION_STMT (ASSIGN = (IDENTIFIER x) (CONDITIONAL (IDENTIFIER y) (NUMBER 1) (BIGINT 2n)))))");
  CHECK_STR(script("new a.b(c)"), "(PROGRAM (EXPRESSION_STMT (NEW (MEMBER (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c))))");
  CHECK_STR(script("tag`a${b}c`"),
            "(PROGRAM (EXPRESSION_STMT (TAGGED_TEMPLATE (IDENTIFIER tag) (TEMPLATE (TEMPLATE_ELEMENT a) (IDENTIFIER b) (TEMPLATE_ELEMENT c)))))");
  CHECK_STR(script("({a, b: [c = 1, ...d], ...e} = f)"),
            "(PROGRAM (EXPRESSION_STMT (ASSIGN = (OBJECT_PATTERN (PROPERTY (IDENTIFIER a) (IDENTIFIER a)) (PROPERTY (IDENTIFIER b) "
            "(ARRAY_PATTERN (ASSIGN_PATTERN (IDENTIFIER c) (NUMBER 1)) (REST (IDENTIFIER d)))) (REST (IDENTIFIER e))) (IDENTIFIER f))))");
  CHECK_STR(script("async (a, b) => a"),
            "(PROGRAM (EXPRESSION_STMT (FUNCTION _ (IDENTIFIER a) (IDENTIFIER a) (IDENTIFIER b))))");
  CHECK_STR(script("async(a, b)"), "(PROGRAM (EXPRESSION_STMT (CALL (IDENTIFIER async) (IDENTIFIER a) (IDENTIFIER b))))");
  CHECK_STR(script("(a, b)"), "(PROGRAM (EXPRESSION_STMT (SEQUENCE (IDENTIFIER a) (IDENTIFIER b))))");
  CHECK_STR(script("x = {get a() {}, set a(v) {}, async *g() {}, [k]: 1, 'q': 2, 3: 4}"), script("x = {get a() {}, set a(v) {}, async *g() {}, [k]: 1, 'q': 2, 3: 4}"));
  CHECK(strncmp(script("x = {get a() {}, set a(v) {}, async *g() {}, [k]: 1, 'q': 2, 3: 4}"), "(PROGRAM", 8) == 0);
  CHECK(strncmp(script("class A extends B { #x = 1; static #y; get #z() {} static { this.#x; } m() { return #x in this; } }"),
                "(PROGRAM (CLASS (IDENTIFIER A) (IDENTIFIER B)", 40) == 0);
  CHECK(strncmp(script("function* g() { yield* a; yield; }"), "(PROGRAM (FUNCTION", 18) == 0);
  CHECK(strncmp(script("async function f() { for await (x of y) await x; }"), "(PROGRAM (FUNCTION", 18) == 0);
  CHECK(strncmp(script("function f() { return new.target; }"), "(PROGRAM (FUNCTION", 18) == 0);
}

static void statements(int argc, char **argv) {
  CHECK_STR(script("let [a] = b, {c} = d;"),
            "(PROGRAM (VAR_DECL let (DECLARATOR (ARRAY_PATTERN (IDENTIFIER a)) (IDENTIFIER b)) (DECLARATOR (OBJECT_PATTERN (PROPERTY (IDENTIFIER c) (IDENTIFIER c))) (IDENTIFIER d))))");
  CHECK_STR(script("for (const x of y) ;"), "(PROGRAM (FOR_OF (VAR_DECL const (DECLARATOR (IDENTIFIER x))) (IDENTIFIER y) _ (EMPTY)))");
  CHECK_STR(script("for (x in y) ;"), "(PROGRAM (FOR_IN (IDENTIFIER x) (IDENTIFIER y) _ (EMPTY)))");
  CHECK_STR(script("for (var i = 0 in x) ;"), "(PROGRAM (FOR_IN (VAR_DECL var (DECLARATOR (IDENTIFIER i) (NUMBER 0))) (IDENTIFIER x) _ (EMPTY)))");
  CHECK_STR(script("for (let in x) ;"), "(PROGRAM (FOR_IN (IDENTIFIER let) (IDENTIFIER x) _ (EMPTY)))");
  CHECK_STR(script("a: for (;;) { continue a; }"), "(PROGRAM (LABELED a (FOR _ _ _ (BLOCK (CONTINUE a)))))");
  CHECK_STR(script("try {} catch { } finally {}"), "(PROGRAM (TRY (BLOCK) (CATCH _ (BLOCK)) (BLOCK)))");
  CHECK_STR(script("with (o) x"), "(PROGRAM (WITH (IDENTIFIER o) (EXPRESSION_STMT (IDENTIFIER x))))");
  CHECK_STR(script("'use strict'; x"), "(PROGRAM (EXPRESSION_STMT (STRING use strict)) (EXPRESSION_STMT (IDENTIFIER x)))");
  CHECK_STR(script("if (a) function f() {}"), "(PROGRAM (IF (IDENTIFIER a) (FUNCTION (IDENTIFIER f) (BLOCK))))");
  CHECK_STR(script("{ function f() {} function f() {} }"), "(PROGRAM (BLOCK (FUNCTION (IDENTIFIER f) (BLOCK)) (FUNCTION (IDENTIFIER f) (BLOCK))))");
  CHECK_STR(script("var a; var a; function a() {}"), "(PROGRAM (VAR_DECL var (DECLARATOR (IDENTIFIER a))) (VAR_DECL var (DECLARATOR (IDENTIFIER a))) (FUNCTION (IDENTIFIER a) (BLOCK)))");
  CHECK_STR(script("try {} catch (e) { var e; }"), "(PROGRAM (TRY (BLOCK) (CATCH (IDENTIFIER e) (BLOCK (VAR_DECL var (DECLARATOR (IDENTIFIER e)))))))");
}

static void modules(int argc, char **argv) {
  CHECK_STR(module("import a, {b as c, 'd e' as f} from 'm' with {type: 'json'}; export {a, c as default};"),
            "(PROGRAM (IMPORT (STRING m) _ (IMPORT_ATTRIBUTES (IMPORT_ATTRIBUTE (IDENTIFIER type) (STRING json))) "
            "(IMPORT_SPECIFIER _ (IDENTIFIER a)) (IMPORT_SPECIFIER (IDENTIFIER b) (IDENTIFIER c)) (IMPORT_SPECIFIER (STRING d e) (IDENTIFIER f))) "
            "(EXPORT_NAMED (EXPORT_SPECIFIER (IDENTIFIER a) (IDENTIFIER a)) (EXPORT_SPECIFIER (IDENTIFIER c) (IDENTIFIER default))))");
  CHECK_STR(module("import * as ns from 'm'; export * as x from 'n'; export * from 'o';"),
            "(PROGRAM (IMPORT (STRING m) (IMPORT_SPECIFIER _ (IDENTIFIER ns))) (EXPORT_ALL (STRING n) (IDENTIFIER x)) (EXPORT_ALL (STRING o)))");
  CHECK_STR(module("export default class {}"), "(PROGRAM (EXPORT_DEFAULT (CLASS)))");
  CHECK_STR(module("export default async function () {}"), "(PROGRAM (EXPORT_DEFAULT (FUNCTION _ (BLOCK))))");
  CHECK_STR(module("await x; import.meta; import('y');"),
            "(PROGRAM (EXPRESSION_STMT (AWAIT (IDENTIFIER x))) (EXPRESSION_STMT (IMPORT_META)) (EXPRESSION_STMT (IMPORT_CALL (STRING y))))");
  CHECK_STR(module("export let a = 1, {b} = c; export function f() {} export class C {}"), module("export let a = 1, {b} = c; export function f() {} export class C {}"));
  CHECK_STR(module("export {x}"), "SyntaxError: Export 'x' is not defined in module");
  CHECK_STR(module("export {x}; var x;"), "(PROGRAM (EXPORT_NAMED (EXPORT_SPECIFIER (IDENTIFIER x) (IDENTIFIER x))) (VAR_DECL var (DECLARATOR (IDENTIFIER x))))");
  CHECK_STR(module("var a; export {a, a}"), "SyntaxError: Duplicate export of 'a'");
  CHECK_STR(module("import {a} from 'm'; let a;"), "SyntaxError: Identifier 'a' has already been declared");
  CHECK_STR(module("a <!-- b"), "SyntaxError: HTML comments are not allowed in modules");
  CHECK_STR(script("import a from 'm'"), "SyntaxError: Cannot use import statement outside a module");
  CHECK_STR(script("export default 1"), "SyntaxError: Unexpected token 'export'");
  CHECK_STR(script("import.meta"), "SyntaxError: Cannot use 'import.meta' outside a module");
  CHECK_STR(script("await(1)"), "(PROGRAM (EXPRESSION_STMT (CALL (IDENTIFIER await) (NUMBER 1))))");
  CHECK_STR(module("{ export var x; }"), "SyntaxError: Unexpected token 'export'");
}

static void function_body_goal(int argc, char **argv) {
  const char *source = "if (x) return 1; var y = new.target; function f() {} var f;";
  Arena *arena = arena_new(0);
  ParseError error;
  ParseOptions options = {.function_body = true};
  Node *program = parse_program(source, strlen(source), &options, arena, &error);
  CHECK(program != NULL);
  options.function_body = false;
  CHECK(parse_program(source, strlen(source), &options, arena, &error) == NULL);
  CHECK_STR(error.message, "Illegal return statement");
  options.function_body = true;
  CHECK(parse_program("await x", 7, &options, arena, &error) == NULL);
  CHECK(parse_program("let a; var a;", 13, &options, arena, &error) == NULL);
  CHECK_STR(error.message, "Identifier 'a' has already been declared");
  arena_free(arena);
}

static void asi_and_regexp(int argc, char **argv) {
  CHECK_STR(script("a\n++b"), "(PROGRAM (EXPRESSION_STMT (IDENTIFIER a)) (EXPRESSION_STMT (UPDATE ++ (IDENTIFIER b))))");
  CHECK_STR(script("return"), "SyntaxError: Illegal return statement");
  CHECK_STR(script("function f() { return\n1 }"), "(PROGRAM (FUNCTION (IDENTIFIER f) (BLOCK (RETURN) (EXPRESSION_STMT (NUMBER 1)))))");
  CHECK_STR(script("a = b\n(c)"), "(PROGRAM (EXPRESSION_STMT (ASSIGN = (IDENTIFIER a) (CALL (IDENTIFIER b) (IDENTIFIER c)))))");
  CHECK(strncmp(script("do x; while (0) y"), "(PROGRAM (DO_WHILE", 18) == 0);
  CHECK_STR(script("a b"), "SyntaxError: Unexpected identifier 'b'");
  CHECK_STR(script("throw\n1"), "SyntaxError: Illegal newline after throw");
  CHECK_STR(script("x\n=>1"), "SyntaxError: Unexpected token '=>'");
  CHECK_STR(script("a / b / c"), "(PROGRAM (EXPRESSION_STMT (BINARY / (BINARY / (IDENTIFIER a) (IDENTIFIER b)) (IDENTIFIER c))))");
  CHECK_STR(script("a = /b/g"), "(PROGRAM (EXPRESSION_STMT (ASSIGN = (IDENTIFIER a) (REGEXP /b/g))))");
  CHECK_STR(script("x\n/b/g"), "(PROGRAM (EXPRESSION_STMT (BINARY / (BINARY / (IDENTIFIER x) (IDENTIFIER b)) (IDENTIFIER g))))");
  CHECK_STR(script("{}/a/g"), "(PROGRAM (BLOCK) (EXPRESSION_STMT (REGEXP /a/g)))");
  CHECK_STR(script("(a)/2"), "(PROGRAM (EXPRESSION_STMT (BINARY / (IDENTIFIER a) (NUMBER 2))))");
  CHECK_STR(script("x = a ? /b/ : /=c/"), "(PROGRAM (EXPRESSION_STMT (ASSIGN = (IDENTIFIER x) (CONDITIONAL (IDENTIFIER a) (REGEXP /b/) (REGEXP /=c/)))))");
  CHECK_STR(script("/a/gg"), "SyntaxError: Invalid regular expression flags");
  CHECK_STR(script("x = /(/"), "SyntaxError: Invalid regular expression: /(/: Unterminated group");
  CHECK_STR(script("x = /[😀-😂]/"), "SyntaxError: Invalid regular expression: /[😀-😂]/: Range out of order in character class");
  CHECK(strncmp(script("x = /[😀-😂]/u"), "(PROGRAM", 8) == 0);
}

static void early_errors(int argc, char **argv) {
  CHECK_STR(script("let a; let a;"), "SyntaxError: Identifier 'a' has already been declared");
  CHECK_STR(script("let a; var a;"), "SyntaxError: Identifier 'a' has already been declared");
  CHECK_STR(script("'use strict'; { function f() {} function f() {} }"), "SyntaxError: Identifier 'f' has already been declared");
  CHECK_STR(script("let let = 1"), "SyntaxError: let is disallowed as a lexically bound name");
  CHECK_STR(script("'use strict'; var static;"), "SyntaxError: Unexpected strict mode reserved word");
  CHECK_STR(script("'use strict'; eval = 1"), "SyntaxError: Unexpected eval or arguments in strict mode");
  CHECK_STR(script("function f(a, a) { 'use strict' }"), "SyntaxError: Duplicate parameter name not allowed in this context");
  CHECK_STR(script("function f(a = 1) { 'use strict' }"), "SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list");
  CHECK_STR(script("'\\07'; 'use strict';"), "SyntaxError: Octal escape sequences are not allowed in strict mode.");
  CHECK_STR(script("'use strict'; 07"), "SyntaxError: Octal literals are not allowed in strict mode.");
  CHECK_STR(script("'use strict'; 08"), "SyntaxError: Decimals with leading zeros are not allowed in strict mode.");
  CHECK_STR(script("1 = 2"), "SyntaxError: Invalid left-hand side in assignment");
  CHECK_STR(script("a++ = 1"), "SyntaxError: Invalid left-hand side in assignment");
  CHECK_STR(script("++a++"), "SyntaxError: Invalid left-hand side expression in prefix operation");
  CHECK_STR(script("({a: 1} = 1)"), "SyntaxError: Invalid destructuring assignment target");
  CHECK_STR(script("({a = 1})"), "SyntaxError: Invalid shorthand property initializer");
  CHECK_STR(script("({__proto__: 1, __proto__: 2})"), "SyntaxError: Duplicate __proto__ fields are not allowed in object literals");
  CHECK(strncmp(script("({__proto__: a, __proto__: b} = {})"), "(PROGRAM", 8) == 0);
  CHECK_STR(script("function* g() { function* h(a = yield) {} }"), "SyntaxError: Yield expression not allowed in formal parameter");
  CHECK_STR(script("async function f() { var await; }"), "SyntaxError: Unexpected reserved word");
  CHECK_STR(script("async (a = await 1) => a"), "SyntaxError: missing ) after argument list");
  CHECK_STR(module("async (a = await 1) => a"), "SyntaxError: Illegal await-expression in formal parameters of async function");
  CHECK_STR(script("break"), "SyntaxError: Illegal break statement");
  CHECK_STR(script("while (1) { continue x; }"), "SyntaxError: Undefined label 'x'");
  CHECK_STR(script("x: while (1) { (function () { break x; }); }"), "SyntaxError: Undefined label 'x'");
  CHECK_STR(script("class A { m() { this.#x } }"), "SyntaxError: Private field '#x' must be declared in an enclosing class");
  CHECK(strncmp(script("class A { #x; m() { class B { n(o) { return o.#x; } } } }"), "(PROGRAM", 8) == 0);
  CHECK_STR(script("class A { constructor() {} constructor() {} }"), "SyntaxError: A class may only have one constructor");
  CHECK_STR(script("class A { m() { super(); } }"), "SyntaxError: 'super' keyword unexpected here");
  CHECK_STR(script("class A { x = arguments; }"), "SyntaxError: 'arguments' is not allowed in class field initializer or static initialization block");
  CHECK_STR(script("'use strict'; with (a) {}"), "SyntaxError: Strict mode code may not include a with statement");
  CHECK_STR(script("if (1) let x = 1"), "SyntaxError: Lexical declaration cannot appear in a single-statement context");
  CHECK_STR(script("a?.b = 1"), "SyntaxError: Invalid left-hand side in assignment");
  CHECK_STR(script("new a?.b()"), "SyntaxError: Invalid optional chain from new expression");
  CHECK_STR(script("a?.b`c`"), "SyntaxError: Invalid tagged template on optional chain");
  CHECK_STR(script("a ?? b || c"), "SyntaxError: Unexpected token '||'");
  CHECK_STR(script("-a ** 2"), "SyntaxError: Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
  CHECK_STR(script("`\\u{`"), "SyntaxError: Invalid Unicode escape sequence");
  CHECK(strncmp(script("tag`\\u{`"), "(PROGRAM", 8) == 0);
  CHECK_STR(script("\\u0069f (1);"), "SyntaxError: Keyword must not contain escaped characters");
  CHECK_STR(script("for (let x of a, b) ;"), "SyntaxError: Unexpected token ','");
  CHECK_STR(script("try {}"), "SyntaxError: Missing catch or finally after try");
  CHECK_STR(script("try {} catch (e) { for (var e of x); }"), "SyntaxError: Identifier 'e' has already been declared");
  CHECK_STR(script("var [a.b] = 1"), "SyntaxError: Illegal property in declaration context");
  CHECK_STR(script("let {a: (b)} = 1"), "SyntaxError: Invalid destructuring assignment target");
  CHECK_STR(script("function () {}"), "SyntaxError: Function statements require a function name");
  CHECK_STR(script("function f(...a = 1) {}"), "SyntaxError: Rest parameter may not have a default initializer");
  CHECK_STR(script("function f() { await x }"), "SyntaxError: await is only valid in async functions and the top level bodies of modules");
  CHECK_STR(script("for (a + b of c) ;"), "SyntaxError: Invalid left-hand side in for-loop");
  CHECK_STR(module("export 3"), "SyntaxError: Unexpected token 'export'");
  CHECK_STR(module("export default 1; export default 2;"), "SyntaxError: Identifier '.default' has already been declared");
}

static void messages_and_positions(int argc, char **argv) {
  CHECK_STR(where("foo bar", false), "1:4");
  CHECK_STR(where("a;\r\nb c", false), "2:2");
  CHECK_STR(where("a;\xe2\x80\xa8 b c", false), "2:3");
  CHECK_STR(where("'\xf0\x9f\x98\x80' x", false), "1:5");
  CHECK_STR(where("f(\n", false), "2:0");
  CHECK_STR(where("let a;\nlet a;", false), "2:4");

  const char *source = "let a = 1;\n\tfoo(1 2);\n";
  Arena *arena = arena_new(0);
  ParseError error;
  CHECK(parse_program(source, strlen(source), NULL, arena, &error) == NULL);
  char text[256];
  parse_error_format(&error, "x.js", source, strlen(source), text, sizeof text);
  CHECK_STR(text, "x.js:2:6\n\tfoo(1 2);\n\t    ^\n\nSyntaxError: missing ) after argument list\n");
  arena_free(arena);

  source = "var x = 1;\nx = {a: 1 b: 2};";
  arena = arena_new(0);
  CHECK(parse_program(source, strlen(source), NULL, arena, &error) == NULL);
  parse_error_format(&error, "y.js", source, strlen(source), text, sizeof text);
  CHECK_STR(text, "y.js:2:11\nx = {a: 1 b: 2};\n          ^\n\nSyntaxError: Unexpected identifier 'b'\n");
  arena_free(arena);

  source = "function f() {";
  arena = arena_new(0);
  CHECK(parse_program(source, strlen(source), NULL, arena, &error) == NULL);
  parse_error_format(&error, "z.js", source, strlen(source), text, sizeof text);
  CHECK_STR(text, "z.js:1:15\nfunction f() {\n              \n\nSyntaxError: Unexpected end of input\n");
  arena_free(arena);

  source = "if (x) }";
  arena = arena_new(0);
  CHECK(parse_program(source, strlen(source), NULL, arena, &error) == NULL);
  parse_error_format(&error, "w.js", source, strlen(source), text, sizeof text);
  CHECK_STR(text, "w.js:1:8\nif (x) }\n       ^\n\nSyntaxError: Unexpected token '}'\n");
  /* A short buffer still ends with a NUL and the result says how much was needed. */
  char small[8];
  size_t needed = parse_error_format(&error, "w.js", source, strlen(source), small, sizeof small);
  CHECK_INT(strlen(small), 7);
  CHECK_INT(needed, strlen(text));
  arena_free(arena);
}

/* Builds prefix x count + middle + suffix x count. */
static char *repeat(const char *prefix, const char *middle, const char *suffix, int count) {
  size_t p = strlen(prefix), m = strlen(middle), s = strlen(suffix);
  char *text = malloc(p * (size_t)count + m + s * (size_t)count + 1);
  char *out = text;
  for (int i = 0; i < count; i++, out += p) memcpy(out, prefix, p);
  memcpy(out, middle, m);
  out += m;
  for (int i = 0; i < count; i++, out += s) memcpy(out, suffix, s);
  *out = '\0';
  return text;
}

static void deep_nesting(int argc, char **argv) {
  static const struct { const char *prefix, *middle, *suffix; } shapes[] = {
    {"(", "1", ")"}, {"[", "", "]"}, {"{", "", "}"}, {"a=", "1", ""}, {"- ", "1", ""}, {"x**", "1", ""},
    {"function f(){", "", "}"}, {"if(1)", ";", ""}, {"({a:", "1", "})"}, {"`${", "1", "}`"}, {"a?b:", "c", ""},
    {"()=>", "1", ""}, {"async()=>", "1", ""}, {"new ", "a", ""}, {"[...", "a", "]"}, {"class A extends (", "B", "){}"},
  };
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
    char *shallow = repeat(shapes[i].prefix, shapes[i].middle, shapes[i].suffix, 50);
    const char *result = script(shallow);
    if (strncmp(result, "(PROGRAM", 8) != 0) out_printf(OUT_STDOUT, "  shape %zu shallow: %s\n", i, result);
    CHECK(strncmp(result, "(PROGRAM", 8) == 0);
    free(shallow);
    char *deep = repeat(shapes[i].prefix, shapes[i].middle, shapes[i].suffix, 100000);
    CHECK_STR(script(deep), "RangeError: Maximum call stack size exceeded");
    free(deep);
  }
}

static const UnitCase cases[] = {
  {"expressions", expressions},
  {"statements and declarations", statements},
  {"modules", modules},
  {"ASI and regexp/divide", asi_and_regexp},
  {"function-body goal (CommonJS)", function_body_goal},
  {"early errors", early_errors},
  {"messages, positions, caret lines", messages_and_positions},
  {"deep nesting is a RangeError", deep_nesting},
};
UNIT_MAIN(cases)
