/* JSON's C leaves (ECMA-262 §25.5): the parser behind JSON.parse and the plain-data fast path
 * of JSON.stringify. Both are leaves: they allocate (never collecting, so raw values stay valid
 * for the whole call) and never call JS.
 *
 * The parser is iterative — an explicit stack of open arrays and objects, no C recursion — so
 * nesting depth is bounded by memory only, as in V8. Its SyntaxErrors are V8 11's (node 20)
 * word for word, including which of them carry a position and the source excerpt.
 *
 * $JSONStringifyFast serializes only values whose serialization runs no user code and
 * observes nothing (ordinary objects whose enumerable own properties are all data, packed
 * arrays, primitives other than BigInt, no toJSON anywhere on the prototype chains) and
 * answers `false` for anything else — a cycle too — so the library runs the spec's steps. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "builtins/builtins.h"
#include "numconv/numconv.h"
#include "objects/atom.h"
#include "objects/elements.h"
#include "objects/object.h"

/* --- a growable UTF-16 buffer --------------------------------------------------------------- */

typedef struct JsonBuf {
  uint16_t *data;
  size_t length, capacity;
  bool failed;
} JsonBuf;

static bool buf_grow(JsonBuf *buf, size_t extra) {
  if (buf->failed) return false;
  if (buf->length + extra <= buf->capacity) return true;
  size_t capacity = buf->capacity < 64 ? 64 : buf->capacity;
  while (capacity < buf->length + extra) capacity *= 2;
  uint16_t *data = realloc(buf->data, capacity * sizeof *data);
  if (data == NULL) {
    buf->failed = true;
    return false;
  }
  buf->data = data;
  buf->capacity = capacity;
  return true;
}

static inline void buf_push(JsonBuf *buf, uint16_t unit) {
  if (buf->length < buf->capacity || buf_grow(buf, 1)) buf->data[buf->length++] = unit;
}

static void buf_ascii(JsonBuf *buf, const char *text, size_t length) {
  if (!buf_grow(buf, length)) return;
  for (size_t i = 0; i < length; i++) buf->data[buf->length++] = (uint8_t)text[i];
}

static void buf_view(JsonBuf *buf, StrView view, uint32_t start, uint32_t end) {
  if (end <= start || !buf_grow(buf, end - start)) return;
  for (uint32_t i = start; i < end; i++) buf->data[buf->length++] = str_view_at(view, i);
}

/* Makes the string (one-byte when every unit fits) and frees the buffer. */
static int buf_finish(Vm *vm, JsonBuf *buf, JSValue *out) {
  int status = buf->failed ? PT_ENOMEM
               : buf->length > STR_MAX_LENGTH ? PT_E2BIG
                                              : str_from_utf16(vm->heap, buf->data, buf->length, out);
  free(buf->data);
  buf->data = NULL;
  return bi_status(vm, status);
}

/* --- parsing -------------------------------------------------------------------------------- */

/* V8's one-character token classes (json-parser.h JsonToken). */
typedef enum JsonToken {
  TOKEN_NUMBER, TOKEN_STRING, TOKEN_LBRACE, TOKEN_RBRACE, TOKEN_LBRACK, TOKEN_RBRACK,
  TOKEN_TRUE, TOKEN_FALSE, TOKEN_NULL, TOKEN_WHITESPACE, TOKEN_COLON, TOKEN_COMMA,
  TOKEN_ILLEGAL, TOKEN_EOS
} JsonToken;

static JsonToken token_of(uint16_t c) {
  switch (c) {
    case '"': return TOKEN_STRING;
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return TOKEN_NUMBER;
    case '{': return TOKEN_LBRACE;
    case '}': return TOKEN_RBRACE;
    case '[': return TOKEN_LBRACK;
    case ']': return TOKEN_RBRACK;
    case 't': return TOKEN_TRUE;
    case 'f': return TOKEN_FALSE;
    case 'n': return TOKEN_NULL;
    case ' ': case '\t': case '\r': case '\n': return TOKEN_WHITESPACE;
    case ':': return TOKEN_COLON;
    case ',': return TOKEN_COMMA;
    default: return TOKEN_ILLEGAL;
  }
}

/* The position-carrying messages (V8's MessageTemplate kJsonParse*). */
static const char MSG_EXPECTED_PROPERTY_OR_RBRACE[] = "Expected property name or '}'";
static const char MSG_EXPECTED_DOUBLE_QUOTED[] = "Expected double-quoted property name";
static const char MSG_EXPECTED_COLON[] = "Expected ':' after property name";
static const char MSG_EXPECTED_COMMA_OR_RBRACK[] = "Expected ',' or ']' after array element";
static const char MSG_EXPECTED_COMMA_OR_RBRACE[] = "Expected ',' or '}' after property value";
static const char MSG_UNTERMINATED_STRING[] = "Unterminated string";
static const char MSG_BAD_CONTROL[] = "Bad control character in string literal";
static const char MSG_BAD_UNICODE_ESCAPE[] = "Bad Unicode escape";
static const char MSG_BAD_ESCAPE[] = "Bad escaped character";
static const char MSG_NO_NUMBER_AFTER_MINUS[] = "No number after minus sign";
static const char MSG_EXPONENT_MISSING[] = "Exponent part is missing a number";
static const char MSG_UNTERMINATED_FRACTION[] = "Unterminated fractional number";
static const char MSG_UNEXPECTED_NUMBER[] = "Unexpected number";
static const char MSG_UNEXPECTED_STRING[] = "Unexpected string";

/* V8's context window around an unexpected token in a long source. */
enum { CONTEXT_CHARS = 10, MIN_LENGTH_FOR_CONTEXT = 2 * CONTEXT_CHARS + 1 };

typedef struct JsonParser {
  Vm *vm;
  JSValue source;
  StrView view;
  uint32_t pos;
  JSValue key_cache[256]; /* recently interned keys, by hash */
} JsonParser;

static inline bool at_end(const JsonParser *p) { return p->pos >= p->view.length; }
static inline uint16_t current(const JsonParser *p) { return str_view_at(p->view, p->pos); }

/* Skips JSON whitespace and classifies what follows. */
static JsonToken peek(JsonParser *p) {
  while (!at_end(p)) {
    uint16_t c = current(p);
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return token_of(c);
    p->pos++;
  }
  return TOKEN_EOS;
}

/* A SyntaxError whose message is the UTF-16 text in buf. */
static int throw_syntax(JsonParser *p, JsonBuf *buf) {
  JSValue message, error;
  int status = buf_finish(p->vm, buf, &message);
  if (status != 0) return status;
  status = vm_new_error(p->vm, ERROR_SYNTAX, message, &error);
  if (status != 0) return status;
  return vm_throw_value(p->vm, error);
}

/* "<what> in JSON at position N". */
static int report_at(JsonParser *p, const char *what) {
  return vm_throw(p->vm, ERROR_SYNTAX, "%s in JSON at position %u", what, p->pos);
}

/* Whether the whole source is one of the texts V8 quotes whole ("undefined", …). */
static bool is_special_source(const JsonParser *p) {
  static const char *const specials[] = {"[object Object]", "undefined", "Infinity", "NaN"};
  for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) {
    size_t length = strlen(specials[i]);
    if (length != p->view.length) continue;
    size_t j = 0;
    while (j < length && str_view_at(p->view, (uint32_t)j) == (uint8_t)specials[i][j]) j++;
    if (j == length) return true;
  }
  return false;
}

/* V8's JsonParser::ReportUnexpectedToken without an explicit message: the token at the
 * cursor picks the wording; an unexpected character quotes the source or a window of it. */
static int report_token(JsonParser *p, JsonToken token) {
  if (token == TOKEN_EOS) return vm_throw(p->vm, ERROR_SYNTAX, "Unexpected end of JSON input");
  if (token == TOKEN_NUMBER) return report_at(p, MSG_UNEXPECTED_NUMBER);
  if (token == TOKEN_STRING) return report_at(p, MSG_UNEXPECTED_STRING);
  JsonBuf buf = {0};
  uint32_t length = p->view.length, pos = p->pos;
  if (is_special_source(p)) {
    buf_push(&buf, '"');
    buf_view(&buf, p->view, 0, length);
    buf_ascii(&buf, "\" is not valid JSON", 19);
    return throw_syntax(p, &buf);
  }
  buf_ascii(&buf, "Unexpected token '", 18);
  buf_push(&buf, current(p));
  buf_ascii(&buf, "', ", 3);
  uint32_t start = 0, end = length;
  bool before = false, after = false;
  if (length >= MIN_LENGTH_FOR_CONTEXT) {
    if (pos < CONTEXT_CHARS) {
      end = pos + CONTEXT_CHARS;
      after = true;
    } else if (pos < length - CONTEXT_CHARS) {
      start = pos - CONTEXT_CHARS;
      end = pos + CONTEXT_CHARS;
      before = after = true;
    } else {
      start = pos - CONTEXT_CHARS;
      before = true;
    }
  }
  if (before) buf_ascii(&buf, "...", 3);
  buf_push(&buf, '"');
  buf_view(&buf, p->view, start, end);
  buf_push(&buf, '"');
  if (after) buf_ascii(&buf, "...", 3);
  buf_ascii(&buf, " is not valid JSON", 18);
  return throw_syntax(p, &buf);
}

/* An unexpected character at the cursor (or the end). */
static int report_character(JsonParser *p) {
  return report_token(p, at_end(p) ? TOKEN_EOS : token_of(current(p)));
}

static int hex_value(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Scans the string literal at the cursor (on its '"') into *out; as_key interns it. */
static int scan_string(JsonParser *p, bool as_key, JSValue *out) {
  uint32_t start = ++p->pos;
  uint32_t hash = 2166136261u;
  /* The common case: no escape before the closing quote. */
  while (!at_end(p)) {
    uint16_t c = current(p);
    if (c == '"' || c == '\\' || c < 0x20) break;
    hash = (hash ^ c) * 16777619u;
    p->pos++;
  }
  if (at_end(p)) return report_at(p, MSG_UNTERMINATED_STRING);
  uint16_t stop = current(p);
  if (stop < 0x20) return report_at(p, MSG_BAD_CONTROL);
  if (stop == '"') {
    uint32_t length = p->pos - start;
    p->pos++;
    JSValue *cached = NULL;
    if (as_key && length <= 32) {
      cached = &p->key_cache[(hash ^ length) & 255];
      if (js_is_string(*cached) && str_length(*cached) == length) {
        StrView key = str_view(*cached);
        uint32_t i = 0;
        while (i < length && str_view_at(key, i) == str_view_at(p->view, start + i)) i++;
        if (i == length) {
          *out = *cached;
          return 0;
        }
      }
    }
    int status = p->view.one_byte != NULL ? str_from_latin1(p->vm->heap, p->view.one_byte + start, length, out)
                                          : str_from_utf16(p->vm->heap, p->view.two_byte + start, length, out);
    if (status == 0 && as_key) status = atom_intern(p->vm->cx->atoms, *out, out);
    if (status != 0) return bi_status(p->vm, status);
    if (cached != NULL) *cached = *out;
    return 0;
  }
  /* Escapes: copy into a buffer. */
  JsonBuf buf = {0};
  buf_view(&buf, p->view, start, p->pos);
  for (;;) {
    if (at_end(p)) {
      free(buf.data);
      return report_at(p, MSG_UNTERMINATED_STRING);
    }
    uint16_t c = current(p);
    if (c == '"') break;
    if (c < 0x20) {
      free(buf.data);
      return report_at(p, MSG_BAD_CONTROL);
    }
    if (c != '\\') {
      buf_push(&buf, c);
      p->pos++;
      continue;
    }
    p->pos++;
    if (at_end(p) || current(p) > 0xFF) {
      free(buf.data);
      return report_character(p);
    }
    uint16_t unit;
    switch (current(p)) {
      case '"': unit = '"'; break;
      case '\\': unit = '\\'; break;
      case '/': unit = '/'; break;
      case 'b': unit = '\b'; break;
      case 'f': unit = '\f'; break;
      case 'n': unit = '\n'; break;
      case 'r': unit = '\r'; break;
      case 't': unit = '\t'; break;
      case 'u': {
        unit = 0;
        for (int i = 0; i < 4; i++) {
          p->pos++;
          int digit = at_end(p) ? -1 : hex_value(current(p));
          if (digit < 0) {
            free(buf.data);
            return report_at(p, MSG_BAD_UNICODE_ESCAPE);
          }
          unit = (uint16_t)(unit * 16 + digit);
        }
        break;
      }
      default:
        free(buf.data);
        return report_at(p, MSG_BAD_ESCAPE);
    }
    buf_push(&buf, unit);
    p->pos++;
  }
  p->pos++;
  int status = buf_finish(p->vm, &buf, out);
  if (status == 0 && as_key) status = bi_status(p->vm, atom_intern(p->vm->cx->atoms, *out, out));
  return status;
}

static inline bool is_digit(uint16_t c) { return c >= '0' && c <= '9'; }

/* The number at the cursor (V8's ParseJsonNumber checks, in its order). */
static int parse_number(JsonParser *p, JSValue *out) {
  uint32_t start = p->pos;
  bool negative = false;
  if (current(p) == '-') {
    negative = true;
    p->pos++;
  }
  bool simple = true;
  if (!at_end(p) && current(p) == '0') {
    p->pos++;
    if (!at_end(p) && is_digit(current(p))) return report_token(p, TOKEN_NUMBER);
  } else {
    if (at_end(p) || !is_digit(current(p))) return report_at(p, MSG_NO_NUMBER_AFTER_MINUS);
    while (!at_end(p) && is_digit(current(p))) p->pos++;
  }
  if (!at_end(p) && current(p) == '.') {
    simple = false;
    p->pos++;
    if (at_end(p) || !is_digit(current(p))) return report_at(p, MSG_UNTERMINATED_FRACTION);
    while (!at_end(p) && is_digit(current(p))) p->pos++;
  }
  if (!at_end(p) && (current(p) == 'e' || current(p) == 'E')) {
    simple = false;
    p->pos++;
    if (!at_end(p) && (current(p) == '-' || current(p) == '+')) p->pos++;
    if (at_end(p) || !is_digit(current(p))) return report_at(p, MSG_EXPONENT_MISSING);
    while (!at_end(p) && is_digit(current(p))) p->pos++;
  }
  uint32_t digits_start = start + (negative ? 1 : 0);
  if (simple && p->pos - digits_start <= 9) {
    int32_t value = 0;
    for (uint32_t i = digits_start; i < p->pos; i++) value = value * 10 + (str_view_at(p->view, i) - '0');
    *out = negative ? (value == 0 ? js_from_double(-0.0) : js_from_int32(-value)) : js_from_int32(value);
    return 0;
  }
  double number = p->view.one_byte != NULL
                      ? num_from_string((const char *)p->view.one_byte + start, p->pos - start)
                      : num_from_string_utf16(p->view.two_byte + start, p->pos - start);
  *out = js_from_number(number);
  return 0;
}

/* The rest of a literal whose first character matched (V8's ScanLiteral). */
static int scan_literal(JsonParser *p, const char *word, JSValue value, JSValue *out) {
  size_t length = strlen(word);
  p->pos++;
  for (size_t i = 1; i < length; i++) {
    if (at_end(p)) return report_token(p, TOKEN_EOS);
    if (current(p) != (uint8_t)word[i]) return report_character(p);
    p->pos++;
  }
  *out = value;
  return 0;
}

/* An open container: an array, or an object with the key its next value goes to. */
typedef struct JsonFrame {
  JSValue container;
  JSValue key; /* undefined for arrays */
} JsonFrame;

static int parse_text(JsonParser *p, JsonFrame **stack_ref, size_t *capacity_ref, JSValue *out) {
  Vm *vm = p->vm;
  size_t depth = 0;
  JSValue value = JS_UNDEFINED;
  int status;
  for (;;) {
    /* A value: an opening bracket pushes a frame and goes round again. */
    JsonToken token = peek(p);
    bool open = false;
    switch (token) {
      case TOKEN_LBRACE:
      case TOKEN_LBRACK: {
        bool is_object = token == TOKEN_LBRACE;
        p->pos++;
        JsonToken next = peek(p);
        if (is_object) status = obj_new(vm->cx, vm->roots[VM_ROOT_OBJECT_PROTOTYPE], &value);
        else status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &value);
        if (status != 0) return bi_status(vm, status);
        if (next == (is_object ? TOKEN_RBRACE : TOKEN_RBRACK)) {
          p->pos++;
          break;
        }
        if (depth == *capacity_ref) {
          size_t capacity = *capacity_ref * 2;
          JsonFrame *grown = realloc(*stack_ref, capacity * sizeof *grown);
          if (grown == NULL) return PT_ENOMEM;
          *stack_ref = grown;
          *capacity_ref = capacity;
        }
        JsonFrame *frame = &(*stack_ref)[depth++];
        frame->container = value;
        frame->key = JS_UNDEFINED;
        if (is_object) {
          if (next != TOKEN_STRING) return report_at(p, MSG_EXPECTED_PROPERTY_OR_RBRACE);
          status = scan_string(p, true, &frame->key);
          if (status != 0) return status;
          if (peek(p) != TOKEN_COLON) return report_at(p, MSG_EXPECTED_COLON);
          p->pos++;
        }
        open = true;
        break;
      }
      case TOKEN_STRING:
        status = scan_string(p, false, &value);
        if (status != 0) return status;
        break;
      case TOKEN_NUMBER:
        status = parse_number(p, &value);
        if (status != 0) return status;
        break;
      case TOKEN_TRUE:
        status = scan_literal(p, "true", JS_TRUE, &value);
        if (status != 0) return status;
        break;
      case TOKEN_FALSE:
        status = scan_literal(p, "false", JS_FALSE, &value);
        if (status != 0) return status;
        break;
      case TOKEN_NULL:
        status = scan_literal(p, "null", JS_NULL, &value);
        if (status != 0) return status;
        break;
      default:
        return report_token(p, token);
    }
    if (open) continue;
    /* A complete value: store it in the innermost open container, closing containers as
     * their brackets come. */
    for (;;) {
      if (depth == 0) {
        if (peek(p) != TOKEN_EOS) {
          return vm_throw(vm, ERROR_SYNTAX, "Unexpected non-whitespace character after JSON at position %u", p->pos);
        }
        *out = value;
        return 0;
      }
      JsonFrame *frame = &(*stack_ref)[depth - 1];
      JsonToken next;
      if (js_is_undefined(frame->key)) {
        status = bi_array_append(vm, frame->container, value);
        if (status != 0) return status;
        next = peek(p);
        if (next == TOKEN_COMMA) {
          p->pos++;
          break;
        }
        if (next != TOKEN_RBRACK) return report_at(p, MSG_EXPECTED_COMMA_OR_RBRACK);
      } else {
        bool ok;
        /* CreateDataProperty: a repeated key replaces the value in place; "__proto__" is an
         * own property like any other. */
        status = obj_define_own(vm->cx, frame->container, frame->key, value, PROP_DEFAULT, &ok);
        if (status != 0) return bi_status(vm, status);
        next = peek(p);
        if (next == TOKEN_COMMA) {
          p->pos++;
          if (peek(p) != TOKEN_STRING) return report_at(p, MSG_EXPECTED_DOUBLE_QUOTED);
          status = scan_string(p, true, &frame->key);
          if (status != 0) return status;
          if (peek(p) != TOKEN_COLON) return report_at(p, MSG_EXPECTED_COLON);
          p->pos++;
          break;
        }
        if (next != TOKEN_RBRACE) return report_at(p, MSG_EXPECTED_COMMA_OR_RBRACE);
      }
      p->pos++;
      value = frame->container;
      depth--;
    }
  }
}

/* $JSONParse(text): 25.5.1 JSON.parse steps 2-7 without the reviver — the value of a valid
 * JSON text, or a SyntaxError. */
int intrinsic_JSONParse(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue text = bi_arg(args, argc, 0);
  if (!js_is_string(text)) return vm_throw(vm, ERROR_TYPE, "JSONParse: expected a string");
  JsonParser *parser = malloc(sizeof *parser);
  size_t capacity = 16;
  JsonFrame *stack = malloc(capacity * sizeof *stack);
  int status = parser == NULL || stack == NULL ? PT_ENOMEM : 0;
  if (status == 0) {
    parser->vm = vm;
    parser->source = text;
    parser->pos = 0;
    for (size_t i = 0; i < 256; i++) parser->key_cache[i] = JS_UNDEFINED;
    status = bi_view(vm, text, &parser->view);
  }
  if (status == 0) status = parse_text(parser, &stack, &capacity, out);
  free(stack);
  free(parser);
  return status;
}

/* --- stringify fast path -------------------------------------------------------------------- */

enum { FAST_MAX_DEPTH = 1000, FAST_PROTO_CACHE = 8 };

typedef struct JsonWriter {
  Vm *vm;
  JsonBuf out;
  StrView gap;          /* empty: no indentation */
  JSValue to_json;      /* the "toJSON" atom */
  JSValue path[FAST_MAX_DEPTH];
  uint32_t depth;
  JSValue clean_protos[FAST_PROTO_CACHE]; /* prototypes known to have no toJSON on their chain */
  uint32_t clean_count;
  int status; /* of a failed allocation or conversion (FAST_ERROR) */
} JsonWriter;

/* Outcome of serializing one value: written, nothing (undefined), or not a leaf's job. */
typedef enum { FAST_WROTE, FAST_UNDEFINED, FAST_BAIL, FAST_ERROR } FastResult;

static void write_quoted(JsonWriter *w, StrView view) {
  JsonBuf *buf = &w->out;
  if (!buf_grow(buf, (size_t)view.length + 2)) return;
  buf->data[buf->length++] = '"';
  for (uint32_t i = 0; i < view.length; i++) {
    uint16_t unit = str_view_at(view, i);
    if (unit >= 0x20 && unit != '"' && unit != '\\' && (unit < 0xD800 || unit > 0xDFFF)) {
      buf_push(buf, unit);
      continue;
    }
    const char *escape = NULL;
    switch (unit) {
      case '\b': escape = "\\b"; break;
      case '\t': escape = "\\t"; break;
      case '\n': escape = "\\n"; break;
      case '\f': escape = "\\f"; break;
      case '\r': escape = "\\r"; break;
      case '"': escape = "\\\""; break;
      case '\\': escape = "\\\\"; break;
      default: break;
    }
    if (escape != NULL) {
      buf_ascii(buf, escape, 2);
      continue;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < view.length && str_view_at(view, i + 1) >= 0xDC00 &&
        str_view_at(view, i + 1) <= 0xDFFF) {
      buf_push(buf, unit);
      buf_push(buf, str_view_at(view, ++i));
      continue;
    }
    /* Control characters and lone surrogates (well-formed JSON.stringify). */
    static const char hex[] = "0123456789abcdef";
    char text[6] = {'\\', 'u', hex[unit >> 12], hex[(unit >> 8) & 15], hex[(unit >> 4) & 15], hex[unit & 15]};
    buf_ascii(buf, text, 6);
  }
  buf_push(buf, '"');
}

static void write_number(JsonWriter *w, double number) {
  if (!isfinite(number)) {
    buf_ascii(&w->out, "null", 4);
    return;
  }
  char text[NUM_TO_STRING_SIZE];
  int length = num_to_string(number, text);
  buf_ascii(&w->out, text, (size_t)length);
}

static void write_newline(JsonWriter *w) {
  buf_push(&w->out, '\n');
  for (uint32_t level = 0; level < w->depth; level++) buf_view(&w->out, w->gap, 0, w->gap.length);
}

/* Whether Get(object, "toJSON") surely finds nothing: no object on the chain has the key
 * and none is exotic in a way the lookup could observe. */
static bool chain_lacks_to_json(JsonWriter *w, JSValue object) {
  JSValue value;
  uint32_t attrs;
  for (JSValue o = object; js_is_object(o); o = obj_prototype(o)) {
    if (!js_same_bits(o, object)) {
      for (uint32_t i = 0; i < w->clean_count; i++) {
        if (js_same_bits(w->clean_protos[i], o)) return true;
      }
    }
    uint16_t class_id = obj_class(o);
    if (class_id == CLASS_PROXY || class_id == CLASS_MODULE_NAMESPACE || class_id == CLASS_STRING) return false;
    if (obj_get_own(w->vm->cx, o, w->to_json, &value, &attrs)) return false;
  }
  JSValue prototype = obj_prototype(object);
  if (js_is_object(prototype) && w->clean_count < FAST_PROTO_CACHE) w->clean_protos[w->clean_count++] = prototype;
  return true;
}

static FastResult write_value(JsonWriter *w, JSValue value);

static FastResult write_array(JsonWriter *w, JSValue array) {
  JSObject *cell = obj_cell(array);
  if (obj_elements_kind(cell) != ELEMENTS_PACKED || cell->elements_length != cell->length) return FAST_BAIL;
  if (cell->length == 0) {
    buf_ascii(&w->out, "[]", 2);
    return FAST_WROTE;
  }
  buf_push(&w->out, '[');
  for (uint32_t i = 0; i < cell->length; i++) {
    if (i > 0) buf_push(&w->out, ',');
    if (w->gap.length > 0) write_newline(w);
    JSValue element;
    uint32_t attrs;
    if (!elem_get(cell, i, &element, &attrs) || (attrs & PROP_ACCESSOR)) return FAST_BAIL;
    FastResult result = write_value(w, element);
    if (result == FAST_UNDEFINED) buf_ascii(&w->out, "null", 4);
    else if (result != FAST_WROTE) return result;
  }
  w->depth--;
  if (w->gap.length > 0) write_newline(w);
  w->depth++;
  buf_push(&w->out, ']');
  return FAST_WROTE;
}

static FastResult write_object(JsonWriter *w, JSValue object) {
  JSValue list;
  w->status = bi_status(w->vm, obj_own_keys(w->vm->cx, object, &list));
  if (w->status != 0) return FAST_ERROR;
  GcSlots *keys = gc_slots((GcCell *)js_to_cell(list));
  bool any = false;
  buf_push(&w->out, '{');
  for (uint32_t i = 0; i < keys->count; i++) {
    JSValue key = keys->slots[i], value;
    if (js_is_symbol(key)) continue;
    if (js_is_number(key) && (w->status = bi_key_value(w->vm, key, &key)) != 0) return FAST_ERROR;
    uint32_t attrs;
    if (!obj_get_own(w->vm->cx, object, key, &value, &attrs) || !(attrs & PROP_ENUMERABLE)) continue;
    if ((attrs & PROP_ACCESSOR) || js_is_hole(value)) return FAST_BAIL;
    size_t mark = w->out.length;
    if (any) buf_push(&w->out, ',');
    if (w->gap.length > 0) write_newline(w);
    write_quoted(w, str_view(key));
    buf_push(&w->out, ':');
    if (w->gap.length > 0) buf_push(&w->out, ' ');
    FastResult result = write_value(w, value);
    if (result == FAST_UNDEFINED) {
      w->out.length = mark; /* the property is left out */
      continue;
    }
    if (result != FAST_WROTE) return result;
    any = true;
  }
  if (!any) {
    buf_push(&w->out, '}');
    return FAST_WROTE;
  }
  w->depth--;
  if (w->gap.length > 0) write_newline(w);
  w->depth++;
  buf_push(&w->out, '}');
  return FAST_WROTE;
}

static FastResult write_value(JsonWriter *w, JSValue value) {
  if (js_is_int32(value)) {
    char text[16];
    int length = snprintf(text, sizeof text, "%d", js_to_int32(value));
    buf_ascii(&w->out, text, (size_t)length);
    return FAST_WROTE;
  }
  if (js_is_number(value)) {
    write_number(w, js_number_value(value));
    return FAST_WROTE;
  }
  if (js_is_string(value)) {
    StrView view;
    if ((w->status = bi_view(w->vm, value, &view)) != 0) return FAST_ERROR;
    write_quoted(w, view);
    return FAST_WROTE;
  }
  if (js_is_null(value)) {
    buf_ascii(&w->out, "null", 4);
    return FAST_WROTE;
  }
  if (js_is_bool(value)) {
    if (js_same_bits(value, JS_TRUE)) buf_ascii(&w->out, "true", 4);
    else buf_ascii(&w->out, "false", 5);
    return FAST_WROTE;
  }
  if (js_is_undefined(value) || js_is_symbol(value)) return FAST_UNDEFINED;
  if (!js_is_object(value)) return FAST_BAIL; /* BigInt: its toJSON or TypeError */
  uint16_t class_id = obj_class(value);
  bool callable = bi_is_callable(value);
  if (!callable && class_id != CLASS_ORDINARY && class_id != CLASS_ARRAY) return FAST_BAIL;
  if (!chain_lacks_to_json(w, value)) return FAST_BAIL;
  if (callable) return FAST_UNDEFINED;
  if (w->depth >= FAST_MAX_DEPTH) return FAST_BAIL;
  for (uint32_t i = 0; i < w->depth; i++) {
    if (js_same_bits(w->path[i], value)) return FAST_BAIL; /* a cycle: the library words the error */
  }
  w->path[w->depth++] = value;
  FastResult result = obj_is_array(value) ? write_array(w, value) : write_object(w, value);
  w->depth--;
  return result;
}

/* $JSONStringifyFast(value, gap): JSON.stringify(value, undefined, space) with gap already
 * computed, when no step of it can run user code; false when the library must do it. */
int intrinsic_JSONStringifyFast(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0), gap = bi_arg(args, argc, 1);
  if (!js_is_string(gap)) return vm_throw(vm, ERROR_TYPE, "JSONStringifyFast: expected a gap string");
  JsonWriter *w = calloc(1, sizeof *w);
  if (w == NULL) return PT_ENOMEM;
  w->vm = vm;
  int status = bi_view(vm, gap, &w->gap);
  if (status == 0) status = bi_status(vm, atom_from_cstring(vm->cx->atoms, "toJSON", &w->to_json));
  if (status != 0) {
    free(w);
    return status;
  }
  FastResult result = write_value(w, value);
  if (result == FAST_WROTE) {
    status = buf_finish(vm, &w->out, out);
  } else {
    *out = result == FAST_UNDEFINED ? JS_UNDEFINED : JS_FALSE;
    status = result == FAST_ERROR ? w->status : 0;
    free(w->out.data);
  }
  free(w);
  return status;
}
