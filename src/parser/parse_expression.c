/* Expressions (ECMAScript 13): precedence climbing for binary operators, the cover grammar
 * for parenthesized expressions / arrow parameters and object/array literals / patterns
 * (tracked in CoverErrors and resolved by parse_to_assignable), member and call chains with
 * optional chaining, templates, literals, object literals, and binding patterns.
 * Structure and early-error placement follow acorn's expression.js. Every recursive entry
 * (assignment expression, unary expression, binding element) passes parse_enter. */
#include <stdio.h>
#include <string.h>

#include "parser/parser_internal.h"
#include "parser/regexp_syntax.h"

static Node *parse_maybe_assign_ex(Parser *p, bool for_init, CoverErrors *errors);
static Node *parse_maybe_unary(Parser *p, CoverErrors *errors, bool saw_unary, bool inc_dec, bool for_init);
static Node *parse_expr_atom(Parser *p, CoverErrors *errors, bool for_init, bool for_new);
static Node *parse_subscripts(Parser *p, Node *base, Pos pos, bool no_calls, bool for_init);
static Node *parse_object(Parser *p, bool is_pattern, CoverErrors *errors);

bool parse_starts_expression(TokenType type) {
  switch (type) {
    case TOK_IDENT: case TOK_PRIVATE_NAME: case TOK_NUMBER: case TOK_BIGINT: case TOK_STRING:
    case TOK_TEMPLATE: case TOK_TEMPLATE_HEAD: case TOK_REGEXP: case TOK_SLASH: case TOK_SLASH_ASSIGN:
    case TOK_LBRACE: case TOK_LPAREN: case TOK_LBRACKET: case TOK_PLUS: case TOK_MINUS: case TOK_BANG:
    case TOK_TILDE: case TOK_INC: case TOK_DEC: case TOK_CLASS: case TOK_DELETE: case TOK_FUNCTION:
    case TOK_IMPORT: case TOK_NEW: case TOK_NULL: case TOK_SUPER: case TOK_THIS: case TOK_TRUE:
    case TOK_FALSE: case TOK_TYPEOF: case TOK_VOID: case TOK_LT:
      return true;
    default:
      return false;
  }
}

/* Binary operator precedence (acorn's binop values); 0 = not a binary operator. */
static int binary_precedence(TokenType type) {
  switch (type) {
    case TOK_NULLISH: case TOK_OR: return 1;
    case TOK_AND: return 2;
    case TOK_PIPE: return 3;
    case TOK_CARET: return 4;
    case TOK_AMP: return 5;
    case TOK_EQ: case TOK_NE: case TOK_EQ_STRICT: case TOK_NE_STRICT: return 6;
    case TOK_LT: case TOK_GT: case TOK_LE: case TOK_GE: case TOK_IN: case TOK_INSTANCEOF: return 7;
    case TOK_SHL: case TOK_SAR: case TOK_SHR: return 8;
    case TOK_PLUS: case TOK_MINUS: return 9;
    case TOK_STAR: case TOK_SLASH: case TOK_PERCENT: return 10;
    case TOK_STAR_STAR: return 11;
    default: return 0;
  }
}

static bool is_assign_operator(TokenType type) {
  return type == TOK_ASSIGN || (type >= TOK_PLUS_ASSIGN && type <= TOK_NULLISH_ASSIGN);
}

/* Whether the source text of a node's name was written with escapes. */
static bool node_is_escaped(const Node *node) { return node->end - node->start != node->name_length; }

/* --- identifiers and literals ------------------------------------------------------------ */

/* IdentifierName as a node. liberal: any IdentifierName (property names after '.', keys);
 * otherwise an IdentifierReference/BindingIdentifier with its early errors. */
Node *parse_ident(Parser *p, bool liberal) {
  Token *t = &TOKEN_OF(p);
  Node *node = parse_node(p, NODE_IDENTIFIER);
  if (node == NULL) return NULL;
  if (t->type == TOK_IDENT) {
    node->name = t->value;
    node->name_length = t->value_length;
    if (!liberal && t->escaped && t->keyword != TOK_EOF) {
      parse_fail(p, PARSE_MSG_INVALID_ESCAPED_KEYWORD, t->start, t->end);
      return NULL;
    }
  } else if (t->type >= TOK_BREAK && t->type <= TOK_WITH && liberal) {
    node->name = p->source + t->start;
    node->name_length = t->end - t->start;
  } else {
    parse_unexpected(p);
    return NULL;
  }
  bool escaped = t->escaped;
  parse_next(p);
  node = parse_finish(p, node);
  if (node && !liberal && !parse_check_identifier(p, node->name, node->name_length, escaped, node->start, node->end, false))
    return NULL;
  return node;
}

static Node *parse_private_ident(Parser *p) {
  Token *t = &TOKEN_OF(p);
  Node *node = parse_node(p, NODE_PRIVATE_NAME);
  if (node == NULL) return NULL;
  node->name = t->value;
  node->name_length = t->value_length;
  parse_next(p);
  node = parse_finish(p, node);
  if (node && !parse_private_use(p, node)) return NULL;
  return node;
}

/* A string literal token as a STRING node (import sources, keys, directives). */
Node *parse_literal_string(Parser *p) {
  Token *t = &TOKEN_OF(p);
  if (t->type != TOK_STRING) {
    parse_unexpected(p);
    return NULL;
  }
  if (!parse_check_literal(p, t)) return NULL;
  Node *node = parse_node(p, NODE_STRING);
  if (node == NULL) return NULL;
  node->name = t->value;
  node->name_length = t->value_length;
  parse_next(p);
  return parse_finish(p, node);
}

static Node *parse_literal(Parser *p) {
  Token *t = &TOKEN_OF(p);
  if (t->type == TOK_STRING) return parse_literal_string(p);
  if (!parse_check_literal(p, t)) return NULL;
  Node *node = parse_node(p, t->type == TOK_BIGINT ? NODE_BIGINT : NODE_NUMBER);
  if (node == NULL) return NULL;
  parse_next(p);
  return parse_finish(p, node);
}

/* TemplateLiteral: `...`, or head, expressions separated by middles, tail. Untagged
 * templates may not contain invalid escapes (13.2.8.1 early errors). */
Node *parse_template(Parser *p, bool tagged) {
  Node *node = parse_node(p, NODE_TEMPLATE);
  if (node == NULL) return NULL;
  for (;;) {
    Token *t = &TOKEN_OF(p);
    if ((t->flags & TOKEN_TEMPLATE_INVALID_ESCAPE) && !tagged) {
      parse_fail(p, t->escape_error, t->escape_error_start, t->escape_error_end);
      return NULL;
    }
    Node *element = parse_node(p, NODE_TEMPLATE_ELEMENT);
    if (element == NULL) return NULL;
    element->name = t->value;
    element->name_length = t->value_length;
    element->raw = t->raw;
    element->raw_length = t->raw_length;
    bool tail = t->type == TOK_TEMPLATE || t->type == TOK_TEMPLATE_TAIL;
    if (tail) element->flags |= NODE_TAIL;
    parse_next(p);
    element->end = p->previous_end;
    ast_list_append(&node->list, element);
    if (tail) break;
    Node *expression = parse_expression(p, NULL);
    if (expression == NULL) return NULL;
    ast_list_append(&node->list, expression);
    if (TOKEN_OF(p).type != TOK_RBRACE) {
      parse_unexpected(p);
      return NULL;
    }
    if (lex_rescan_template(&p->lexer) == TOK_ERROR) return NULL;
  }
  return parse_finish(p, node);
}

/* --- lists -------------------------------------------------------------------------------- */

static Node *parse_spread(Parser *p, CoverErrors *errors) {
  Node *node = parse_node(p, NODE_SPREAD);
  if (node == NULL) return NULL;
  parse_next(p);
  node->a = parse_maybe_assign_ex(p, false, errors);
  if (node->a == NULL) return NULL;
  return parse_finish(p, node);
}

/* Elements up to close: arguments (no holes) or array elements (holes). */
bool parse_expr_list(Parser *p, NodeList *list, TokenType close, bool allow_trailing_comma, bool allow_empty,
                     CoverErrors *errors) {
  bool first = true;
  while (!parse_eat(p, close)) {
    if (FAILED(p)) return false;
    if (!first) {
      if (TOKEN_OF(p).type != TOK_COMMA) {
        if (close == TOK_RPAREN && TOKEN_OF(p).type != TOK_EOF && TOKEN_OF(p).type != TOK_ERROR)
          return parse_fail(p, PARSE_MSG_MISSING_PAREN_AFTER_ARGUMENTS, p->previous_start, p->previous_end);
        return parse_unexpected(p);
      }
      parse_next(p);
      if (allow_trailing_comma && parse_eat(p, close)) break;
    } else {
      first = false;
    }
    Node *element;
    if (allow_empty && TOKEN_OF(p).type == TOK_COMMA) {
      element = parse_node(p, NODE_HOLE);
    } else if (TOKEN_OF(p).type == TOK_ELLIPSIS) {
      element = parse_spread(p, errors);
      if (element && errors && TOKEN_OF(p).type == TOK_COMMA && errors->trailing_comma < 0)
        errors->trailing_comma = TOKEN_OF(p).start;
    } else {
      element = parse_maybe_assign_ex(p, false, errors);
    }
    if (element == NULL) return false;
    ast_list_append(list, element);
  }
  return !FAILED(p);
}

/* --- binding patterns ------------------------------------------------------------------------ */

Node *parse_binding_atom(Parser *p) {
  if (!parse_enter(p)) return NULL;
  Node *node;
  if (TOKEN_OF(p).type == TOK_LBRACKET) {
    node = parse_node(p, NODE_ARRAY_PATTERN);
    if (node) {
      parse_next(p);
      if (!parse_binding_list(p, &node->list, TOK_RBRACKET, true, true)) node = NULL;
      else node = parse_finish(p, node);
    }
  } else if (TOKEN_OF(p).type == TOK_LBRACE) {
    node = parse_object(p, true, NULL);
  } else {
    node = parse_ident(p, false);
  }
  parse_leave(p);
  return node;
}

Node *parse_maybe_default(Parser *p, Pos pos, Node *left) {
  if (left == NULL) left = parse_binding_atom(p);
  if (left == NULL) return NULL;
  if (!parse_eat(p, TOK_ASSIGN)) return left;
  Node *node = parse_node_from(p, NODE_ASSIGN_PATTERN, pos);
  if (node == NULL) return NULL;
  node->a = left;
  node->b = parse_maybe_assign_ex(p, false, NULL);
  if (node->b == NULL) return NULL;
  return parse_finish(p, node);
}

static Node *parse_rest_binding(Parser *p) {
  Node *node = parse_node(p, NODE_REST);
  if (node == NULL) return NULL;
  parse_next(p);
  node->a = parse_binding_atom(p);
  if (node->a == NULL) return NULL;
  return parse_finish(p, node);
}

/* An element nested in a binding pattern. Members and parentheses are assignment targets,
 * not bindings; V8 names the mistake, so we do too. */
static Node *parse_nested_binding_element(Parser *p) {
  Token t = TOKEN_OF(p);
  if (t.type == TOK_LPAREN) {
    parse_fail(p, PARSE_MSG_INVALID_DESTRUCTURING_TARGET, t.start, t.end);
    return NULL;
  }
  Node *element = parse_maybe_default(p, parse_here(p), NULL);
  if (element == NULL) return NULL;
  t = TOKEN_OF(p);
  if (t.type == TOK_DOT || t.type == TOK_LBRACKET) {
    parse_fail(p, t.type == TOK_DOT ? PARSE_MSG_ILLEGAL_PROPERTY_IN_DECLARATION : PARSE_MSG_INVALID_DESTRUCTURING_TARGET,
               element->start, t.end);
    return NULL;
  }
  return element;
}

bool parse_binding_list(Parser *p, NodeList *list, TokenType close, bool allow_empty, bool allow_trailing_comma) {
  bool first = true;
  while (!parse_eat(p, close)) {
    if (FAILED(p)) return false;
    if (first) first = false;
    else if (!parse_expect(p, TOK_COMMA)) return false;
    if (allow_empty && TOKEN_OF(p).type == TOK_COMMA) {
      Node *hole = parse_node(p, NODE_HOLE);
      if (hole == NULL) return false;
      ast_list_append(list, hole);
    } else if (allow_trailing_comma && TOKEN_OF(p).type == close) {
      parse_next(p);
      break;
    } else if (TOKEN_OF(p).type == TOK_ELLIPSIS) {
      Node *rest = parse_rest_binding(p);
      if (rest == NULL) return false;
      ast_list_append(list, rest);
      if (TOKEN_OF(p).type == TOK_ASSIGN)
        return parse_fail(p, close == TOK_RPAREN ? PARSE_MSG_INVALID_REST_INITIALIZER : PARSE_MSG_INVALID_DESTRUCTURING_TARGET,
                          rest->start, TOKEN_OF(p).end);
      if (TOKEN_OF(p).type == TOK_COMMA)
        return parse_fail(p, close == TOK_RPAREN ? PARSE_MSG_INVALID_REST_PARAMETER : PARSE_MSG_INVALID_REST_ELEMENT,
                          rest->start, rest->end);
      return parse_expect(p, close);
    } else {
      Node *element = close == TOK_RBRACKET ? parse_nested_binding_element(p) : parse_maybe_default(p, parse_here(p), NULL);
      if (element == NULL) return false;
      ast_list_append(list, element);
    }
  }
  return !FAILED(p);
}

/* --- object literals and patterns ------------------------------------------------------------ */

/* PropertyName: identifier name, string, number, or [computed]. Sets the key (prop->a). */
Node *parse_property_name(Parser *p, Node *prop) {
  Token *t = &TOKEN_OF(p);
  if (t->type == TOK_LBRACKET) {
    parse_next(p);
    prop->flags |= NODE_COMPUTED;
    prop->a = parse_maybe_assign_ex(p, false, NULL);
    if (prop->a == NULL || !parse_expect(p, TOK_RBRACKET)) return NULL;
    return prop->a;
  }
  if (t->type == TOK_STRING || t->type == TOK_NUMBER || t->type == TOK_BIGINT) prop->a = parse_literal(p);
  else if (t->type == TOK_PRIVATE_NAME) {
    parse_unexpected(p);
    return NULL;
  } else prop->a = parse_ident(p, true);
  return prop->a;
}

/* Whether a (non-computed) key is the identifier or string `name`. */
static bool key_is(const Node *prop, const char *name) {
  if (prop->flags & NODE_COMPUTED) return false;
  const Node *key = prop->a;
  return (key->kind == NODE_IDENTIFIER || key->kind == NODE_STRING) && ast_name_is(key, name);
}

static bool check_accessor_params(Parser *p, Node *function, int kind) {
  uint32_t count = function->list.count;
  if (kind == PROP_GET && count != 0) return parse_fail(p, PARSE_MSG_GETTER_ARITY, function->start, function->end);
  if (kind == PROP_SET && count != 1) return parse_fail(p, PARSE_MSG_SETTER_ARITY, function->start, function->end);
  if (kind == PROP_SET && function->list.first->kind == NODE_REST)
    return parse_fail(p, PARSE_MSG_SETTER_REST, function->list.first->start, function->list.first->end);
  return true;
}

static Node *parse_property(Parser *p, bool is_pattern, CoverErrors *errors) {
  Pos pos = parse_here(p);
  if (TOKEN_OF(p).type == TOK_ELLIPSIS) {
    if (is_pattern) {
      Node *rest = parse_node(p, NODE_REST);
      if (rest == NULL) return NULL;
      parse_next(p);
      rest->a = parse_ident(p, false);
      if (rest->a == NULL) return NULL;
      if (TOKEN_OF(p).type == TOK_COMMA) {
        parse_fail(p, PARSE_MSG_INVALID_REST_ELEMENT, rest->start, p->previous_end);
        return NULL;
      }
      return parse_finish(p, rest);
    }
    Node *spread = parse_spread(p, errors);
    if (spread && errors && TOKEN_OF(p).type == TOK_COMMA && errors->trailing_comma < 0)
      errors->trailing_comma = TOKEN_OF(p).start;
    return spread;
  }
  Node *prop = parse_node(p, NODE_PROPERTY);
  if (prop == NULL) return NULL;
  prop->op = PROP_INIT;
  bool is_generator = false, is_async = false;
  if (!is_pattern) is_generator = parse_eat(p, TOK_STAR);
  bool escaped = TOKEN_OF(p).escaped;
  if (!parse_property_name(p, prop)) return NULL;
  TokenType next = TOKEN_OF(p).type;
  /* async / get / set modifiers: only when a property name follows on the same line. */
  bool name_follows = next == TOK_IDENT || next == TOK_STRING || next == TOK_NUMBER || next == TOK_BIGINT ||
                      next == TOK_LBRACKET || (next >= TOK_BREAK && next <= TOK_WITH) || next == TOK_PRIVATE_NAME;
  if (!is_pattern && !escaped && !is_generator && key_is(prop, "async") && prop->a->kind == NODE_IDENTIFIER &&
      (name_follows || next == TOK_STAR) && !TOKEN_OF(p).newline_before) {
    is_async = true;
    is_generator = parse_eat(p, TOK_STAR);
    prop->flags &= ~(uint32_t)NODE_COMPUTED;
    if (!parse_property_name(p, prop)) return NULL;
  }
  next = TOKEN_OF(p).type;
  if ((is_generator || is_async) && next != TOK_LPAREN) {
    parse_unexpected(p);
    return NULL;
  }
  if (parse_eat(p, TOK_COLON)) {
    prop->b = is_pattern ? parse_nested_binding_element(p) : parse_maybe_assign_ex(p, false, errors);
    if (prop->b == NULL) return NULL;
  } else if (next == TOK_LPAREN) {
    if (is_pattern) {
      parse_unexpected(p);
      return NULL;
    }
    prop->flags |= NODE_METHOD;
    prop->op = PROP_METHOD;
    prop->b = parse_method(p, is_generator, is_async, false, prop->start);
    if (prop->b == NULL) return NULL;
  } else if (!is_pattern && !escaped && prop->a->kind == NODE_IDENTIFIER && !(prop->flags & NODE_COMPUTED) &&
             (key_is(prop, "get") || key_is(prop, "set")) && name_follows) {
    int kind = key_is(prop, "get") ? PROP_GET : PROP_SET;
    if (!parse_property_name(p, prop)) return NULL;
    prop->op = kind;
    prop->b = parse_method(p, false, false, false, prop->start);
    if (prop->b == NULL || !check_accessor_params(p, prop->b, kind)) return NULL;
  } else if (prop->a->kind == NODE_IDENTIFIER && !(prop->flags & NODE_COMPUTED)) {
    Node *key = prop->a;
    if (!parse_check_identifier(p, key->name, key->name_length, node_is_escaped(key), key->start, key->end, is_pattern))
      return NULL;
    if (is_pattern && lex_keyword(key->name, key->name_length) != TOK_EOF) {
      parse_unexpected(p);
      return NULL;
    }
    Node *value = arena_alloc(p->arena, sizeof *value);
    if (value == NULL) {
      parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
      return NULL;
    }
    *value = *key;
    value->next = NULL;
    prop->flags |= NODE_SHORTHAND;
    if (is_pattern) {
      prop->b = parse_maybe_default(p, pos, value);
    } else if (TOKEN_OF(p).type == TOK_ASSIGN && errors) {
      if (errors->shorthand_assign < 0) errors->shorthand_assign = TOKEN_OF(p).start;
      prop->b = parse_maybe_default(p, pos, value);
    } else {
      prop->b = value;
    }
    if (prop->b == NULL) return NULL;
  } else {
    parse_unexpected(p);
    return NULL;
  }
  return parse_finish(p, prop);
}

static Node *parse_object(Parser *p, bool is_pattern, CoverErrors *errors) {
  Node *node = parse_node(p, is_pattern ? NODE_OBJECT_PATTERN : NODE_OBJECT);
  if (node == NULL) return NULL;
  parse_next(p);
  bool first = true, has_proto = false;
  while (parse_list_next(p, TOK_RBRACE, &first)) {
    Node *prop = parse_property(p, is_pattern, errors);
    if (prop == NULL) return NULL;
    /* B.3.1 / 13.2.5.1: duplicate __proto__: value properties are an error in literals. */
    if (!is_pattern && prop->kind == NODE_PROPERTY && !(prop->flags & (NODE_SHORTHAND | NODE_METHOD)) &&
        prop->op == PROP_INIT && key_is(prop, "__proto__")) {
      if (has_proto) {
        if (errors) {
          if (errors->double_proto < 0) errors->double_proto = prop->a->start;
        } else {
          parse_fail(p, PARSE_MSG_DUPLICATE_PROTO, prop->a->start, prop->a->end);
          return NULL;
        }
      }
      has_proto = true;
    }
    ast_list_append(&node->list, prop);
  }
  if (FAILED(p)) return NULL;
  return parse_finish(p, node);
}

/* --- atoms ------------------------------------------------------------------------------------- */

/* ( ... ): a parenthesized expression, or the parameters of an arrow function. */
static Node *parse_paren_and_distinguish(Parser *p, bool can_be_arrow, bool for_init) {
  Pos pos = parse_here(p);
  parse_next(p);
  Pos inner = parse_here(p);
  NodeList list = {0};
  bool first = true, last_is_comma = false;
  int64_t spread_start = -1;
  CoverErrors errors;
  cover_errors_init(&errors);
  uint32_t old_yield = p->yield_position, old_await = p->await_position;
  p->yield_position = 0;
  p->await_position = 0;
  while (TOKEN_OF(p).type != TOK_RPAREN) {
    if (FAILED(p)) return NULL;
    if (!first) {
      if (!parse_expect(p, TOK_COMMA)) return NULL;
    } else {
      first = false;
    }
    if (TOKEN_OF(p).type == TOK_RPAREN) {
      last_is_comma = true;
      break;
    }
    if (TOKEN_OF(p).type == TOK_ELLIPSIS) {
      spread_start = TOKEN_OF(p).start;
      Node *rest = parse_rest_binding(p);
      if (rest == NULL) return NULL;
      ast_list_append(&list, rest);
      if (TOKEN_OF(p).type == TOK_COMMA) {
        parse_fail(p, PARSE_MSG_INVALID_REST_PARAMETER, rest->start, rest->end);
        return NULL;
      }
      break;
    }
    Node *item = parse_maybe_assign_ex(p, false, &errors);
    if (item == NULL) return NULL;
    ast_list_append(&list, item);
  }
  uint32_t inner_end = p->previous_end;
  Token close = TOKEN_OF(p);
  if (!parse_expect(p, TOK_RPAREN)) return NULL;
  if (can_be_arrow && !parse_can_insert_semicolon(p) && TOKEN_OF(p).type == TOK_ARROW) {
    parse_next(p);
    if (!parse_check_pattern_errors(p, &errors, false) || !parse_check_yield_await_in_default_params(p)) return NULL;
    p->yield_position = old_yield;
    p->await_position = old_await;
    Node *arrow = parse_node_from(p, NODE_FUNCTION, pos);
    if (arrow == NULL) return NULL;
    return parse_arrow(p, arrow, &list, false, for_init);
  }
  if (TOKEN_OF(p).type == TOK_ARROW) {
    parse_unexpected(p);
    return NULL;
  }
  if (list.count == 0 || last_is_comma) {
    parse_fail_name(p, PARSE_MSG_UNEXPECTED_TOKEN, close.start, close.end, ")", 1);
    return NULL;
  }
  if (spread_start >= 0) {
    parse_fail_name(p, PARSE_MSG_UNEXPECTED_TOKEN, (uint32_t)spread_start, (uint32_t)spread_start + 3, "...", 3);
    return NULL;
  }
  if (!parse_check_expression_errors(p, &errors)) return NULL;
  if (!p->yield_position) p->yield_position = old_yield;
  if (!p->await_position) p->await_position = old_await;
  if (old_yield) p->yield_position = old_yield;
  if (old_await) p->await_position = old_await;
  Node *value;
  if (list.count > 1) {
    value = parse_node_from(p, NODE_SEQUENCE, inner);
    if (value == NULL) return NULL;
    value->list = list;
    value->end = inner_end;
  } else {
    value = list.first;
  }
  value->flags |= NODE_PARENTHESIZED;
  return value;
}

static bool is_simple_assign_target(const Node *node) {
  return node->kind == NODE_IDENTIFIER || node->kind == NODE_MEMBER;
}

static Node *parse_new_inner(Parser *p);

/* `new` recurses through its callee (new new a), so it counts as a nesting level. */
static Node *parse_new(Parser *p) {
  if (!parse_enter(p)) return NULL;
  Node *node = parse_new_inner(p);
  parse_leave(p);
  return FAILED(p) ? NULL : node;
}

static Node *parse_new_inner(Parser *p) {
  Pos pos = parse_here(p);
  parse_next(p);
  if (TOKEN_OF(p).type == TOK_DOT) {
    parse_next(p);
    Token t = TOKEN_OF(p);
    if (t.type != TOK_IDENT || t.word != WORD_TARGET) {
      parse_unexpected(p);
      return NULL;
    }
    if (t.escaped) {
      parse_fail(p, PARSE_MSG_ESCAPED_NEW_TARGET, pos.start, t.end);
      return NULL;
    }
    if (!parse_allow_new_target(p)) {
      parse_fail(p, PARSE_MSG_UNEXPECTED_NEW_TARGET, pos.start, t.end);
      return NULL;
    }
    parse_next(p);
    return parse_finish(p, parse_node_from(p, NODE_NEW_TARGET, pos));
  }
  Node *node = parse_node_from(p, NODE_NEW, pos);
  if (node == NULL) return NULL;
  Pos callee_pos = parse_here(p);
  Node *atom = parse_expr_atom(p, NULL, false, true);
  if (atom == NULL) return NULL;
  node->a = parse_subscripts(p, atom, callee_pos, true, false);
  if (node->a == NULL) return NULL;
  if (node->a->kind == NODE_SUPER) {
    parse_fail(p, PARSE_MSG_UNEXPECTED_SUPER, node->a->start, node->a->end);
    return NULL;
  }
  if (parse_eat(p, TOK_LPAREN) && !parse_expr_list(p, &node->list, TOK_RPAREN, true, false, NULL)) return NULL;
  return parse_finish(p, node);
}

/* import(...), import.meta. */
static Node *parse_expr_import(Parser *p, bool for_new) {
  Pos pos = parse_here(p);
  parse_next(p);
  if (TOKEN_OF(p).type == TOK_LPAREN && !for_new) {
    Node *node = parse_node_from(p, NODE_IMPORT_CALL, pos);
    if (node == NULL) return NULL;
    parse_next(p);
    node->a = parse_maybe_assign_ex(p, false, NULL);
    if (node->a == NULL) return NULL;
    if (!parse_eat(p, TOK_RPAREN)) {
      if (!parse_expect(p, TOK_COMMA)) return NULL;
      if (!parse_eat(p, TOK_RPAREN)) {
        node->b = parse_maybe_assign_ex(p, false, NULL);
        if (node->b == NULL) return NULL;
        if (!parse_eat(p, TOK_RPAREN)) {
          if (!parse_expect(p, TOK_COMMA) || !parse_expect(p, TOK_RPAREN)) return NULL;
        }
      }
    }
    return parse_finish(p, node);
  }
  if (TOKEN_OF(p).type == TOK_DOT) {
    parse_next(p);
    Token t = TOKEN_OF(p);
    if (t.type != TOK_IDENT || t.word != WORD_META) {
      parse_unexpected(p);
      return NULL;
    }
    if (t.escaped) {
      parse_fail(p, PARSE_MSG_INVALID_ESCAPED_KEYWORD, t.start, t.end);
      return NULL;
    }
    if (!p->is_module) {
      parse_fail(p, PARSE_MSG_IMPORT_META_OUTSIDE_MODULE, pos.start, t.end);
      return NULL;
    }
    parse_next(p);
    return parse_finish(p, parse_node_from(p, NODE_IMPORT_META, pos));
  }
  parse_unexpected(p);
  return NULL;
}

/* 13.2.7.2: a regular expression literal whose pattern does not parse is an early error. */
static bool check_regexp(Parser *p, const Token *t) {
  const char *pattern = p->source + t->start + 1;
  uint32_t pattern_length = t->regexp_body_end - t->start - 1;
  const char *flags = p->source + t->regexp_body_end + 1;
  uint32_t flags_length = t->end - t->regexp_body_end - 1;
  unsigned mode = 0;
  if (memchr(flags, 'u', flags_length)) mode |= REGEXP_FLAG_UNICODE;
  if (memchr(flags, 'v', flags_length)) mode |= REGEXP_FLAG_UNICODE_SETS;
  const char *reason = regexp_check_syntax(pattern, pattern_length, mode);
  if (reason == NULL) return true;
  char text[240];
  int length = snprintf(text, sizeof text, "Invalid regular expression: /%.*s/%.*s: %s", (int)pattern_length, pattern,
                        (int)flags_length, flags, reason);
  if (length < 0) length = 0;
  if ((size_t)length >= sizeof text) length = sizeof text - 1;
  return parse_fail_name(p, PARSE_MSG_INVALID_REGEXP, t->start, t->end, text, (uint32_t)length);
}

static Node *parse_simple(Parser *p, NodeKind kind) {
  Node *node = parse_node(p, kind);
  if (node == NULL) return NULL;
  parse_next(p);
  return parse_finish(p, node);
}

static Node *parse_expr_atom(Parser *p, CoverErrors *errors, bool for_init, bool for_new) {
  Token *t = &TOKEN_OF(p);
  if (t->type == TOK_SLASH || t->type == TOK_SLASH_ASSIGN) {
    if (lex_rescan_regexp(&p->lexer) == TOK_ERROR) return NULL;
  }
  bool can_be_arrow = p->potential_arrow_at_valid && p->potential_arrow_at == t->start;
  Pos pos = parse_here(p);
  switch (t->type) {
    case TOK_SUPER: {
      if (!parse_allow_super(p)) {
        parse_fail(p, PARSE_MSG_UNEXPECTED_SUPER, t->start, t->end);
        return NULL;
      }
      Node *node = parse_simple(p, NODE_SUPER);
      if (node == NULL) return NULL;
      TokenType next = TOKEN_OF(p).type;
      if (next == TOK_LPAREN && !parse_allow_direct_super(p)) {
        parse_fail(p, PARSE_MSG_UNEXPECTED_SUPER, node->start, node->end);
        return NULL;
      }
      if (next != TOK_DOT && next != TOK_LBRACKET && next != TOK_LPAREN) {
        parse_fail(p, PARSE_MSG_UNEXPECTED_SUPER, node->start, node->end);
        return NULL;
      }
      return node;
    }
    case TOK_THIS: return parse_simple(p, NODE_THIS);
    case TOK_NULL: return parse_simple(p, NODE_NULL);
    case TOK_TRUE: return parse_simple(p, NODE_TRUE);
    case TOK_FALSE: return parse_simple(p, NODE_FALSE);
    case TOK_IDENT: {
      bool escaped = t->escaped;
      Node *id = parse_ident(p, false);
      if (id == NULL) return NULL;
      if (!escaped && ast_name_is(id, "async") && !parse_can_insert_semicolon(p) && TOKEN_OF(p).type == TOK_FUNCTION) {
        parse_next(p);
        return parse_function(p, parse_node_from(p, NODE_FUNCTION, pos), 0, false, true, for_init);
      }
      if (can_be_arrow && !parse_can_insert_semicolon(p)) {
        if (parse_eat(p, TOK_ARROW)) {
          NodeList params = {0};
          ast_list_append(&params, id);
          return parse_arrow(p, parse_node_from(p, NODE_FUNCTION, pos), &params, false, for_init);
        }
        if (!escaped && ast_name_is(id, "async") && TOKEN_OF(p).type == TOK_IDENT &&
            !(parse_is_word(p, WORD_OF) && parse_peek(p).type != TOK_ARROW)) {
          /* async x => ...: `await` may not name the parameter. */
          uint32_t old_await_identifier = p->await_identifier_position;
          p->await_identifier_position = 0;
          Node *param = parse_ident(p, false);
          if (param == NULL) return NULL;
          if (parse_can_insert_semicolon(p) || TOKEN_OF(p).type != TOK_ARROW) {
            parse_unexpected(p);
            return NULL;
          }
          if (ast_name_is(param, "await")) {
            parse_fail(p, PARSE_MSG_UNEXPECTED_RESERVED, param->start, param->end);
            return NULL;
          }
          p->await_identifier_position = old_await_identifier;
          parse_next(p);
          NodeList params = {0};
          ast_list_append(&params, param);
          return parse_arrow(p, parse_node_from(p, NODE_FUNCTION, pos), &params, true, for_init);
        }
      }
      return id;
    }
    case TOK_REGEXP: {
      Node *node = parse_node(p, NODE_REGEXP);
      if (node == NULL) return NULL;
      node->pattern_end = t->regexp_body_end;
      if (!check_regexp(p, t)) return NULL;
      parse_next(p);
      return parse_finish(p, node);
    }
    case TOK_NUMBER: case TOK_BIGINT: case TOK_STRING:
      return parse_literal(p);
    case TOK_LPAREN: {
      uint32_t start = t->start;
      Node *expr = parse_paren_and_distinguish(p, can_be_arrow, for_init);
      if (expr && errors) {
        if (errors->parenthesized_assign < 0 && !is_simple_assign_target(expr)) errors->parenthesized_assign = start;
        if (errors->parenthesized_bind < 0) errors->parenthesized_bind = start;
      }
      return expr;
    }
    case TOK_LBRACKET: {
      Node *node = parse_node(p, NODE_ARRAY);
      if (node == NULL) return NULL;
      parse_next(p);
      if (!parse_expr_list(p, &node->list, TOK_RBRACKET, true, true, errors)) return NULL;
      return parse_finish(p, node);
    }
    case TOK_LBRACE: return parse_object(p, false, errors);
    case TOK_FUNCTION: {
      Node *node = parse_node(p, NODE_FUNCTION);
      parse_next(p);
      return parse_function(p, node, 0, false, false, for_init);
    }
    case TOK_CLASS: return parse_class(p, false, false);
    case TOK_NEW: return parse_new(p);
    case TOK_TEMPLATE: case TOK_TEMPLATE_HEAD: return parse_template(p, false);
    case TOK_IMPORT: return parse_expr_import(p, for_new);
    default:
      parse_unexpected(p);
      return NULL;
  }
}

/* --- member and call chains ----------------------------------------------------------------- */

static Node *parse_subscripts(Parser *p, Node *base, Pos pos, bool no_calls, bool for_init) {
  bool maybe_async_arrow = base->kind == NODE_IDENTIFIER && ast_name_is(base, "async") &&
                           p->previous_end == base->end && !parse_can_insert_semicolon(p) &&
                           base->end - base->start == 5 && p->potential_arrow_at_valid &&
                           p->potential_arrow_at == base->start;
  bool optional_chained = false;
  for (;;) {
    if (FAILED(p)) return NULL;
    Token *t = &TOKEN_OF(p);
    bool optional = false;
    if (t->type == TOK_QUESTION_DOT) {
      if (no_calls) {
        parse_fail(p, PARSE_MSG_OPTIONAL_CHAIN_NEW, t->start, t->end);
        return NULL;
      }
      optional = true;
      optional_chained = true;
      parse_next(p);
    }
    bool computed = parse_eat(p, TOK_LBRACKET);
    if (computed || (optional && TOKEN_OF(p).type != TOK_LPAREN && TOKEN_OF(p).type != TOK_TEMPLATE &&
                     TOKEN_OF(p).type != TOK_TEMPLATE_HEAD) ||
        parse_eat(p, TOK_DOT)) {
      Node *node = parse_node_from(p, NODE_MEMBER, pos);
      if (node == NULL) return NULL;
      node->a = base;
      if (computed) {
        node->flags |= NODE_COMPUTED;
        node->b = parse_expression(p, NULL);
        if (node->b == NULL || !parse_expect(p, TOK_RBRACKET)) return NULL;
      } else if (TOKEN_OF(p).type == TOK_PRIVATE_NAME && base->kind != NODE_SUPER) {
        node->b = parse_private_ident(p);
      } else {
        node->b = parse_ident(p, true);
      }
      if (node->b == NULL) return NULL;
      if (optional) node->flags |= NODE_OPTIONAL;
      base = parse_finish(p, node);
    } else if (!no_calls && TOKEN_OF(p).type == TOK_LPAREN) {
      parse_next(p);
      CoverErrors errors;
      cover_errors_init(&errors);
      uint32_t old_yield = p->yield_position, old_await = p->await_position,
               old_await_identifier = p->await_identifier_position;
      p->yield_position = p->await_position = p->await_identifier_position = 0;
      NodeList arguments = {0};
      if (!parse_expr_list(p, &arguments, TOK_RPAREN, true, false, &errors)) return NULL;
      if (maybe_async_arrow && !optional && !parse_can_insert_semicolon(p) && TOKEN_OF(p).type == TOK_ARROW) {
        parse_next(p);
        if (!parse_check_pattern_errors(p, &errors, false) || !parse_check_yield_await_in_default_params(p))
          return NULL;
        if (p->await_identifier_position) {
          parse_fail(p, PARSE_MSG_UNEXPECTED_RESERVED, p->await_identifier_position - 1, p->await_identifier_position + 4);
          return NULL;
        }
        p->yield_position = old_yield;
        p->await_position = old_await;
        p->await_identifier_position = old_await_identifier;
        return parse_arrow(p, parse_node_from(p, NODE_FUNCTION, pos), &arguments, true, for_init);
      }
      if (!parse_check_expression_errors(p, &errors)) return NULL;
      if (old_yield) p->yield_position = old_yield;
      if (old_await) p->await_position = old_await;
      if (old_await_identifier) p->await_identifier_position = old_await_identifier;
      Node *node = parse_node_from(p, NODE_CALL, pos);
      if (node == NULL) return NULL;
      node->a = base;
      node->list = arguments;
      if (optional) node->flags |= NODE_OPTIONAL;
      base = parse_finish(p, node);
    } else if (TOKEN_OF(p).type == TOK_TEMPLATE || TOKEN_OF(p).type == TOK_TEMPLATE_HEAD) {
      if (optional || optional_chained) {
        parse_fail(p, PARSE_MSG_OPTIONAL_CHAIN_TEMPLATE, TOKEN_OF(p).start, TOKEN_OF(p).end);
        return NULL;
      }
      Node *node = parse_node_from(p, NODE_TAGGED_TEMPLATE, pos);
      if (node == NULL) return NULL;
      node->a = base;
      node->b = parse_template(p, true);
      if (node->b == NULL) return NULL;
      base = parse_finish(p, node);
    } else {
      if (optional) {
        parse_unexpected(p);
        return NULL;
      }
      break;
    }
    maybe_async_arrow = false;
  }
  if (optional_chained) {
    Node *chain = parse_node_from(p, NODE_CHAIN, pos);
    if (chain == NULL) return NULL;
    chain->a = base;
    chain->end = base->end;
    return chain;
  }
  return base;
}

Node *parse_expr_subscripts(Parser *p, CoverErrors *errors, bool for_init) {
  Pos pos = parse_here(p);
  Node *expr = parse_expr_atom(p, errors, for_init, false);
  if (expr == NULL) return NULL;
  if ((expr->flags & NODE_ARROW) && !(expr->flags & NODE_PARENTHESIZED)) return expr;
  Node *result = parse_subscripts(p, expr, pos, false, for_init);
  if (result && errors && result->kind == NODE_MEMBER) {
    if (errors->parenthesized_assign >= result->start) errors->parenthesized_assign = -1;
    if (errors->parenthesized_bind >= result->start) errors->parenthesized_bind = -1;
    if (errors->trailing_comma >= result->start) errors->trailing_comma = -1;
  }
  return result;
}

/* --- operators ---------------------------------------------------------------------------------- */

static bool is_private_field_access(const Node *node) {
  if (node->kind == NODE_CHAIN) node = node->a;
  return node->kind == NODE_MEMBER && node->b && node->b->kind == NODE_PRIVATE_NAME;
}

static Node *parse_maybe_unary(Parser *p, CoverErrors *errors, bool saw_unary, bool inc_dec, bool for_init) {
  if (!parse_enter(p)) return NULL;
  Pos pos = parse_here(p);
  Token *t = &TOKEN_OF(p);
  Node *expr = NULL;
  if (parse_is_word(p, WORD_AWAIT) && parse_can_await(p)) {
    expr = parse_await(p, for_init);
    saw_unary = true;
  } else if (t->type == TOK_BANG || t->type == TOK_TILDE || t->type == TOK_PLUS || t->type == TOK_MINUS ||
             t->type == TOK_TYPEOF || t->type == TOK_VOID || t->type == TOK_DELETE || t->type == TOK_INC ||
             t->type == TOK_DEC) {
    bool update = t->type == TOK_INC || t->type == TOK_DEC;
    Node *node = parse_node(p, update ? NODE_UPDATE : NODE_UNARY);
    if (node == NULL) goto out;
    node->op = t->type;
    if (update) node->flags |= NODE_PREFIX;
    parse_next(p);
    node->a = parse_maybe_unary(p, NULL, true, update, for_init);
    if (node->a == NULL || !parse_check_expression_errors(p, errors)) goto out;
    if (update) {
      Node *target = node->a;
      if (!(target->kind == NODE_IDENTIFIER || target->kind == NODE_MEMBER)) {
        parse_fail(p, PARSE_MSG_INVALID_LHS_PREFIX, target->start, target->end);
        goto out;
      }
      if (!parse_check_lval_simple(p, target, BIND_NONE, NULL)) goto out;
    } else if (p->strict && node->op == TOK_DELETE && node->a->kind == NODE_IDENTIFIER) {
      parse_fail(p, PARSE_MSG_STRICT_DELETE, node->start, node->a->end);
      goto out;
    } else if (node->op == TOK_DELETE && is_private_field_access(node->a)) {
      parse_fail(p, PARSE_MSG_DELETE_PRIVATE, node->start, node->a->end);
      goto out;
    } else {
      saw_unary = true;
    }
    expr = parse_finish(p, node);
  } else if (!saw_unary && t->type == TOK_PRIVATE_NAME) {
    /* #x in obj (ES2022 ergonomic brand checks). */
    if (for_init || p->private_scope == NULL) {
      parse_unexpected(p);
      goto out;
    }
    expr = parse_private_ident(p);
    if (expr && TOKEN_OF(p).type != TOK_IN) {
      parse_unexpected(p);
      expr = NULL;
    }
  } else {
    expr = parse_expr_subscripts(p, errors, for_init);
    if (expr == NULL) goto out;
    if (errors && (errors->shorthand_assign >= 0 || errors->double_proto >= 0)) goto out;
    while ((TOKEN_OF(p).type == TOK_INC || TOKEN_OF(p).type == TOK_DEC) && !parse_can_insert_semicolon(p)) {
      if (!(expr->kind == NODE_IDENTIFIER || expr->kind == NODE_MEMBER)) {
        parse_fail(p, PARSE_MSG_INVALID_LHS_POSTFIX, expr->start, expr->end);
        expr = NULL;
        goto out;
      }
      if (!parse_check_lval_simple(p, expr, BIND_NONE, NULL)) {
        expr = NULL;
        goto out;
      }
      Node *node = parse_node_from(p, NODE_UPDATE, pos);
      if (node == NULL) { expr = NULL; goto out; }
      node->op = TOKEN_OF(p).type;
      node->a = expr;
      parse_next(p);
      expr = parse_finish(p, node);
    }
  }
  if (expr && !inc_dec && TOKEN_OF(p).type == TOK_STAR_STAR) {
    if (saw_unary) {
      parse_fail(p, PARSE_MSG_UNARY_BEFORE_EXPONENT, TOKEN_OF(p).start, TOKEN_OF(p).end);
      expr = NULL;
      goto out;
    }
    parse_next(p);
    Node *node = parse_node_from(p, NODE_BINARY, pos);
    if (node == NULL) { expr = NULL; goto out; }
    node->op = TOK_STAR_STAR;
    node->a = expr;
    node->b = parse_maybe_unary(p, NULL, false, false, for_init);
    expr = node->b ? parse_finish(p, node) : NULL;
  }
out:
  parse_leave(p);
  return FAILED(p) ? NULL : expr;
}

/* Precedence climbing: left-associative chains are a loop, so only the right operand of a
 * higher precedence recurses (bounded by the number of levels). */
static Node *parse_expr_op(Parser *p, Node *left, Pos left_pos, int min_precedence, bool for_init) {
  for (;;) {
    TokenType type = TOKEN_OF(p).type;
    int precedence = binary_precedence(type);
    if (precedence == 0 || (for_init && type == TOK_IN) || precedence <= min_precedence) return left;
    if (type == TOK_STAR_STAR) return left; /* handled in parse_maybe_unary */
    if (left->kind == NODE_PRIVATE_NAME && type != TOK_IN) {
      parse_unexpected(p);
      return NULL;
    }
    bool logical = type == TOK_OR || type == TOK_AND;
    bool coalesce = type == TOK_NULLISH;
    if (coalesce) precedence = binary_precedence(TOK_AND);
    parse_next(p);
    Pos right_pos = parse_here(p);
    Node *right = parse_maybe_unary(p, NULL, false, false, for_init);
    if (right == NULL) return NULL;
    if (right->kind == NODE_PRIVATE_NAME) {
      parse_fail_name(p, PARSE_MSG_UNEXPECTED_TOKEN, TOKEN_OF(p).start, TOKEN_OF(p).end, "in", 2);
      return NULL;
    }
    if (!parse_enter(p)) return NULL;
    right = parse_expr_op(p, right, right_pos, precedence, for_init);
    parse_leave(p);
    if (right == NULL) return NULL;
    Node *node = parse_node_from(p, logical || coalesce ? NODE_LOGICAL : NODE_BINARY, left_pos);
    if (node == NULL) return NULL;
    node->op = type;
    node->a = left;
    node->b = right;
    node = parse_finish(p, node);
    TokenType next = TOKEN_OF(p).type;
    if ((logical && next == TOK_NULLISH) || (coalesce && (next == TOK_OR || next == TOK_AND))) {
      const char *text = lex_token_text(next);
      parse_fail_name(p, PARSE_MSG_NULLISH_MIXED, TOKEN_OF(p).start, TOKEN_OF(p).end, text, (uint32_t)strlen(text));
      return NULL;
    }
    left = node;
  }
}

static Node *parse_expr_ops(Parser *p, bool for_init, CoverErrors *errors) {
  Pos pos = parse_here(p);
  Node *expr = parse_maybe_unary(p, errors, false, false, for_init);
  if (expr == NULL) return NULL;
  if (errors && (errors->shorthand_assign >= 0 || errors->double_proto >= 0)) return expr;
  if (expr->start == pos.start && (expr->flags & NODE_ARROW) && !(expr->flags & NODE_PARENTHESIZED)) return expr;
  Node *result = parse_expr_op(p, expr, pos, 0, for_init);
  if (result && result->kind == NODE_PRIVATE_NAME) {
    parse_unexpected(p);
    return NULL;
  }
  return result;
}

static Node *parse_maybe_conditional(Parser *p, bool for_init, CoverErrors *errors) {
  Pos pos = parse_here(p);
  Node *expr = parse_expr_ops(p, for_init, errors);
  if (expr == NULL) return NULL;
  if (errors && (errors->shorthand_assign >= 0 || errors->double_proto >= 0)) return expr;
  if (!parse_eat(p, TOK_QUESTION)) return expr;
  Node *node = parse_node_from(p, NODE_CONDITIONAL, pos);
  if (node == NULL) return NULL;
  node->a = expr;
  bool old_for_init = p->in_for_init;
  node->b = parse_maybe_assign_ex(p, false, NULL);
  p->in_for_init = old_for_init;
  if (node->b == NULL || !parse_expect(p, TOK_COLON)) return NULL;
  node->c = parse_maybe_assign_ex(p, for_init, NULL);
  if (node->c == NULL) return NULL;
  return parse_finish(p, node);
}

/* AssignmentExpression (13.15), with the cover grammar: the left side is parsed as an
 * expression and converted to a pattern when '=' follows. */
static Node *parse_maybe_assign_ex(Parser *p, bool for_init, CoverErrors *errors) {
  if (!parse_enter(p)) return NULL;
  Node *result = NULL;
  if (parse_is_word(p, WORD_YIELD) && parse_in_generator(p)) {
    result = parse_yield(p, for_init);
    goto out;
  }
  bool own_errors = false;
  CoverErrors local;
  int64_t old_paren_assign = -1, old_trailing_comma = -1, old_double_proto = -1;
  if (errors) {
    old_paren_assign = errors->parenthesized_assign;
    old_trailing_comma = errors->trailing_comma;
    old_double_proto = errors->double_proto;
    errors->parenthesized_assign = errors->trailing_comma = -1;
  } else {
    cover_errors_init(&local);
    errors = &local;
    own_errors = true;
  }
  Pos pos = parse_here(p);
  if (TOKEN_OF(p).type == TOK_LPAREN || TOKEN_OF(p).type == TOK_IDENT) {
    p->potential_arrow_at = TOKEN_OF(p).start;
    p->potential_arrow_at_valid = true;
  }
  Node *left = parse_maybe_conditional(p, for_init, errors);
  if (left == NULL) goto out;
  TokenType type = TOKEN_OF(p).type;
  if (is_assign_operator(type)) {
    if (type == TOK_ASSIGN) {
      if (left->kind == NODE_OBJECT || left->kind == NODE_ARRAY) {
        if (!parse_to_assignable(p, left, false, errors)) goto out;
      } else if (!(left->kind == NODE_IDENTIFIER || left->kind == NODE_MEMBER)) {
        parse_fail(p, PARSE_MSG_INVALID_LHS_ASSIGNMENT, left->start, left->end);
        goto out;
      }
    }
    if (!own_errors) {
      errors->parenthesized_assign = errors->trailing_comma = errors->double_proto = -1;
    }
    if (errors->shorthand_assign >= left->start) errors->shorthand_assign = -1;
    if (type == TOK_ASSIGN) {
      if (!parse_check_lval_pattern(p, left, BIND_NONE, NULL)) goto out;
    } else {
      if (!(left->kind == NODE_IDENTIFIER || left->kind == NODE_MEMBER)) {
        parse_fail(p, PARSE_MSG_INVALID_LHS_ASSIGNMENT, left->start, left->end);
        goto out;
      }
      if (!parse_check_lval_simple(p, left, BIND_NONE, NULL)) goto out;
    }
    Node *node = parse_node_from(p, NODE_ASSIGN, pos);
    if (node == NULL) goto out;
    node->op = type;
    node->a = left;
    parse_next(p);
    node->b = parse_maybe_assign_ex(p, for_init, NULL);
    if (node->b == NULL) goto out;
    if (old_double_proto >= 0) errors->double_proto = old_double_proto;
    result = parse_finish(p, node);
    goto out;
  } else if (own_errors && !parse_check_expression_errors(p, errors)) {
    goto out;
  }
  if (old_paren_assign >= 0) errors->parenthesized_assign = old_paren_assign;
  if (old_trailing_comma >= 0) errors->trailing_comma = old_trailing_comma;
  result = left;
out:
  parse_leave(p);
  return FAILED(p) ? NULL : result;
}

Node *parse_assign(Parser *p, CoverErrors *errors) { return parse_maybe_assign_ex(p, p->in_for_init, errors); }

/* Expression: AssignmentExpression, or a comma sequence of them. */
Node *parse_expression(Parser *p, CoverErrors *errors) {
  Pos pos = parse_here(p);
  bool for_init = p->in_for_init;
  p->in_for_init = false;
  Node *expr = parse_maybe_assign_ex(p, for_init, errors);
  if (expr == NULL) return NULL;
  if (TOKEN_OF(p).type == TOK_COMMA) {
    Node *node = parse_node_from(p, NODE_SEQUENCE, pos);
    if (node == NULL) return NULL;
    ast_list_append(&node->list, expr);
    while (parse_eat(p, TOK_COMMA)) {
      Node *next = parse_maybe_assign_ex(p, for_init, errors);
      if (next == NULL) return NULL;
      ast_list_append(&node->list, next);
    }
    return parse_finish(p, node);
  }
  return expr;
}

/* Expression in the head of a for statement: `in` is not an operator there. */
Node *parse_expression_for_init(Parser *p, CoverErrors *errors) {
  p->in_for_init = true;
  Node *expr = parse_expression(p, errors);
  p->in_for_init = false;
  return expr;
}

Node *parse_paren_expression(Parser *p) {
  if (!parse_expect(p, TOK_LPAREN)) return NULL;
  Node *expr = parse_expression(p, NULL);
  if (expr == NULL || !parse_expect(p, TOK_RPAREN)) return NULL;
  return expr;
}

/* yield [*] AssignmentExpression (15.5). */
Node *parse_yield(Parser *p, bool for_init) {
  if (!p->yield_position) p->yield_position = TOKEN_OF(p).start + 1;
  Node *node = parse_node(p, NODE_YIELD);
  if (node == NULL) return NULL;
  parse_next(p);
  TokenType type = TOKEN_OF(p).type;
  if (type == TOK_SEMICOLON || parse_can_insert_semicolon(p) || (type != TOK_STAR && !parse_starts_expression(type))) {
    return parse_finish(p, node);
  }
  if (parse_eat(p, TOK_STAR)) node->flags |= NODE_DELEGATE;
  node->a = parse_maybe_assign_ex(p, for_init, NULL);
  if (node->a == NULL) return NULL;
  return parse_finish(p, node);
}

/* await UnaryExpression (15.8). */
Node *parse_await(Parser *p, bool for_init) {
  if (!p->await_position) p->await_position = TOKEN_OF(p).start + 1;
  Node *node = parse_node(p, NODE_AWAIT);
  if (node == NULL) return NULL;
  parse_next(p);
  node->a = parse_maybe_unary(p, NULL, true, false, for_init);
  if (node->a == NULL) return NULL;
  return parse_finish(p, node);
}

Node *parse_assign_for(Parser *p, bool for_init) { return parse_maybe_assign_ex(p, for_init, NULL); }
