/* Parse errors: recording the first one, and formatting it as node prints an uncaught
 * SyntaxError from the compiler (node's GetErrorSource) — "file:line", the source line,
 * an underline made of the line's own tabs and spaces up to the start column then one '^'
 * per column of the offending token, a blank line, "SyntaxError: message" — with the
 * column added to the first line: "file:line:col". */
#include "parser/parse_error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/out.h"

static const char *const message_texts[] = {
#define MESSAGE(id, text) text,
#include "parser/messages.def"
};

bool parse_error_set(ParseError *error, ParseMessage id, uint32_t start, uint32_t end,
                     const char *argument, size_t argument_length) {
  if (error->is_set) return false;
  error->is_set = true;
  error->type = id == PARSE_MSG_TOO_DEEP ? PARSE_RANGE_ERROR : PARSE_SYNTAX_ERROR;
  error->id = id;
  error->start = start;
  error->end = end < start ? start : end;
  const char *text = message_texts[id];
  const char *hole = strstr(text, "%s");
  if (hole == NULL) {
    snprintf(error->message, sizeof error->message, "%s", text);
  } else {
    if (argument == NULL) argument = "";
    if (argument_length > 240) argument_length = 240;
    snprintf(error->message, sizeof error->message, "%.*s%.*s%s", (int)(hole - text), text,
             (int)argument_length, argument, hole + 2);
  }
  return false;
}

const char *parse_error_type_name(ParseErrorType type) {
  return type == PARSE_RANGE_ERROR ? "RangeError" : "SyntaxError";
}

typedef struct Writer {
  char *buffer;
  size_t size, length;
} Writer;

static void put(Writer *w, const char *text, size_t n) {
  for (size_t i = 0; i < n; i++, w->length++)
    if (w->length + 1 < w->size) w->buffer[w->length] = text[i];
  if (w->size) w->buffer[w->length < w->size ? w->length : w->size - 1] = '\0';
}

static void put_string(Writer *w, const char *text) { put(w, text, strlen(text)); }

size_t parse_error_format(const ParseError *error, const char *file_name, const char *source,
                          size_t source_length, char *buffer, size_t size) {
  Writer w = {buffer, size, 0};
  if (size) buffer[0] = '\0';
  char number[32];
  /* "file:line:col" (column from 1, in UTF-16 units, as in stack traces); node itself prints
   * only "file:line" here, but the column is what an editor jumps to. */
  snprintf(number, sizeof number, ":%u:%u\n", (unsigned)error->line, (unsigned)error->column + 1);
  put_string(&w, file_name);
  put_string(&w, number);
  /* The source line holding the error's start. */
  size_t start = error->start <= source_length ? error->start : source_length;
  size_t line_start = start, line_end = start;
  while (line_start > 0) {
    unsigned char c = (unsigned char)source[line_start - 1];
    if (c == '\n' || c == '\r') break;
    if (line_start >= 3 && (unsigned char)source[line_start - 3] == 0xE2 &&
        (unsigned char)source[line_start - 2] == 0x80 && (c == 0xA8 || c == 0xA9))
      break;
    line_start--;
  }
  while (line_end < source_length) {
    unsigned char c = (unsigned char)source[line_end];
    if (c == '\n' || c == '\r') break;
    if (c == 0xE2 && line_end + 2 < source_length && (unsigned char)source[line_end + 1] == 0x80 &&
        ((unsigned char)source[line_end + 2] == 0xA8 || (unsigned char)source[line_end + 2] == 0xA9))
      break;
    line_end++;
  }
  const char *line = source + line_start;
  size_t line_length = line_end - line_start;
  put(&w, line, line_length);
  put_string(&w, "\n");
  /* Like node: the start and end columns index the line's bytes. */
  size_t column = error->column;
  size_t end_column = column + (error->end > error->start ? error->end - error->start : 1);
  if (error->end > line_end) end_column = column + (line_end > start ? line_end - start : 0);
  for (size_t i = 0; i < column && i < line_length; i++) put_string(&w, line[i] == '\t' ? "\t" : " ");
  for (size_t i = column; i < end_column && i < line_length; i++) put_string(&w, "^");
  put_string(&w, "\n\n");
  put_string(&w, parse_error_type_name(error->type));
  put_string(&w, ": ");
  put_string(&w, error->message);
  put_string(&w, "\n");
  return w.length;
}

int parse_error_print(int fd, const ParseError *error, const char *file_name, const char *source,
                      size_t source_length) {
  char small[1024];
  size_t needed = parse_error_format(error, file_name, source, source_length, small, sizeof small);
  if (needed < sizeof small) return out_puts(fd, small);
  char *big = malloc(needed + 1);
  if (big == NULL) return out_puts(fd, small);
  parse_error_format(error, file_name, source, source_length, big, needed + 1);
  int result = out_puts(fd, big);
  free(big);
  return result;
}
