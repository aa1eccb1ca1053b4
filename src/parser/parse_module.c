/* Modules (ECMAScript 16.2): import and export declarations in every form, import
 * attributes (`with { type: "json" }`), string export names, and the module-level early
 * errors: duplicate exported names, exports of undeclared bindings, lone surrogates in
 * export names. Follows acorn's. */
#include <string.h>

#include "parser/parser_internal.h"

/* ModuleExportName: IdentifierName or a string without lone surrogates. */
static Node *parse_module_export_name(Parser *p) {
  if (TOKEN_OF(p).type == TOK_STRING) {
    if (TOKEN_OF(p).flags & TOKEN_STRING_LONE_SURROGATE) {
      parse_fail(p, PARSE_MSG_INVALID_EXPORT_STRING, TOKEN_OF(p).start, TOKEN_OF(p).end);
      return NULL;
    }
    return parse_literal_string(p);
  }
  return parse_ident(p, true);
}

static bool check_export(Parser *p, const char *name, uint32_t length, uint32_t start, uint32_t end) {
  if (names_contain(&p->exported, name, length))
    return parse_fail_name(p, PARSE_MSG_DUPLICATE_EXPORT, start, end, name, length);
  return names_add(p, &p->exported, name, length);
}

static bool check_pattern_export(Parser *p, Node *pattern) {
  if (!parse_enter(p)) return false;
  bool ok = true;
  switch (pattern->kind) {
    case NODE_IDENTIFIER: ok = check_export(p, pattern->name, pattern->name_length, pattern->start, pattern->end); break;
    case NODE_OBJECT_PATTERN: case NODE_ARRAY_PATTERN:
      for (Node *e = pattern->list.first; e && ok; e = e->next) ok = check_pattern_export(p, e);
      break;
    case NODE_PROPERTY: ok = check_pattern_export(p, pattern->b); break;
    case NODE_ASSIGN_PATTERN: case NODE_REST: ok = check_pattern_export(p, pattern->a); break;
    default: break;
  }
  parse_leave(p);
  return ok;
}

/* WithClause: with { key: "value", ... }, keys unique. */
static bool parse_with_clause(Parser *p, Node **out) {
  *out = NULL;
  if (TOKEN_OF(p).type != TOK_WITH) return true;
  Node *attributes = parse_node(p, NODE_IMPORT_ATTRIBUTES);
  if (attributes == NULL) return false;
  parse_next(p);
  if (!parse_expect(p, TOK_LBRACE)) return false;
  NameSet keys = {0};
  bool first = true;
  while (parse_list_next(p, TOK_RBRACE, &first)) {
    Node *attribute = parse_node(p, NODE_IMPORT_ATTRIBUTE);
    if (attribute == NULL) return false;
    attribute->a = TOKEN_OF(p).type == TOK_STRING ? parse_literal_string(p) : parse_ident(p, true);
    if (attribute->a == NULL) return false;
    if (names_contain(&keys, attribute->a->name, attribute->a->name_length))
      return parse_fail_name(p, PARSE_MSG_DUPLICATE_IMPORT_ATTRIBUTE, attribute->a->start, attribute->a->end,
                             attribute->a->name, attribute->a->name_length);
    if (!names_add(p, &keys, attribute->a->name, attribute->a->name_length)) return false;
    if (!parse_expect(p, TOK_COLON)) return false;
    attribute->b = parse_literal_string(p);
    if (attribute->b == NULL) return false;
    ast_list_append(&attributes->list, parse_finish(p, attribute));
  }
  if (FAILED(p)) return false;
  *out = parse_finish(p, attributes);
  return !FAILED(p);
}

static Node *parse_import_local(Parser *p, Node *specifier) {
  specifier->b = parse_ident(p, false);
  if (specifier->b == NULL || !parse_check_lval_simple(p, specifier->b, BIND_LEXICAL, NULL)) return NULL;
  return parse_finish(p, specifier);
}

Node *parse_import(Parser *p) {
  Node *node = parse_node(p, NODE_IMPORT);
  if (node == NULL) return NULL;
  parse_next(p);
  if (TOKEN_OF(p).type != TOK_STRING) {
    bool need_braces = true;
    if (TOKEN_OF(p).type == TOK_IDENT) {
      Node *specifier = parse_node(p, NODE_IMPORT_SPECIFIER);
      if (specifier == NULL || !parse_import_local(p, specifier)) return NULL;
      ast_list_append(&node->list, specifier);
      need_braces = parse_eat(p, TOK_COMMA);
    }
    if (need_braces) {
      if (TOKEN_OF(p).type == TOK_STAR) {
        Node *specifier = parse_node(p, NODE_IMPORT_SPECIFIER);
        if (specifier == NULL) return NULL;
        specifier->op = TOK_STAR;
        parse_next(p);
        if (!parse_is_word(p, WORD_AS)) {
          parse_unexpected(p);
          return NULL;
        }
        parse_next(p);
        if (!parse_import_local(p, specifier)) return NULL;
        ast_list_append(&node->list, specifier);
      } else {
        if (!parse_expect(p, TOK_LBRACE)) return NULL;
        bool first = true;
        while (parse_list_next(p, TOK_RBRACE, &first)) {
          Node *specifier = parse_node(p, NODE_IMPORT_SPECIFIER);
          if (specifier == NULL) return NULL;
          bool is_string = TOKEN_OF(p).type == TOK_STRING;
          bool escaped = TOKEN_OF(p).escaped;
          specifier->a = parse_module_export_name(p);
          if (specifier->a == NULL) return NULL;
          if (parse_eat_word(p, WORD_AS)) {
            if (!parse_import_local(p, specifier)) return NULL;
          } else {
            if (is_string) {
              parse_unexpected(p);
              return NULL;
            }
            Node *imported = specifier->a;
            if (lex_keyword(imported->name, imported->name_length) != TOK_EOF) {
              parse_fail(p, PARSE_MSG_UNEXPECTED_RESERVED, imported->start, imported->end);
              return NULL;
            }
            if (!parse_check_identifier(p, imported->name, imported->name_length, escaped, imported->start, imported->end, true))
              return NULL;
            specifier->b = imported;
            if (!parse_check_lval_simple(p, imported, BIND_LEXICAL, NULL)) return NULL;
            parse_finish(p, specifier);
          }
          ast_list_append(&node->list, specifier);
        }
        if (FAILED(p)) return NULL;
      }
    }
    if (!parse_is_word(p, WORD_FROM)) {
      parse_unexpected(p);
      return NULL;
    }
    parse_next(p);
  }
  node->a = parse_literal_string(p);
  if (node->a == NULL || !parse_with_clause(p, &node->c) || !parse_semicolon(p)) return NULL;
  return parse_finish(p, node);
}

static bool add_export_reference(Parser *p, Node *local) {
  uint32_t index = p->export_references.count;
  if (!names_add(p, &p->export_references, local->name, local->name_length)) return false;
  uint32_t *positions = arena_alloc(p->arena, p->export_references.capacity * sizeof *positions);
  if (positions == NULL) return parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
  if (index) memcpy(positions, p->export_reference_positions, index * sizeof *positions);
  positions[index] = local->start;
  p->export_reference_positions = positions;
  return true;
}

Node *parse_export(Parser *p) {
  Pos pos = parse_here(p);
  Token export_token = TOKEN_OF(p);
  parse_next(p);
  /* What may follow `export`; anything else is reported at `export` itself, as V8 does. */
  TokenType next = TOKEN_OF(p).type;
  if (!(next == TOK_STAR || next == TOK_DEFAULT || next == TOK_LBRACE || next == TOK_VAR || next == TOK_CONST ||
        next == TOK_CLASS || next == TOK_FUNCTION || next == TOK_ERROR || parse_is_word(p, WORD_LET) ||
        parse_is_word(p, WORD_ASYNC))) {
    parse_fail_name(p, PARSE_MSG_UNEXPECTED_TOKEN, export_token.start, export_token.end, "export", 6);
    return NULL;
  }
  if (TOKEN_OF(p).type == TOK_STAR) {
    Node *node = parse_node_from(p, NODE_EXPORT_ALL, pos);
    if (node == NULL) return NULL;
    parse_next(p);
    if (parse_eat_word(p, WORD_AS)) {
      node->b = parse_module_export_name(p);
      if (node->b == NULL || !check_export(p, node->b->name, node->b->name_length, node->b->start, node->b->end))
        return NULL;
    }
    if (!parse_eat_word(p, WORD_FROM)) {
      parse_unexpected(p);
      return NULL;
    }
    node->a = parse_literal_string(p);
    if (node->a == NULL || !parse_with_clause(p, &node->c) || !parse_semicolon(p)) return NULL;
    return parse_finish(p, node);
  }
  if (TOKEN_OF(p).type == TOK_DEFAULT) {
    Node *node = parse_node_from(p, NODE_EXPORT_DEFAULT, pos);
    if (node == NULL) return NULL;
    /* V8 binds `export default` to the name ".default": a second one is a redeclaration. */
    if (p->export_default_declared)
      return parse_fail_name(p, PARSE_MSG_REDECLARATION, TOKEN_OF(p).start, TOKEN_OF(p).end, ".default", 8), NULL;
    p->export_default_declared = true;
    if (!check_export(p, "default", 7, TOKEN_OF(p).start, TOKEN_OF(p).end)) return NULL;
    parse_next(p);
    bool is_async = parse_is_async_function(p);
    if (TOKEN_OF(p).type == TOK_FUNCTION || is_async) {
      Node *function = parse_node(p, NODE_FUNCTION);
      parse_next(p);
      if (is_async) parse_next(p);
      node->a = parse_function(p, function, FUNC_STATEMENT | FUNC_NULLABLE_ID, false, is_async, false);
    } else if (TOKEN_OF(p).type == TOK_CLASS) {
      node->a = parse_class(p, true, true);
    } else {
      node->a = parse_assign(p, NULL);
      if (node->a && !parse_semicolon(p)) return NULL;
    }
    if (node->a == NULL) return NULL;
    return parse_finish(p, node);
  }
  Node *node = parse_node_from(p, NODE_EXPORT_NAMED, pos);
  if (node == NULL) return NULL;
  TokenType type = TOKEN_OF(p).type;
  if (type == TOK_VAR || type == TOK_CONST || type == TOK_CLASS || type == TOK_FUNCTION || parse_is_let(p, CONTEXT_NONE) ||
      parse_is_async_function(p)) {
    node->b = parse_statement(p, CONTEXT_NONE, false);
    if (node->b == NULL) return NULL;
    if (node->b->kind == NODE_VAR_DECL) {
      for (Node *declarator = node->b->list.first; declarator; declarator = declarator->next)
        if (!check_pattern_export(p, declarator->a)) return NULL;
    } else if (!check_export(p, node->b->a->name, node->b->a->name_length, node->b->a->start, node->b->a->end)) {
      return NULL;
    }
    return parse_finish(p, node);
  }
  if (!parse_expect(p, TOK_LBRACE)) return NULL;
  bool first = true;
  while (parse_list_next(p, TOK_RBRACE, &first)) {
    Node *specifier = parse_node(p, NODE_EXPORT_SPECIFIER);
    if (specifier == NULL) return NULL;
    specifier->a = parse_module_export_name(p);
    if (specifier->a == NULL) return NULL;
    specifier->b = specifier->a;
    if (parse_eat_word(p, WORD_AS)) {
      specifier->b = parse_module_export_name(p);
      if (specifier->b == NULL) return NULL;
    }
    if (!check_export(p, specifier->b->name, specifier->b->name_length, specifier->b->start, specifier->b->end)) return NULL;
    ast_list_append(&node->list, parse_finish(p, specifier));
  }
  if (FAILED(p)) return NULL;
  if (parse_eat_word(p, WORD_FROM)) {
    node->a = parse_literal_string(p);
    if (node->a == NULL || !parse_with_clause(p, &node->c)) return NULL;
  } else {
    for (Node *specifier = node->list.first; specifier; specifier = specifier->next) {
      Node *local = specifier->a;
      if (local->kind == NODE_STRING) {
        parse_fail(p, PARSE_MSG_UNEXPECTED_STRING, local->start, local->end);
        return NULL;
      }
      if (lex_keyword(local->name, local->name_length) != TOK_EOF) {
        parse_fail(p, PARSE_MSG_UNEXPECTED_RESERVED, local->start, local->end);
        return NULL;
      }
      if (!parse_check_identifier(p, local->name, local->name_length, local->end - local->start != local->name_length,
                                  local->start, local->end, false))
        return NULL;
      if (!add_export_reference(p, local)) return NULL;
    }
  }
  if (!parse_semicolon(p)) return NULL;
  return parse_finish(p, node);
}

/* After the whole module: every `export { x }` names a declared top-level binding. */
bool parse_module_finish(Parser *p) {
  Scope *top = p->scope;
  for (uint32_t i = 0; i < p->export_references.count; i++) {
    const char *name = p->export_references.names[i];
    uint32_t length = p->export_references.lengths[i];
    if (names_contain(&top->lexical, name, length) || names_contain(&top->var, name, length) ||
        names_contain(&top->functions, name, length))
      continue;
    uint32_t start = p->export_reference_positions[i];
    return parse_fail_name(p, PARSE_MSG_EXPORT_NOT_DEFINED, start, start + length, name, length);
  }
  return true;
}
