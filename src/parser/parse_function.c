/* Functions and classes (ECMAScript 15): function declarations and expressions, async and
 * generator forms, arrow functions (parameters arrive as expressions from the cover grammar),
 * methods, getters and setters, parameter lists and their early errors (duplicates, strict
 * names, "use strict" with non-simple parameters), and class bodies with fields, private
 * names, static blocks and the constructor rules. Follows acorn's. */
#include <string.h>

#include "parser/parser_internal.h"

static unsigned function_flags(bool is_async, bool is_generator) {
  return SCOPE_FUNCTION | (is_async ? SCOPE_ASYNC : 0) | (is_generator ? SCOPE_GENERATOR : 0);
}

static bool is_simple_param_list(const NodeList *params) {
  for (const Node *param = params->first; param; param = param->next)
    if (param->kind != NODE_IDENTIFIER) return false;
  return true;
}

/* Whether the body about to be parsed (current token '{') starts with a "use strict"
 * directive: the parameters and the name must be checked under the body's strictness before
 * the body is parsed (acorn's strictDirective, over tokens). */
static bool strict_directive_ahead(Parser *p) {
  Lexer saved = p->lexer;
  ParseError scratch = {0};
  p->lexer.error = &scratch;
  bool result = false;
  lex_next(&p->lexer);
  while (p->lexer.token.type == TOK_STRING) {
    Token string = p->lexer.token;
    lex_next(&p->lexer);
    Token next = p->lexer.token;
    if (string.end - string.start == 12 && memcmp(p->source + string.start + 1, "use strict", 10) == 0) {
      TokenType n = next.type;
      bool continues = n == TOK_LPAREN || n == TOK_TEMPLATE || n == TOK_TEMPLATE_HEAD || n == TOK_DOT ||
                       n == TOK_LBRACKET || n == TOK_COMMA || n == TOK_QUESTION || n == TOK_QUESTION_DOT ||
                       n == TOK_IN || n == TOK_INSTANCEOF || n == TOK_ASSIGN ||
                       (n >= TOK_LT && n <= TOK_ARROW && n != TOK_INC && n != TOK_DEC && n != TOK_BANG && n != TOK_TILDE);
      result = n == TOK_SEMICOLON || n == TOK_RBRACE || n == TOK_EOF || (next.newline_before && !continues);
      break;
    }
    if (next.type == TOK_SEMICOLON) lex_next(&p->lexer);
    else if (!(next.type == TOK_RBRACE || next.newline_before)) break;
  }
  p->lexer = saved;
  return result;
}

/* Declares the parameters in the function's scope; duplicates are allowed only in sloppy
 * functions with simple lists that are not arrows or methods (15.2.1, 15.3.1 early errors). */
static bool check_params(Parser *p, Node *function, bool allow_duplicates) {
  NameSet seen = {0};
  for (Node *param = function->list.first; param; param = param->next)
    if (!parse_check_lval_inner_pattern(p, param, BIND_VAR, allow_duplicates ? NULL : &seen)) return false;
  return true;
}

/* Re-checks a bound name once the code turned out strict ("use strict" in the body). */
static bool check_strict_binding(Parser *p, const Node *id) {
  return parse_check_identifier(p, id->name, id->name_length, id->end - id->start != id->name_length, id->start,
                                id->end, true);
}

static bool check_strict_params(Parser *p, Node *node) {
  if (!parse_enter(p)) return false;
  bool ok = true;
  switch (node->kind) {
    case NODE_IDENTIFIER: ok = check_strict_binding(p, node); break;
    case NODE_OBJECT_PATTERN: case NODE_ARRAY_PATTERN:
      for (Node *e = node->list.first; e && ok; e = e->next) ok = check_strict_params(p, e);
      break;
    case NODE_PROPERTY: ok = check_strict_params(p, node->b); break;
    case NODE_ASSIGN_PATTERN: case NODE_REST: ok = check_strict_params(p, node->a); break;
    default: break;
  }
  parse_leave(p);
  return ok;
}

/* Body of a function, method or arrow, after its parameters; the function's scope is open
 * and is closed here. */
static bool parse_function_body(Parser *p, Node *node, bool is_arrow, bool is_method, bool for_init) {
  bool is_expression = is_arrow && TOKEN_OF(p).type != TOK_LBRACE;
  bool old_strict = p->strict;
  bool simple = is_simple_param_list(&node->list);
  if (simple) node->flags |= NODE_SIMPLE_PARAMS;
  if (is_expression) {
    node->flags |= NODE_EXPRESSION_BODY;
    node->b = parse_assign_for(p, for_init);
    if (node->b == NULL || !check_params(p, node, false)) return false;
  } else {
    bool use_strict = strict_directive_ahead(p);
    if (use_strict && !simple) return parse_fail(p, PARSE_MSG_ILLEGAL_USE_STRICT, node->start, node->end);
    Label *old_labels = p->labels;
    uint32_t old_count = p->label_count, old_capacity = p->label_capacity;
    p->labels = NULL;
    p->label_count = p->label_capacity = 0;
    if (use_strict) p->strict = true;
    if (!check_params(p, node, !old_strict && !use_strict && !is_arrow && !is_method && simple)) return false;
    if (p->strict && !old_strict) {
      for (Node *param = node->list.first; param; param = param->next)
        if (!check_strict_params(p, param)) return false;
      if (node->a && !parse_check_lval_simple(p, node->a, BIND_OUTSIDE, NULL)) return false;
      if (node->a && !check_strict_binding(p, node->a)) return false;
    }
    Node *body = parse_node(p, NODE_BLOCK);
    if (body == NULL || !parse_expect(p, TOK_LBRACE)) return false;
    bool directive_strict = false, octal = false;
    if (!parse_directives_and_body(p, &body->list, TOK_RBRACE, &directive_strict, &octal)) return false;
    if (p->strict) node->flags |= NODE_STRICT;
    p->strict = old_strict;
    parse_next(p);
    node->b = parse_finish(p, body);
    p->labels = old_labels;
    p->label_count = old_count;
    p->label_capacity = old_capacity;
    if (node->b == NULL) return false;
  }
  if (p->strict) node->flags |= NODE_STRICT;
  parse_scope_exit(p);
  return !FAILED(p);
}

Node *parse_function(Parser *p, Node *node, int statement, bool allow_expression_body, bool is_async, bool for_init) {
  if (node == NULL || !parse_enter(p)) return NULL;
  Node *result = NULL;
  node->kind = NODE_FUNCTION;
  if (TOKEN_OF(p).type == TOK_STAR && (statement & FUNC_HANGING_STATEMENT)) {
    parse_fail(p, PARSE_MSG_GENERATOR_IN_SINGLE_STATEMENT, TOKEN_OF(p).start, TOKEN_OF(p).end);
    goto out;
  }
  bool is_generator = parse_eat(p, TOK_STAR);
  if (is_generator) node->flags |= NODE_GENERATOR;
  if (is_async) node->flags |= NODE_ASYNC;
  if (statement & FUNC_STATEMENT) {
    node->flags |= NODE_DECLARATION;
    if (!(statement & FUNC_NULLABLE_ID) && TOKEN_OF(p).type == TOK_LPAREN) {
      parse_fail(p, PARSE_MSG_FUNCTION_NAME_REQUIRED, TOKEN_OF(p).start, TOKEN_OF(p).end);
      goto out;
    }
    if (!((statement & FUNC_NULLABLE_ID) && TOKEN_OF(p).type != TOK_IDENT)) {
      node->a = parse_ident(p, false);
      if (node->a == NULL) goto out;
      if (!(statement & FUNC_HANGING_STATEMENT)) {
        Scope *scope = p->scope;
        bool as_var = (scope->flags & SCOPE_FUNCTION) || (!p->is_module && (scope->flags & SCOPE_TOP));
        BindingKind kind = (p->strict || is_generator || is_async) ? (as_var ? BIND_VAR : BIND_LEXICAL) : BIND_FUNCTION;
        if (!parse_check_lval_simple(p, node->a, kind, NULL)) goto out;
      }
    }
  }
  uint32_t old_yield = p->yield_position, old_await = p->await_position, old_await_identifier = p->await_identifier_position;
  p->yield_position = p->await_position = p->await_identifier_position = 0;
  if (!parse_scope_enter(p, function_flags(is_async, is_generator))) goto out;
  if (!(statement & FUNC_STATEMENT) && TOKEN_OF(p).type == TOK_IDENT) {
    node->a = parse_ident(p, false);
    if (node->a == NULL) goto out;
    if (!parse_check_lval_simple(p, node->a, BIND_OUTSIDE, NULL)) goto out;
  }
  if (!parse_expect(p, TOK_LPAREN) || !parse_binding_list(p, &node->list, TOK_RPAREN, false, true)) goto out;
  if (!parse_check_yield_await_in_default_params(p)) goto out;
  if (!parse_function_body(p, node, false, false, for_init)) goto out;
  p->yield_position = old_yield;
  p->await_position = old_await;
  p->await_identifier_position = old_await_identifier;
  result = parse_finish(p, node);
out:
  parse_leave(p);
  return FAILED(p) ? NULL : result;
}

Node *parse_method(Parser *p, bool is_generator, bool is_async, bool allow_direct_super, uint32_t start) {
  if (!parse_enter(p)) return NULL;
  Node *result = NULL;
  Node *node = parse_node(p, NODE_FUNCTION);
  if (node == NULL) goto out;
  node->flags |= NODE_METHOD | (is_generator ? NODE_GENERATOR : 0) | (is_async ? NODE_ASYNC : 0);
  uint32_t old_yield = p->yield_position, old_await = p->await_position, old_await_identifier = p->await_identifier_position;
  p->yield_position = p->await_position = p->await_identifier_position = 0;
  unsigned flags = function_flags(is_async, is_generator) | SCOPE_SUPER | (allow_direct_super ? SCOPE_DIRECT_SUPER : 0);
  if (!parse_scope_enter(p, flags)) goto out;
  if (!parse_expect(p, TOK_LPAREN) || !parse_binding_list(p, &node->list, TOK_RPAREN, false, true)) goto out;
  if (!parse_check_yield_await_in_default_params(p)) goto out;
  if (!parse_function_body(p, node, false, true, false)) goto out;
  p->yield_position = old_yield;
  p->await_position = old_await;
  p->await_identifier_position = old_await_identifier;
  result = parse_finish(p, node);
  /* the method's source text (Function.prototype.toString) starts at its definition: the
   * get/set/async/star prefix or the key, not the parameter list */
  if (result != NULL) result->start = start;
out:
  parse_leave(p);
  return FAILED(p) ? NULL : result;
}

/* Arrow function: params are expressions (from the cover grammar) converted to patterns. */
Node *parse_arrow(Parser *p, Node *node, NodeList *params, bool is_async, bool for_init) {
  if (node == NULL || !parse_enter(p)) return NULL;
  Node *result = NULL;
  node->kind = NODE_FUNCTION;
  node->flags |= NODE_ARROW | (is_async ? NODE_ASYNC : 0);
  uint32_t old_yield = p->yield_position, old_await = p->await_position, old_await_identifier = p->await_identifier_position;
  if (!parse_scope_enter(p, function_flags(is_async, false) | SCOPE_ARROW)) goto out;
  p->yield_position = p->await_position = p->await_identifier_position = 0;
  node->list = *params;
  if (!parse_to_assignable_list(p, &node->list, true)) goto out;
  if (!parse_function_body(p, node, true, false, for_init)) goto out;
  p->yield_position = old_yield;
  p->await_position = old_await;
  p->await_identifier_position = old_await_identifier;
  result = parse_finish(p, node);
out:
  parse_leave(p);
  return FAILED(p) ? NULL : result;
}

/* --- classes ------------------------------------------------------------------------------- */

static bool key_name_is(const Node *element, const char *name) {
  if (element->flags & NODE_COMPUTED) return false;
  const Node *key = element->a;
  return (key->kind == NODE_IDENTIFIER || key->kind == NODE_STRING) && ast_name_is(key, name);
}

static bool is_element_name_start(TokenType type) {
  return type == TOK_IDENT || type == TOK_PRIVATE_NAME || type == TOK_NUMBER || type == TOK_BIGINT ||
         type == TOK_STRING || type == TOK_LBRACKET || (type >= TOK_BREAK && type <= TOK_WITH);
}

static Node *parse_static_block(Parser *p, Node *node) {
  node->kind = NODE_STATIC_BLOCK;
  Label *old_labels = p->labels;
  uint32_t old_count = p->label_count, old_capacity = p->label_capacity;
  p->labels = NULL;
  p->label_count = p->label_capacity = 0;
  if (!parse_scope_enter(p, SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER)) return NULL;
  while (TOKEN_OF(p).type != TOK_RBRACE) {
    if (FAILED(p)) return NULL;
    if (TOKEN_OF(p).type == TOK_EOF) {
      parse_unexpected(p);
      return NULL;
    }
    Node *statement = parse_statement(p, CONTEXT_NONE, false);
    if (statement == NULL) return NULL;
    ast_list_append(&node->list, statement);
  }
  parse_next(p);
  parse_scope_exit(p);
  p->labels = old_labels;
  p->label_count = old_count;
  p->label_capacity = old_capacity;
  return parse_finish(p, node);
}

static Node *parse_class_element(Parser *p, bool has_superclass, bool *had_constructor) {
  if (parse_eat(p, TOK_SEMICOLON)) return NULL;
  Node *node = parse_node(p, NODE_CLASS_METHOD);
  if (node == NULL) return NULL;
  const char *key_name = NULL;
  Token key_token = {0};
  bool is_generator = false, is_async = false, is_static = false;
  int kind = PROP_METHOD;
  if (parse_is_word(p, WORD_STATIC)) {
    key_token = TOKEN_OF(p);
    parse_next(p);
    if (parse_eat(p, TOK_LBRACE)) return parse_static_block(p, node);
    if (is_element_name_start(TOKEN_OF(p).type) || TOKEN_OF(p).type == TOK_STAR) is_static = true;
    else key_name = "static";
  }
  if (is_static) node->flags |= NODE_STATIC;
  uint32_t definition_start = key_name ? key_token.start : TOKEN_OF(p).start;
  if (!key_name && parse_is_word(p, WORD_ASYNC)) {
    key_token = TOKEN_OF(p);
    parse_next(p);
    if ((is_element_name_start(TOKEN_OF(p).type) || TOKEN_OF(p).type == TOK_STAR) && !parse_can_insert_semicolon(p))
      is_async = true;
    else key_name = "async";
  }
  if (!key_name && parse_eat(p, TOK_STAR)) is_generator = true;
  if (!key_name && !is_async && !is_generator && (parse_is_word(p, WORD_GET) || parse_is_word(p, WORD_SET))) {
    key_token = TOKEN_OF(p);
    bool is_get = parse_is_word(p, WORD_GET);
    parse_next(p);
    if (is_element_name_start(TOKEN_OF(p).type)) kind = is_get ? PROP_GET : PROP_SET;
    else key_name = is_get ? "get" : "set";
  }
  if (key_name) {
    Node *key = parse_node_at(p, NODE_IDENTIFIER, key_token.start, key_token.line, key_token.column);
    if (key == NULL) return NULL;
    key->name = key_name;
    key->name_length = (uint32_t)strlen(key_name);
    key->end = key_token.end;
    node->a = key;
  } else if (TOKEN_OF(p).type == TOK_PRIVATE_NAME) {
    Token t = TOKEN_OF(p);
    if (t.value_length == 11 && memcmp(t.value, "constructor", 11) == 0) {
      bool method = parse_peek(p).type == TOK_LPAREN || kind != PROP_METHOD || is_generator || is_async;
      parse_fail(p, method ? PARSE_MSG_PRIVATE_CONSTRUCTOR_METHOD : PARSE_MSG_PRIVATE_CONSTRUCTOR, t.start, t.end);
      return NULL;
    }
    Node *key = parse_node(p, NODE_PRIVATE_NAME);
    if (key == NULL) return NULL;
    key->name = t.value;
    key->name_length = t.value_length;
    parse_next(p);
    node->a = parse_finish(p, key);
  } else if (!parse_property_name(p, node)) {
    return NULL;
  }
  if (node->a == NULL) return NULL;
  bool is_private = node->a->kind == NODE_PRIVATE_NAME;
  if (TOKEN_OF(p).type == TOK_LPAREN || kind != PROP_METHOD || is_generator || is_async) {
    bool is_constructor = !is_static && !is_private && key_name_is(node, "constructor");
    if (is_constructor) {
      if (kind != PROP_METHOD) return parse_fail(p, PARSE_MSG_CONSTRUCTOR_IS_ACCESSOR, node->a->start, node->a->end), NULL;
      if (is_generator) return parse_fail(p, PARSE_MSG_CONSTRUCTOR_IS_GENERATOR, node->a->start, node->a->end), NULL;
      if (is_async) return parse_fail(p, PARSE_MSG_CONSTRUCTOR_IS_ASYNC, node->a->start, node->a->end), NULL;
      if (*had_constructor) return parse_fail(p, PARSE_MSG_DUPLICATE_CONSTRUCTOR, node->a->start, node->a->end), NULL;
      *had_constructor = true;
      kind = PROP_CONSTRUCTOR;
    } else if (is_static && key_name_is(node, "prototype")) {
      return parse_fail(p, PARSE_MSG_STATIC_PROTOTYPE, node->a->start, node->a->end), NULL;
    }
    node->op = kind;
    node->b = parse_method(p, is_generator, is_async, is_constructor && has_superclass, definition_start);
    if (node->b == NULL) return NULL;
    if (kind == PROP_GET && node->b->list.count != 0)
      return parse_fail(p, PARSE_MSG_GETTER_ARITY, node->b->start, node->b->end), NULL;
    if (kind == PROP_SET && node->b->list.count != 1)
      return parse_fail(p, PARSE_MSG_SETTER_ARITY, node->b->start, node->b->end), NULL;
    if (kind == PROP_SET && node->b->list.first->kind == NODE_REST)
      return parse_fail(p, PARSE_MSG_SETTER_REST, node->b->start, node->b->end), NULL;
    if (is_private) {
      uint32_t private_kind = (kind == PROP_GET ? PRIVATE_GET : kind == PROP_SET ? PRIVATE_SET : PRIVATE_FIELD) |
                              (is_static ? PRIVATE_STATIC : 0);
      if (!parse_private_declare(p, node->a, private_kind)) return NULL;
    }
    return parse_finish(p, node);
  }
  /* A field. */
  node->kind = NODE_CLASS_FIELD;
  if (key_name_is(node, "constructor")) return parse_fail(p, PARSE_MSG_CONSTRUCTOR_FIELD, node->a->start, node->a->end), NULL;
  if (is_static && key_name_is(node, "prototype"))
    return parse_fail(p, PARSE_MSG_STATIC_PROTOTYPE, node->a->start, node->a->end), NULL;
  if (is_private && !parse_private_declare(p, node->a, PRIVATE_FIELD | (is_static ? PRIVATE_STATIC : 0))) return NULL;
  if (parse_eat(p, TOK_ASSIGN)) {
    Scope *scope = parse_this_scope(p);
    bool old = scope->in_class_field_init;
    scope->in_class_field_init = true;
    /* A field initializer is its own function-like boundary: no outer labels, yield, await. */
    uint32_t old_yield = p->yield_position, old_await = p->await_position;
    node->b = parse_assign_for(p, false);
    p->yield_position = old_yield;
    p->await_position = old_await;
    scope->in_class_field_init = old;
    if (node->b == NULL) return NULL;
  }
  if (!parse_semicolon(p)) return NULL;
  return parse_finish(p, node);
}

Node *parse_class(Parser *p, bool is_statement, bool nullable_id) {
  if (!parse_enter(p)) return NULL;
  Node *result = NULL;
  Node *node = parse_node(p, NODE_CLASS);
  if (node == NULL) goto out;
  parse_next(p);
  bool old_strict = p->strict;
  p->strict = true; /* 11.2.2: all parts of a class are strict mode code */
  if (is_statement) node->flags |= NODE_DECLARATION;
  if (TOKEN_OF(p).type == TOK_IDENT) {
    node->a = parse_ident(p, false);
    if (node->a == NULL) goto out;
    if (!parse_check_lval_simple(p, node->a, is_statement ? BIND_LEXICAL : BIND_OUTSIDE, NULL)) goto out;
  } else if (is_statement && !nullable_id) {
    parse_unexpected(p);
    goto out;
  }
  if (parse_eat(p, TOK_EXTENDS)) {
    node->b = parse_expr_subscripts(p, NULL, false);
    if (node->b == NULL) goto out;
  }
  if (!parse_private_enter(p)) goto out;
  if (!parse_expect(p, TOK_LBRACE)) goto out;
  bool had_constructor = false;
  while (TOKEN_OF(p).type != TOK_RBRACE) {
    if (FAILED(p)) goto out;
    if (TOKEN_OF(p).type == TOK_EOF) {
      parse_unexpected(p);
      goto out;
    }
    Node *element = parse_class_element(p, node->b != NULL, &had_constructor);
    if (FAILED(p)) goto out;
    if (element) ast_list_append(&node->list, element);
  }
  p->strict = old_strict;
  parse_next(p);
  if (!parse_private_exit(p)) goto out;
  result = parse_finish(p, node);
out:
  if (FAILED(p)) result = NULL;
  parse_leave(p);
  return result;
}
