/* Statements and declarations (ECMAScript 14): blocks with their lexical scopes, variable
 * declarations, control flow with labels and break/continue targets, for/for-in/for-of/
 * for-await heads (with the cover grammar for their left side), try/catch scopes, switch,
 * directive prologues, and where declarations may appear (single-statement contexts).
 * Follows acorn's statement.js. */
#include <string.h>

#include "parser/parser_internal.h"

/* `let` starts a LexicalDeclaration here (13.3.1 lookahead rules, as acorn decides). */
bool parse_is_let(Parser *p, int context) {
  if (!parse_is_word(p, WORD_LET)) return false;
  Token next = parse_peek(p);
  if (next.type == TOK_LBRACKET) return true;
  if (context) return false;
  if (next.type == TOK_LBRACE) return true;
  if (next.type == TOK_IDENT) return true;
  if (next.type >= TOK_BREAK && next.type <= TOK_WITH && next.type != TOK_IN && next.type != TOK_INSTANCEOF)
    return true;
  return false;
}

/* `async function` with no line break between: an async function declaration. */
bool parse_is_async_function(Parser *p) {
  if (!parse_is_word(p, WORD_ASYNC)) return false;
  Token next = parse_peek(p);
  return next.type == TOK_FUNCTION && !next.newline_before;
}

static bool is_loop_start(TokenType type) { return type == TOK_DO || type == TOK_FOR || type == TOK_WHILE; }

/* --- declarations ------------------------------------------------------------------------- */

/* kind: TOK_VAR, TOK_CONST, or TOK_IDENT for let. */
bool parse_var_declarations(Parser *p, Node *decl, bool is_for, int kind, bool allow_missing_initializer) {
  decl->op = kind;
  for (;;) {
    Node *declarator = parse_node(p, NODE_DECLARATOR);
    if (declarator == NULL) return false;
    declarator->a = parse_binding_atom(p);
    if (declarator->a == NULL) return false;
    if (!parse_check_lval_pattern(p, declarator->a, kind == TOK_VAR ? BIND_VAR : BIND_LEXICAL, NULL)) return false;
    bool in_or_of = TOKEN_OF(p).type == TOK_IN || parse_is_word(p, WORD_OF);
    if (parse_eat(p, TOK_ASSIGN)) {
      bool old = p->in_for_init;
      p->in_for_init = false;
      declarator->b = parse_assign_for(p, is_for);
      p->in_for_init = old;
      if (declarator->b == NULL) return false;
    } else if (!allow_missing_initializer && kind == TOK_CONST && !(is_for && in_or_of)) {
      return parse_fail(p, PARSE_MSG_CONST_WITHOUT_INITIALIZER, declarator->a->start, declarator->a->end);
    } else if (!allow_missing_initializer && declarator->a->kind != NODE_IDENTIFIER && !(is_for && in_or_of)) {
      return parse_fail(p, PARSE_MSG_DESTRUCTURING_WITHOUT_INITIALIZER, declarator->a->start, declarator->a->end);
    }
    ast_list_append(&decl->list, parse_finish(p, declarator));
    if (FAILED(p)) return false;
    if (!parse_eat(p, TOK_COMMA)) break;
  }
  return !FAILED(p);
}

static Node *parse_var_statement_at(Parser *p, Node *node, int kind) {
  node->kind = NODE_VAR_DECL;
  parse_next(p);
  if (!parse_var_declarations(p, node, false, kind, false) || !parse_semicolon(p)) return NULL;
  return parse_finish(p, node);
}

/* --- blocks and directive prologues --------------------------------------------------------- */

/* Statements up to `end`. Directive prologue (11.2.1): leading string-literal expression
 * statements; "use strict" written exactly makes the rest strict, and an octal escape in an
 * earlier directive then becomes an error. */
bool parse_directives_and_body(Parser *p, NodeList *body, TokenType end, bool *out_use_strict, bool *out_octal_before) {
  bool in_prologue = true;
  int64_t octal_position = -1;
  while (TOKEN_OF(p).type != end) {
    if (FAILED(p)) return false;
    if (TOKEN_OF(p).type == TOK_EOF) return parse_unexpected(p);
    Token first = TOKEN_OF(p);
    Node *statement = parse_statement(p, CONTEXT_NONE, end == TOK_EOF);
    if (statement == NULL) return false;
    if (in_prologue) {
      Node *expr = statement->a;
      if (first.type == TOK_STRING && statement->kind == NODE_EXPRESSION_STMT && expr->kind == NODE_STRING &&
          expr->start == first.start && expr->end == first.end && !(expr->flags & NODE_PARENTHESIZED)) {
        statement->flags |= NODE_DIRECTIVE;
        if (first.flags & (TOKEN_STRING_OCTAL_ESCAPE | TOKEN_STRING_8_OR_9_ESCAPE)) {
          if (octal_position < 0) octal_position = first.start;
        }
        if (first.end - first.start == 12 && memcmp(p->source + first.start + 1, "use strict", 10) == 0) {
          *out_use_strict = true;
          p->strict = true;
          if (octal_position >= 0) {
            *out_octal_before = true;
            return parse_fail(p, PARSE_MSG_STRICT_OCTAL_ESCAPE, (uint32_t)octal_position, (uint32_t)octal_position + 1);
          }
        }
      } else {
        in_prologue = false;
      }
    }
    ast_list_append(body, statement);
  }
  return !FAILED(p);
}

bool parse_block_body(Parser *p, NodeList *body, TokenType end, bool create_scope) {
  if (create_scope && !parse_scope_enter(p, 0)) return false;
  while (TOKEN_OF(p).type != end) {
    if (FAILED(p)) return false;
    if (TOKEN_OF(p).type == TOK_EOF) return parse_unexpected(p);
    Node *statement = parse_statement(p, CONTEXT_NONE, false);
    if (statement == NULL) return false;
    ast_list_append(body, statement);
  }
  if (create_scope) parse_scope_exit(p);
  return !FAILED(p);
}

Node *parse_block(Parser *p, bool create_scope) {
  Node *node = parse_node(p, NODE_BLOCK);
  if (node == NULL || !parse_expect(p, TOK_LBRACE)) return NULL;
  if (!parse_block_body(p, &node->list, TOK_RBRACE, create_scope)) return NULL;
  parse_next(p);
  return parse_finish(p, node);
}

/* --- loops ----------------------------------------------------------------------------------- */

static Node *parse_loop_body(Parser *p) {
  if (!parse_label_push(p, NULL, 0, 1, TOKEN_OF(p).start, TOKEN_OF(p).end)) return NULL;
  Node *body = parse_statement(p, CONTEXT_LOOP_OR_WITH, false);
  p->label_count--;
  return body;
}

static Node *parse_for_rest(Parser *p, Node *node, Node *init) {
  node->a = init;
  if (!parse_expect(p, TOK_SEMICOLON)) return NULL;
  if (TOKEN_OF(p).type != TOK_SEMICOLON) {
    node->b = parse_expression(p, NULL);
    if (node->b == NULL) return NULL;
  }
  if (!parse_expect(p, TOK_SEMICOLON)) return NULL;
  if (TOKEN_OF(p).type != TOK_RPAREN) {
    node->c = parse_expression(p, NULL);
    if (node->c == NULL) return NULL;
  }
  if (!parse_expect(p, TOK_RPAREN)) return NULL;
  node->d = parse_loop_body(p);
  if (node->d == NULL) return NULL;
  parse_scope_exit(p);
  return parse_finish(p, node);
}

/* B.3.4: `var` may redeclare a simple catch parameter, except as a for-of binding. */
static bool check_for_of_catch_clash(Parser *p, const Node *target) {
  if (!parse_enter(p)) return false;
  bool ok = true;
  if (target->kind == NODE_IDENTIFIER) {
    for (Scope *s = p->scope; s && ok; s = s->parent) {
      if ((s->flags & SCOPE_SIMPLE_CATCH) && s->lexical.count > 0 && s->lexical.lengths[0] == target->name_length &&
          memcmp(s->lexical.names[0], target->name, target->name_length) == 0)
        ok = parse_fail_name(p, PARSE_MSG_REDECLARATION, target->start, target->end, target->name, target->name_length);
      if (s->flags & SCOPE_VAR) break;
    }
  } else if (target->kind == NODE_OBJECT_PATTERN || target->kind == NODE_ARRAY_PATTERN) {
    for (const Node *e = target->list.first; e && ok; e = e->next) ok = check_for_of_catch_clash(p, e);
  } else if (target->kind == NODE_PROPERTY) {
    ok = check_for_of_catch_clash(p, target->b);
  } else if (target->kind == NODE_ASSIGN_PATTERN || target->kind == NODE_REST) {
    ok = check_for_of_catch_clash(p, target->a);
  }
  parse_leave(p);
  return ok;
}

static Node *parse_for_in(Parser *p, Node *node, Node *init) {
  bool is_for_in = TOKEN_OF(p).type == TOK_IN;
  node->kind = is_for_in ? NODE_FOR_IN : NODE_FOR_OF;
  parse_next(p);
  if (init->kind == NODE_VAR_DECL) {
    Node *declarator = init->list.first;
    if (declarator->b != NULL &&
        (!is_for_in || p->strict || init->op != TOK_VAR || declarator->a->kind != NODE_IDENTIFIER)) {
      parse_fail(p, is_for_in ? PARSE_MSG_FOR_IN_INITIALIZER : PARSE_MSG_FOR_OF_INITIALIZER, init->start, init->end);
      return NULL;
    }
    if (!is_for_in && init->op == TOK_VAR && !check_for_of_catch_clash(p, declarator->a)) return NULL;
  }
  node->a = init;
  node->b = is_for_in ? parse_expression(p, NULL) : parse_assign_for(p, false);
  if (node->b == NULL || !parse_expect(p, TOK_RPAREN)) return NULL;
  node->d = parse_loop_body(p);
  if (node->d == NULL) return NULL;
  parse_scope_exit(p);
  return parse_finish(p, node);
}

static Node *parse_for(Parser *p, Node *node) {
  node->kind = NODE_FOR;
  parse_next(p);
  int64_t await_at = -1;
  if (parse_is_word(p, WORD_AWAIT) && !parse_can_await(p)) {
    parse_fail(p, PARSE_MSG_UNEXPECTED_RESERVED, TOKEN_OF(p).start, TOKEN_OF(p).end);
    return NULL;
  }
  if (parse_is_word(p, WORD_AWAIT) && parse_can_await(p)) {
    await_at = TOKEN_OF(p).start;
    parse_next(p);
  }
  if (!parse_scope_enter(p, 0) || !parse_expect(p, TOK_LPAREN)) return NULL;
  if (TOKEN_OF(p).type == TOK_SEMICOLON) {
    if (await_at >= 0) {
      parse_fail_name(p, PARSE_MSG_UNEXPECTED_TOKEN, TOKEN_OF(p).start, TOKEN_OF(p).end, ";", 1);
      return NULL;
    }
    return parse_for_rest(p, node, NULL);
  }
  bool is_let = parse_is_let(p, CONTEXT_NONE);
  if (TOKEN_OF(p).type == TOK_VAR || TOKEN_OF(p).type == TOK_CONST || is_let) {
    Node *init = parse_node(p, NODE_VAR_DECL);
    if (init == NULL) return NULL;
    int kind = is_let ? TOK_IDENT : TOKEN_OF(p).type;
    parse_next(p);
    p->in_for_init = true;
    bool ok = parse_var_declarations(p, init, true, kind, false);
    p->in_for_init = false;
    if (!ok) return NULL;
    init = parse_finish(p, init);
    bool of = parse_is_word(p, WORD_OF);
    if ((TOKEN_OF(p).type == TOK_IN || of)) {
      if (init->list.count != 1) {
        const char *what = of ? "for-of" : "for-in";
        parse_fail_name(p, PARSE_MSG_FOR_SINGLE_BINDING, init->start, init->end, what, 6);
        return NULL;
      }
      if (TOKEN_OF(p).type == TOK_IN) {
        if (await_at >= 0) {
          parse_unexpected(p);
          return NULL;
        }
      } else if (await_at >= 0) {
        node->flags |= NODE_FOR_AWAIT;
      }
      return parse_for_in(p, node, init);
    }
    if (await_at >= 0) {
      parse_unexpected(p);
      return NULL;
    }
    return parse_for_rest(p, node, init);
  }
  bool starts_with_let = parse_is_word(p, WORD_LET);
  bool starts_with_async = parse_is_word(p, WORD_ASYNC);
  uint32_t init_start = TOKEN_OF(p).start;
  CoverErrors errors;
  cover_errors_init(&errors);
  Node *init;
  if (await_at >= 0) {
    p->in_for_init = true;
    init = parse_expr_subscripts(p, &errors, true);
    p->in_for_init = false;
  } else {
    init = parse_expression_for_init(p, &errors);
  }
  if (init == NULL) return NULL;
  bool is_for_of = parse_is_word(p, WORD_OF);
  if (TOKEN_OF(p).type == TOK_IN || is_for_of) {
    if (await_at >= 0) {
      if (TOKEN_OF(p).type == TOK_IN) {
        parse_unexpected(p);
        return NULL;
      }
      node->flags |= NODE_FOR_AWAIT;
    } else if (is_for_of && starts_with_async && init->start == init_start && init->kind == NODE_IDENTIFIER &&
               ast_name_is(init, "async") && !(init->flags & NODE_PARENTHESIZED)) {
      parse_fail(p, PARSE_MSG_FOR_OF_ASYNC, init->start, init->end);
      return NULL;
    }
    if (starts_with_let && is_for_of) {
      parse_fail(p, PARSE_MSG_FOR_OF_LET, init->start, init->end);
      return NULL;
    }
    if (init->kind == NODE_OBJECT || init->kind == NODE_ARRAY) {
      if (!parse_to_assignable(p, init, false, &errors)) return NULL;
    } else if (!(init->kind == NODE_IDENTIFIER || init->kind == NODE_MEMBER)) {
      parse_fail(p, PARSE_MSG_INVALID_LHS_FOR, init->start, init->end);
      return NULL;
    }
    if (!parse_check_lval_pattern(p, init, BIND_NONE, NULL)) return NULL;
    return parse_for_in(p, node, init);
  }
  if (!parse_check_expression_errors(p, &errors)) return NULL;
  if (await_at >= 0) {
    parse_unexpected(p);
    return NULL;
  }
  return parse_for_rest(p, node, init);
}

/* --- the other statements ---------------------------------------------------------------------- */

static Node *parse_break_continue(Parser *p, Node *node) {
  bool is_break = TOKEN_OF(p).type == TOK_BREAK;
  node->kind = is_break ? NODE_BREAK : NODE_CONTINUE;
  parse_next(p);
  Node *label = NULL;
  if (!parse_eat(p, TOK_SEMICOLON) && !parse_can_insert_semicolon(p)) {
    if (TOKEN_OF(p).type != TOK_IDENT) {
      parse_unexpected(p);
      return NULL;
    }
    label = parse_ident(p, false);
    if (label == NULL || !parse_semicolon(p)) return NULL;
    node->name = label->name;
    node->name_length = label->name_length;
  }
  if (FAILED(p)) return NULL;
  uint32_t i = 0;
  for (; i < p->label_count; i++) {
    Label *l = &p->labels[i];
    if (label == NULL || (l->name && l->length == label->name_length && memcmp(l->name, label->name, l->length) == 0)) {
      if (l->kind != 0 && (is_break || l->kind == 1)) break;
      if (label && is_break) break;
      if (label && !is_break) {
        parse_fail_name(p, PARSE_MSG_ILLEGAL_CONTINUE_LABEL, node->start, p->previous_end, label->name, label->name_length);
        return NULL;
      }
    }
  }
  if (i == p->label_count) {
    if (label) parse_fail_name(p, PARSE_MSG_UNDEFINED_LABEL, label->start, label->end, label->name, label->name_length);
    else parse_fail(p, is_break ? PARSE_MSG_ILLEGAL_BREAK : PARSE_MSG_ILLEGAL_CONTINUE, node->start, p->previous_end);
    return NULL;
  }
  return parse_finish(p, node);
}

static Node *parse_switch(Parser *p, Node *node) {
  node->kind = NODE_SWITCH;
  parse_next(p);
  node->a = parse_paren_expression(p);
  if (node->a == NULL || !parse_expect(p, TOK_LBRACE)) return NULL;
  if (!parse_label_push(p, NULL, 0, 2, node->start, node->start)) return NULL;
  if (!parse_scope_enter(p, 0)) return NULL;
  Node *current = NULL;
  bool saw_default = false;
  while (TOKEN_OF(p).type != TOK_RBRACE) {
    if (FAILED(p)) return NULL;
    TokenType type = TOKEN_OF(p).type;
    if (type == TOK_CASE || type == TOK_DEFAULT) {
      if (current) parse_finish(p, current);
      current = parse_node(p, NODE_CASE);
      if (current == NULL) return NULL;
      ast_list_append(&node->list, current);
      parse_next(p);
      if (type == TOK_CASE) {
        current->a = parse_expression(p, NULL);
        if (current->a == NULL) return NULL;
      } else {
        if (saw_default) {
          parse_fail(p, PARSE_MSG_MULTIPLE_DEFAULTS, current->start, p->previous_end);
          return NULL;
        }
        saw_default = true;
      }
      if (!parse_expect(p, TOK_COLON)) return NULL;
    } else {
      if (current == NULL) {
        parse_unexpected(p);
        return NULL;
      }
      Node *statement = parse_statement(p, CONTEXT_NONE, false);
      if (statement == NULL) return NULL;
      ast_list_append(&current->list, statement);
    }
  }
  parse_scope_exit(p);
  if (current) parse_finish(p, current);
  parse_next(p);
  p->label_count--;
  return parse_finish(p, node);
}

static Node *parse_try(Parser *p, Node *node) {
  node->kind = NODE_TRY;
  parse_next(p);
  node->a = parse_block(p, true);
  if (node->a == NULL) return NULL;
  if (TOKEN_OF(p).type == TOK_CATCH) {
    Node *clause = parse_node(p, NODE_CATCH);
    if (clause == NULL) return NULL;
    parse_next(p);
    if (parse_eat(p, TOK_LPAREN)) {
      clause->a = parse_binding_atom(p);
      if (clause->a == NULL) return NULL;
      bool simple = clause->a->kind == NODE_IDENTIFIER;
      if (!parse_scope_enter(p, simple ? SCOPE_SIMPLE_CATCH : 0)) return NULL;
      if (!parse_check_lval_pattern(p, clause->a, simple ? BIND_SIMPLE_CATCH : BIND_LEXICAL, NULL)) return NULL;
      if (!parse_expect(p, TOK_RPAREN)) return NULL;
    } else if (!parse_scope_enter(p, 0)) {
      return NULL;
    }
    clause->b = parse_block(p, false);
    if (clause->b == NULL) return NULL;
    parse_scope_exit(p);
    node->b = parse_finish(p, clause);
  }
  if (parse_eat(p, TOK_FINALLY)) {
    node->c = parse_block(p, true);
    if (node->c == NULL) return NULL;
  }
  if (node->b == NULL && node->c == NULL) {
    if (!FAILED(p)) parse_fail(p, PARSE_MSG_NO_CATCH_OR_FINALLY, TOKEN_OF(p).start, TOKEN_OF(p).end);
    return NULL;
  }
  return parse_finish(p, node);
}

static Node *parse_labeled(Parser *p, Node *node, Node *label, int context) {
  node->kind = NODE_LABELED;
  node->name = label->name;
  node->name_length = label->name_length;
  for (uint32_t i = 0; i < p->label_count; i++) {
    Label *l = &p->labels[i];
    if (l->name && l->length == label->name_length && memcmp(l->name, label->name, l->length) == 0) {
      parse_fail_name(p, PARSE_MSG_DUPLICATE_LABEL, label->start, label->end, label->name, label->name_length);
      return NULL;
    }
  }
  TokenType type = TOKEN_OF(p).type;
  int kind = is_loop_start(type) ? 1 : type == TOK_SWITCH ? 2 : 0;
  for (uint32_t i = p->label_count; i > 0; i--) {
    Label *l = &p->labels[i - 1];
    if (l->statement_start == node->start) {
      l->statement_start = TOKEN_OF(p).start;
      l->kind = kind;
    } else {
      break;
    }
  }
  if (!parse_label_push(p, label->name, label->name_length, kind, TOKEN_OF(p).start, TOKEN_OF(p).start)) return NULL;
  p->labels[p->label_count - 1].statement_start = TOKEN_OF(p).start;
  node->a = parse_statement(p, context | CONTEXT_LABEL, false);
  p->label_count--;
  if (node->a == NULL) return NULL;
  return parse_finish(p, node);
}

/* Statement or declaration; context says which single-statement position this is (if body,
 * loop body, label body), where declarations are not allowed. */
Node *parse_statement(Parser *p, int context, bool top_level) {
  if (!parse_enter(p)) return NULL;
  Node *result = NULL;
  Token *t = &TOKEN_OF(p);
  Node *node = parse_node(p, NODE_EMPTY);
  if (node == NULL) goto out;
  TokenType type = t->type;
  int var_kind = 0;
  if (parse_is_let(p, context)) {
    type = TOK_VAR;
    var_kind = TOK_IDENT;
  } else if (context && parse_is_let(p, CONTEXT_NONE) && !parse_peek(p).newline_before) {
    parse_fail(p, PARSE_MSG_LEXICAL_IN_SINGLE_STATEMENT, t->start, t->end);
    goto out;
  }
  switch (type) {
    case TOK_BREAK: case TOK_CONTINUE:
      result = parse_break_continue(p, node);
      break;
    case TOK_DEBUGGER:
      node->kind = NODE_DEBUGGER;
      parse_next(p);
      if (parse_semicolon(p)) result = parse_finish(p, node);
      break;
    case TOK_DO:
      node->kind = NODE_DO_WHILE;
      parse_next(p);
      node->d = parse_loop_body(p);
      if (node->d == NULL || !parse_expect(p, TOK_WHILE)) break;
      node->a = parse_paren_expression(p);
      if (node->a == NULL) break;
      parse_eat(p, TOK_SEMICOLON);
      result = parse_finish(p, node);
      break;
    case TOK_FOR:
      result = parse_for(p, node);
      break;
    case TOK_FUNCTION:
      if (context && (p->strict || (context != CONTEXT_IF && context != CONTEXT_LABEL))) {
        parse_fail(p, p->strict ? PARSE_MSG_STRICT_FUNCTION : PARSE_MSG_SLOPPY_FUNCTION, t->start, t->end);
        break;
      }
      node->kind = NODE_FUNCTION;
      parse_next(p);
      result = parse_function(p, node, FUNC_STATEMENT | (context ? FUNC_HANGING_STATEMENT : 0), false, false, false);
      break;
    case TOK_CLASS:
      if (context) {
        parse_unexpected(p);
        break;
      }
      result = parse_class(p, true, false);
      break;
    case TOK_IF:
      node->kind = NODE_IF;
      parse_next(p);
      node->a = parse_paren_expression(p);
      if (node->a == NULL) break;
      node->b = parse_statement(p, CONTEXT_IF, false);
      if (node->b == NULL) break;
      if (parse_eat(p, TOK_ELSE)) {
        node->c = parse_statement(p, CONTEXT_IF, false);
        if (node->c == NULL) break;
      }
      result = parse_finish(p, node);
      break;
    case TOK_RETURN:
      if (!parse_in_function(p)) {
        parse_fail(p, PARSE_MSG_ILLEGAL_RETURN, t->start, t->end);
        break;
      }
      node->kind = NODE_RETURN;
      parse_next(p);
      if (!parse_eat(p, TOK_SEMICOLON) && !parse_can_insert_semicolon(p)) {
        node->a = parse_expression(p, NULL);
        if (node->a == NULL || !parse_semicolon(p)) break;
      }
      result = parse_finish(p, node);
      break;
    case TOK_SWITCH:
      result = parse_switch(p, node);
      break;
    case TOK_THROW:
      node->kind = NODE_THROW;
      parse_next(p);
      if (TOKEN_OF(p).newline_before) {
        parse_fail(p, PARSE_MSG_NEWLINE_AFTER_THROW, node->start, p->previous_end);
        break;
      }
      node->a = parse_expression(p, NULL);
      if (node->a && parse_semicolon(p)) result = parse_finish(p, node);
      break;
    case TOK_TRY:
      result = parse_try(p, node);
      break;
    case TOK_CONST: case TOK_VAR: {
      int kind = var_kind ? var_kind : (int)type;
      if (context && kind != TOK_VAR) {
        if (kind == TOK_CONST) parse_unexpected(p);
        else parse_fail(p, PARSE_MSG_LEXICAL_IN_SINGLE_STATEMENT, t->start, t->end);
        break;
      }
      result = parse_var_statement_at(p, node, kind);
      break;
    }
    case TOK_WHILE:
      node->kind = NODE_WHILE;
      parse_next(p);
      node->a = parse_paren_expression(p);
      if (node->a == NULL) break;
      node->d = parse_loop_body(p);
      if (node->d) result = parse_finish(p, node);
      break;
    case TOK_WITH:
      if (p->strict) {
        parse_fail(p, PARSE_MSG_STRICT_WITH, t->start, t->end);
        break;
      }
      node->kind = NODE_WITH;
      parse_next(p);
      node->a = parse_paren_expression(p);
      if (node->a == NULL) break;
      node->b = parse_statement(p, CONTEXT_LOOP_OR_WITH, false);
      if (node->b) result = parse_finish(p, node);
      break;
    case TOK_LBRACE:
      result = parse_block(p, true);
      break;
    case TOK_SEMICOLON:
      parse_next(p);
      result = parse_finish(p, node);
      break;
    case TOK_IMPORT:
    case TOK_EXPORT: {
      if (type == TOK_IMPORT) {
        Token next = parse_peek(p);
        if (next.type == TOK_LPAREN || next.type == TOK_DOT) goto expression;
        if (!p->is_module) {
          parse_fail(p, PARSE_MSG_IMPORT_OUTSIDE_MODULE, t->start, t->end);
          break;
        }
      }
      if (!p->is_module || !top_level) {
        parse_unexpected(p);
        break;
      }
      result = type == TOK_IMPORT ? parse_import(p) : parse_export(p);
      break;
    }
    default:
      if (parse_is_async_function(p)) {
        if (context) {
          parse_fail(p, PARSE_MSG_ASYNC_FUNCTION_IN_SINGLE_STATEMENT, t->start, t->end);
          break;
        }
        node->kind = NODE_FUNCTION;
        parse_next(p);
        parse_next(p);
        result = parse_function(p, node, FUNC_STATEMENT, false, true, false);
        break;
      }
    expression: {
      bool was_ident = t->type == TOK_IDENT;
      Node *expr = parse_expression(p, NULL);
      if (expr == NULL) break;
      if (was_ident && expr->kind == NODE_IDENTIFIER && !(expr->flags & NODE_PARENTHESIZED) &&
          TOKEN_OF(p).type == TOK_COLON) {
        parse_next(p);
        result = parse_labeled(p, node, expr, context);
        break;
      }
      node->kind = NODE_EXPRESSION_STMT;
      node->a = expr;
      if (parse_semicolon(p)) result = parse_finish(p, node);
      break;
    }
  }
out:
  parse_leave(p);
  return FAILED(p) ? NULL : result;
}
