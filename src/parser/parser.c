/* The parser's core: token handling (next, eat, expect, ASI), node allocation with
 * positions, error reporting in V8's words, the nesting bound, and parse_program, the entry
 * point. Grammar lives in parse_expression.c, parse_statement.c, parse_function.c and
 * parse_module.c; scopes and early errors in parse_scope.c. */
#include <string.h>

#include "parser/parser_internal.h"

void parse_next(Parser *p) {
  p->previous_start = TOKEN_OF(p).start;
  p->previous_end = TOKEN_OF(p).end;
  p->previous_is_await = TOKEN_OF(p).type == TOK_IDENT && TOKEN_OF(p).word == WORD_AWAIT && !TOKEN_OF(p).escaped;
  if (FAILED(p)) return;
  lex_next(&p->lexer);
}

bool parse_eat(Parser *p, TokenType type) {
  if (TOKEN_OF(p).type != type) return false;
  parse_next(p);
  return true;
}

bool parse_expect(Parser *p, TokenType type) {
  if (parse_eat(p, type)) return !FAILED(p);
  return parse_unexpected(p);
}

bool parse_is_word(const Parser *p, Word word) {
  const Token *t = &p->lexer.token;
  return t->type == TOK_IDENT && t->word == word && !t->escaped;
}

bool parse_list_next(Parser *p, TokenType close, bool *first) {
  if (parse_eat(p, close) || FAILED(p)) return false;
  if (*first) {
    *first = false;
    return true;
  }
  if (!parse_expect(p, TOK_COMMA)) return false;
  return !parse_eat(p, close) && !FAILED(p);
}

bool parse_eat_word(Parser *p, Word word) {
  if (!parse_is_word(p, word)) return false;
  parse_next(p);
  return true;
}

/* 12.10 Automatic Semicolon Insertion: before '}', at the end, or after a newline. */
bool parse_can_insert_semicolon(const Parser *p) {
  const Token *t = &p->lexer.token;
  return t->type == TOK_EOF || t->type == TOK_RBRACE || t->newline_before;
}

bool parse_semicolon(Parser *p) {
  if (parse_eat(p, TOK_SEMICOLON)) return !FAILED(p);
  if (parse_can_insert_semicolon(p)) return true;
  return parse_unexpected(p);
}

bool parse_fail(Parser *p, ParseMessage id, uint32_t start, uint32_t end) {
  return parse_error_set(p->error, id, start, end, NULL, 0);
}

bool parse_fail_name(Parser *p, ParseMessage id, uint32_t start, uint32_t end, const char *name,
                     uint32_t length) {
  return parse_error_set(p->error, id, start, end, name, length);
}

/* The message V8 gives for an unexpected token, by the token's kind. */
bool parse_unexpected(Parser *p) {
  const Token *t = &p->lexer.token;
  if (FAILED(p)) return false;
  /* `await x` outside async code: V8 names the real problem rather than the operand. */
  if (p->previous_is_await && !t->newline_before && t->type != TOK_EOF && parse_starts_expression(t->type) &&
      !parse_in_async(p))
    return parse_fail(p, PARSE_MSG_AWAIT_NOT_IN_ASYNC, p->previous_start, p->previous_end);
  switch (t->type) {
    case TOK_EOF: return parse_fail(p, PARSE_MSG_UNEXPECTED_EOS, t->start, t->end);
    case TOK_ERROR: return false;
    case TOK_NUMBER: case TOK_BIGINT: return parse_fail(p, PARSE_MSG_UNEXPECTED_NUMBER, t->start, t->end);
    case TOK_STRING: return parse_fail(p, PARSE_MSG_UNEXPECTED_STRING, t->start, t->end);
    case TOK_TEMPLATE: case TOK_TEMPLATE_HEAD: case TOK_TEMPLATE_MIDDLE: case TOK_TEMPLATE_TAIL:
      return parse_fail(p, PARSE_MSG_UNEXPECTED_TEMPLATE, t->start, t->end);
    case TOK_REGEXP: return parse_fail(p, PARSE_MSG_UNEXPECTED_REGEXP, t->start, t->end);
    case TOK_PRIVATE_NAME:
      return parse_fail_name(p, PARSE_MSG_UNEXPECTED_PRIVATE_NAME, t->start, t->end,
                             p->source + t->start, t->end - t->start);
    case TOK_IDENT:
      if (t->escaped && t->keyword != TOK_EOF)
        return parse_fail(p, PARSE_MSG_INVALID_ESCAPED_KEYWORD, t->start, t->end);
      if (p->strict && lex_word_is_strict_reserved(t->word))
        return parse_fail(p, PARSE_MSG_UNEXPECTED_STRICT_RESERVED, t->start, t->end);
      return parse_fail_name(p, PARSE_MSG_UNEXPECTED_IDENTIFIER, t->start, t->end, t->value, t->value_length);
    case TOK_ENUM: return parse_fail(p, PARSE_MSG_UNEXPECTED_RESERVED, t->start, t->end);
    default: {
      const char *text = lex_token_text(t->type);
      return parse_fail_name(p, PARSE_MSG_UNEXPECTED_TOKEN, t->start, t->end, text, (uint32_t)strlen(text));
    }
  }
}

/* The token after the current one, without consuming anything. A lexical error there is
 * not reported now (the real scan reports it when the parser gets there). */
Token parse_peek(Parser *p) {
  Lexer saved = p->lexer;
  ParseError scratch = {0};
  p->lexer.error = &scratch;
  lex_next(&p->lexer);
  Token next = p->lexer.token;
  p->lexer = saved;
  return next;
}

Node *parse_node_at(Parser *p, NodeKind kind, uint32_t start, uint32_t line, uint32_t column) {
  Node *node = arena_alloc(p->arena, sizeof *node);
  if (node == NULL) {
    parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, start, start);
    return NULL;
  }
  node->kind = kind;
  node->start = start;
  node->end = start;
  node->line = line;
  node->column = column;
  return node;
}

Node *parse_node(Parser *p, NodeKind kind) {
  const Token *t = &p->lexer.token;
  return parse_node_at(p, kind, t->start, t->line, t->column);
}

Node *parse_finish(Parser *p, Node *node) {
  if (node == NULL || FAILED(p)) return NULL;
  node->end = p->previous_end;
  return node;
}

/* The nesting bound: every recursive production enters here first. */
bool parse_enter(Parser *p) {
  if (++p->depth > p->max_depth) {
    const Token *t = &p->lexer.token;
    return parse_fail(p, PARSE_MSG_TOO_DEEP, t->start, t->end);
  }
  return true;
}

void parse_leave(Parser *p) { p->depth--; }

/* Strict-mode restrictions carried by literal tokens (Annex B forms are sloppy-only). */
bool parse_check_literal(Parser *p, const Token *t) {
  if (!p->strict) return true;
  if (t->flags & TOKEN_NUMBER_LEGACY_OCTAL) return parse_fail(p, PARSE_MSG_STRICT_OCTAL_LITERAL, t->start, t->end);
  if (t->flags & TOKEN_NUMBER_LEADING_ZERO) return parse_fail(p, PARSE_MSG_STRICT_DECIMAL_WITH_LEADING_ZERO, t->start, t->end);
  if (t->flags & TOKEN_STRING_OCTAL_ESCAPE) return parse_fail(p, PARSE_MSG_STRICT_OCTAL_ESCAPE, t->start, t->end);
  if (t->flags & TOKEN_STRING_8_OR_9_ESCAPE) return parse_fail(p, PARSE_MSG_STRICT_8_OR_9_ESCAPE, t->start, t->end);
  return true;
}

Node *parse_program(const char *source, size_t length, const ParseOptions *options, Arena *arena,
                    ParseError *error) {
  Parser parser;
  Parser *p = &parser;
  memset(p, 0, sizeof *p);
  memset(error, 0, sizeof *error);
  p->source = source;
  p->arena = arena;
  p->error = error;
  p->is_module = options && options->is_module;
  p->strict = p->is_module || (options && options->strict);
  p->max_depth = options && options->max_depth ? options->max_depth : PARSE_DEFAULT_MAX_DEPTH;
  Node *program = NULL;
  if (length >= UINT32_MAX) {
    parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
    goto done;
  }
  lex_init(&p->lexer, source, length, p->is_module, arena, error);
  program = parse_node_at(p, NODE_PROGRAM, 0, 1, 0);
  if (program == NULL) goto done;
  bool function_body = options && options->function_body && !p->is_module;
  if (!parse_scope_enter(p, SCOPE_TOP | (function_body ? SCOPE_FUNCTION : 0))) goto done;
  p->eval_flags = options ? options->eval_flags : 0;
  if (p->eval_flags & PARSE_EVAL_CLASS_FIELD) p->scope->in_class_field_init = true;
  lex_next(&p->lexer);
  if (FAILED(p)) goto done;
  bool use_strict = false, octal_before = false;
  if (!parse_directives_and_body(p, &program->list, TOK_EOF, &use_strict, &octal_before)) goto done;
  if (p->is_module && !parse_module_finish(p)) goto done;
  program->end = (uint32_t)length;
  if (p->strict) program->flags |= NODE_STRICT;
  if (p->is_module) program->flags |= NODE_MODULE;
  parse_scope_exit(p);
done:
  if (error->is_set) {
    lex_position(&p->lexer, error->start, &error->line, &error->column);
    return NULL;
  }
  return program;
}
