/* Scopes and early errors that are about names (ECMAScript 8.2 and the Static Semantics
 * "Early Errors" of declarations): the scope stack with its var/lexical/function name sets
 * (redeclarations), binding and assignment targets (the cover grammar's conversion of
 * expressions to patterns, and their validity), reserved identifiers by context, private
 * names per class body, and labels. The rules follow acorn's, which follow the spec:
 * invariant — a name is in exactly the scope sets its declaration kind puts it in, so a
 * clash is one lookup per enclosing scope up to the var scope. */
#include <string.h>

#include "parser/parser_internal.h"

/* --- name sets ------------------------------------------------------------------------ */

enum { NAMES_LINEAR_LIMIT = 8 };

static uint32_t name_hash(const char *name, uint32_t length) {
  uint32_t hash = 2166136261u;
  for (uint32_t i = 0; i < length; i++) hash = (hash ^ (unsigned char)name[i]) * 16777619u;
  return hash;
}

static bool name_equals(const NameSet *set, uint32_t index, const char *name, uint32_t length) {
  return set->lengths[index] == length && memcmp(set->names[index], name, length) == 0;
}

/* Position of a name in the set, or -1. Small sets are scanned; big ones use the index, so
 * a scope with many declarations stays linear overall. */
static int64_t names_index(const NameSet *set, const char *name, uint32_t length) {
  if (set->table == NULL) {
    for (uint32_t i = 0; i < set->count; i++)
      if (name_equals(set, i, name, length)) return i;
    return -1;
  }
  uint32_t mask = set->table_size - 1;
  for (uint32_t slot = name_hash(name, length) & mask;; slot = (slot + 1) & mask) {
    uint32_t entry = set->table[slot];
    if (entry == 0) return -1;
    if (name_equals(set, entry - 1, name, length)) return entry - 1;
  }
}

bool names_contain(const NameSet *set, const char *name, uint32_t length) {
  return names_index(set, name, length) >= 0;
}

static void table_insert(NameSet *set, uint32_t index) {
  uint32_t mask = set->table_size - 1;
  uint32_t slot = name_hash(set->names[index], set->lengths[index]) & mask;
  while (set->table[slot] != 0) slot = (slot + 1) & mask;
  set->table[slot] = index + 1;
}

bool names_add(Parser *p, NameSet *set, const char *name, uint32_t length) {
  if (set->count == set->capacity) {
    uint32_t capacity = set->capacity ? set->capacity * 2 : 8;
    const char **names = arena_alloc(p->arena, capacity * sizeof *names);
    uint32_t *lengths = arena_alloc(p->arena, capacity * sizeof *lengths);
    if (names == NULL || lengths == NULL) return parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
    if (set->count) {
      memcpy(names, set->names, set->count * sizeof *names);
      memcpy(lengths, set->lengths, set->count * sizeof *lengths);
    }
    set->names = names;
    set->lengths = lengths;
    set->capacity = capacity;
  }
  uint32_t index = set->count++;
  set->names[index] = name;
  set->lengths[index] = length;
  if (set->count <= NAMES_LINEAR_LIMIT) return true;
  if (set->table_size < set->count * 2) {
    uint32_t size = set->table_size ? set->table_size * 2 : 32;
    while (size < set->count * 2) size *= 2;
    uint32_t *table = arena_alloc(p->arena, size * sizeof *table);
    if (table == NULL) return parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
    set->table = table;
    set->table_size = size;
    for (uint32_t i = 0; i < set->count; i++) table_insert(set, i);
  } else {
    table_insert(set, index);
  }
  return true;
}

/* --- the scope stack ------------------------------------------------------------------ */

bool parse_scope_enter(Parser *p, unsigned flags) {
  Scope *scope = arena_alloc(p->arena, sizeof *scope);
  if (scope == NULL) return parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
  scope->flags = flags;
  scope->parent = p->scope;
  p->scope = scope;
  return true;
}

void parse_scope_exit(Parser *p) { p->scope = p->scope->parent; }

Scope *parse_var_scope(Parser *p) {
  Scope *s = p->scope;
  while (s->parent && !(s->flags & SCOPE_VAR)) s = s->parent;
  return s;
}

Scope *parse_this_scope(Parser *p) {
  Scope *s = p->scope;
  while (s->parent && (!(s->flags & SCOPE_VAR) || (s->flags & SCOPE_ARROW))) s = s->parent;
  return s;
}

bool parse_in_function(Parser *p) { return (parse_var_scope(p)->flags & SCOPE_FUNCTION) != 0; }

bool parse_in_generator(Parser *p) {
  Scope *s = parse_var_scope(p);
  return (s->flags & SCOPE_GENERATOR) && !s->in_class_field_init;
}

bool parse_in_async(Parser *p) {
  Scope *s = parse_var_scope(p);
  return (s->flags & SCOPE_ASYNC) && !s->in_class_field_init;
}

bool parse_can_await(Parser *p) {
  for (Scope *s = p->scope; s; s = s->parent) {
    if (s->in_class_field_init || (s->flags & SCOPE_CLASS_STATIC_BLOCK)) return false;
    if (s->flags & SCOPE_FUNCTION) return (s->flags & SCOPE_ASYNC) != 0;
  }
  return p->is_module;
}

bool parse_allow_super(Parser *p) {
  Scope *s = parse_this_scope(p);
  return (s->flags & SCOPE_SUPER) || s->in_class_field_init ||
         (s->parent == NULL && (p->eval_flags & (PARSE_EVAL_SUPER_PROPERTY | PARSE_EVAL_SUPER_CALL)));
}

bool parse_allow_direct_super(Parser *p) {
  Scope *s = parse_this_scope(p);
  return (s->flags & SCOPE_DIRECT_SUPER) || (s->parent == NULL && (p->eval_flags & PARSE_EVAL_SUPER_CALL));
}

bool parse_allow_new_target(Parser *p) {
  Scope *s = parse_this_scope(p);
  return (s->flags & (SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK)) || s->in_class_field_init ||
         (s->parent == NULL && (p->eval_flags & PARSE_EVAL_NEW_TARGET));
}

bool parse_in_class_static_block(Parser *p) {
  return (parse_var_scope(p)->flags & SCOPE_CLASS_STATIC_BLOCK) != 0;
}

bool parse_in_class_field_init(Parser *p) { return parse_this_scope(p)->in_class_field_init; }

/* Functions in a function's top scope (or a script's) behave as var declarations. */
static bool functions_as_var(const Parser *p, const Scope *scope) {
  return (scope->flags & SCOPE_FUNCTION) || (!p->is_module && (scope->flags & SCOPE_TOP));
}

/* Declares a binding, reporting "Identifier 'x' has already been declared" on a clash. */
bool parse_declare_name(Parser *p, const char *name, uint32_t length, BindingKind kind, uint32_t start,
                        uint32_t end) {
  bool redeclared = false;
  Scope *scope = p->scope;
  if (kind == BIND_LEXICAL) {
    redeclared = names_contain(&scope->lexical, name, length) || names_contain(&scope->functions, name, length) ||
                 names_contain(&scope->var, name, length);
    if (!names_add(p, &scope->lexical, name, length)) return false;
  } else if (kind == BIND_SIMPLE_CATCH) {
    if (!names_add(p, &scope->lexical, name, length)) return false;
  } else if (kind == BIND_FUNCTION) {
    if (functions_as_var(p, scope)) redeclared = names_contain(&scope->lexical, name, length);
    else redeclared = names_contain(&scope->lexical, name, length) || names_contain(&scope->var, name, length);
    if (!names_add(p, &scope->functions, name, length)) return false;
  } else {
    for (Scope *s = scope; s; s = s->parent) {
      if ((names_contain(&s->lexical, name, length) &&
           !((s->flags & SCOPE_SIMPLE_CATCH) && s->lexical.lengths[0] == length &&
             memcmp(s->lexical.names[0], name, length) == 0)) ||
          (!functions_as_var(p, s) && names_contain(&s->functions, name, length))) {
        redeclared = true;
        break;
      }
      if (!names_add(p, &s->var, name, length)) return false;
      if (s->flags & SCOPE_VAR) break;
    }
  }
  if (redeclared) return parse_fail_name(p, PARSE_MSG_REDECLARATION, start, end, name, length);
  return true;
}

/* --- identifiers by context -------------------------------------------------------------- */

/* Early errors of IdentifierReference / BindingIdentifier / LabelIdentifier (13.1.1). */
bool parse_check_identifier(Parser *p, const char *name, uint32_t length, bool escaped, uint32_t start,
                            uint32_t end, bool binding) {
  Word word = lex_word(name, length);
  if (lex_keyword(name, length) != TOK_EOF) {
    if (escaped) return parse_fail(p, PARSE_MSG_INVALID_ESCAPED_KEYWORD, start, end);
    return parse_fail_name(p, PARSE_MSG_UNEXPECTED_TOKEN, start, end, name, length);
  }
  if (word == WORD_YIELD && (parse_in_generator(p) || p->strict)) {
    if (escaped && parse_in_generator(p)) return parse_fail(p, PARSE_MSG_INVALID_ESCAPED_KEYWORD, start, end);
    if (p->strict) return parse_fail(p, PARSE_MSG_UNEXPECTED_STRICT_RESERVED, start, end);
    return parse_fail_name(p, PARSE_MSG_UNEXPECTED_IDENTIFIER, start, end, name, length);
  }
  if (word == WORD_AWAIT) {
    if (parse_in_async(p) || p->is_module || parse_in_class_static_block(p)) {
      if (escaped) return parse_fail(p, PARSE_MSG_INVALID_ESCAPED_KEYWORD, start, end);
      return parse_fail(p, PARSE_MSG_UNEXPECTED_RESERVED, start, end);
    }
    if (p->await_identifier_position == 0) p->await_identifier_position = start + 1;
  }
  if (word == WORD_ARGUMENTS && !binding && (parse_in_class_field_init(p) || parse_in_class_static_block(p)))
    return parse_fail(p, PARSE_MSG_ARGUMENTS_IN_INITIALIZER, start, end);
  if (p->strict && lex_word_is_strict_reserved(word)) {
    if (escaped) return parse_fail(p, PARSE_MSG_INVALID_ESCAPED_KEYWORD, start, end);
    return parse_fail(p, PARSE_MSG_UNEXPECTED_STRICT_RESERVED, start, end);
  }
  return true;
}

/* --- cover grammar: expressions that turn out to be patterns ------------------------------ */

void cover_errors_init(CoverErrors *errors) {
  errors->shorthand_assign = errors->trailing_comma = errors->parenthesized_assign = -1;
  errors->parenthesized_bind = errors->double_proto = -1;
}

bool parse_check_pattern_errors(Parser *p, CoverErrors *errors, bool is_assign) {
  if (errors == NULL) return true;
  if (errors->trailing_comma >= 0)
    return parse_fail(p, PARSE_MSG_INVALID_REST_ELEMENT, (uint32_t)errors->trailing_comma, (uint32_t)errors->trailing_comma + 1);
  int64_t parens = is_assign ? errors->parenthesized_assign : errors->parenthesized_bind;
  if (parens >= 0)
    return parse_fail(p, is_assign ? PARSE_MSG_INVALID_DESTRUCTURING_TARGET : PARSE_MSG_INVALID_DESTRUCTURING_TARGET,
                      (uint32_t)parens, (uint32_t)parens + 1);
  return true;
}

/* An expression that stays an expression: shorthand `{a = 1}` and duplicate __proto__ are
 * errors now (they were only allowed as a pattern). */
bool parse_check_expression_errors(Parser *p, CoverErrors *errors) {
  if (errors == NULL) return true;
  if (errors->shorthand_assign >= 0)
    return parse_fail(p, PARSE_MSG_INVALID_SHORTHAND_INITIALIZER, (uint32_t)errors->shorthand_assign,
                      (uint32_t)errors->shorthand_assign + 1);
  if (errors->double_proto >= 0)
    return parse_fail(p, PARSE_MSG_DUPLICATE_PROTO, (uint32_t)errors->double_proto, (uint32_t)errors->double_proto + 9);
  return true;
}

bool parse_check_yield_await_in_default_params(Parser *p) {
  if (p->yield_position && (!p->await_position || p->yield_position < p->await_position))
    return parse_fail(p, PARSE_MSG_YIELD_IN_PARAMETERS, p->yield_position - 1, p->yield_position + 4);
  if (p->await_position)
    return parse_fail(p, PARSE_MSG_AWAIT_IN_PARAMETERS, p->await_position - 1, p->await_position + 4);
  return true;
}

/* Converts an expression parsed under the cover grammar into a pattern in place. */
bool parse_to_assignable(Parser *p, Node *node, bool is_binding, CoverErrors *errors) {
  if (node == NULL) return true;
  if (!parse_enter(p)) return false;
  bool ok = true;
  switch (node->kind) {
    case NODE_IDENTIFIER:
      if (parse_in_async(p) && ast_name_is(node, "await"))
        ok = parse_fail(p, PARSE_MSG_UNEXPECTED_RESERVED, node->start, node->end);
      break;
    case NODE_OBJECT_PATTERN: case NODE_ARRAY_PATTERN: case NODE_ASSIGN_PATTERN: case NODE_REST:
      break;
    case NODE_OBJECT:
      node->kind = NODE_OBJECT_PATTERN;
      if (errors && !parse_check_pattern_errors(p, errors, true)) { ok = false; break; }
      for (Node *prop = node->list.first; prop && ok; prop = prop->next) {
        ok = parse_to_assignable(p, prop, is_binding, NULL);
        if (ok && prop->kind == NODE_REST && prop->a && (prop->a->kind == NODE_ARRAY_PATTERN || prop->a->kind == NODE_OBJECT_PATTERN))
          ok = parse_fail(p, PARSE_MSG_INVALID_DESTRUCTURING_TARGET, prop->a->start, prop->a->end);
      }
      break;
    case NODE_PROPERTY:
      if (node->op != PROP_INIT || (node->flags & NODE_METHOD)) {
        ok = parse_fail(p, PARSE_MSG_INVALID_DESTRUCTURING_TARGET, node->a->start, node->a->end);
        break;
      }
      ok = parse_to_assignable(p, node->b, is_binding, NULL);
      break;
    case NODE_ARRAY:
      node->kind = NODE_ARRAY_PATTERN;
      if (errors && !parse_check_pattern_errors(p, errors, true)) { ok = false; break; }
      ok = parse_to_assignable_list(p, &node->list, is_binding);
      break;
    case NODE_SPREAD:
      node->kind = NODE_REST;
      ok = parse_to_assignable(p, node->a, is_binding, NULL);
      if (ok && node->a->kind == NODE_ASSIGN_PATTERN)
        ok = parse_fail(p, PARSE_MSG_INVALID_REST_INITIALIZER, node->a->start, node->a->end);
      break;
    case NODE_ASSIGN:
      if (node->op != TOK_ASSIGN || (node->flags & NODE_PARENTHESIZED)) {
        ok = parse_fail(p, PARSE_MSG_INVALID_DESTRUCTURING_TARGET, node->start, node->end);
        break;
      }
      node->kind = NODE_ASSIGN_PATTERN;
      ok = parse_to_assignable(p, node->a, is_binding, NULL);
      break;
    case NODE_CHAIN:
      ok = parse_fail(p, PARSE_MSG_INVALID_LHS_ASSIGNMENT, node->start, node->end);
      break;
    case NODE_MEMBER:
      if (!is_binding) break;
      /* fall through */
    default:
      ok = parse_fail(p, PARSE_MSG_INVALID_DESTRUCTURING_TARGET,
                      node->start, node->end);
  }
  parse_leave(p);
  return ok && !FAILED(p);
}

bool parse_to_assignable_list(Parser *p, NodeList *list, bool is_binding) {
  for (Node *element = list->first; element; element = element->next) {
    if (element->kind == NODE_HOLE) continue;
    if (!parse_to_assignable(p, element, is_binding, NULL)) return false;
    if (element->kind == NODE_REST && element->next != NULL)
      return parse_fail(p, PARSE_MSG_INVALID_REST_ELEMENT, element->start, element->end);
  }
  return true;
}

/* --- assignment and binding targets ----------------------------------------------------- */

bool parse_check_lval_simple(Parser *p, Node *expr, BindingKind kind, NameSet *check_clashes) {
  bool is_bind = kind != BIND_NONE;
  switch (expr->kind) {
    case NODE_IDENTIFIER: {
      Word word = lex_word(expr->name, expr->name_length);
      if (p->strict && (word == WORD_EVAL || word == WORD_ARGUMENTS))
        return parse_fail(p, PARSE_MSG_UNEXPECTED_EVAL_OR_ARGUMENTS, expr->start, expr->end);
      if (is_bind) {
        if (kind == BIND_LEXICAL && word == WORD_LET)
          return parse_fail(p, PARSE_MSG_LET_BINDING, expr->start, expr->end);
        if (check_clashes) {
          if (names_contain(check_clashes, expr->name, expr->name_length))
            return parse_fail(p, PARSE_MSG_DUPLICATE_PARAMETER, expr->start, expr->end);
          if (!names_add(p, check_clashes, expr->name, expr->name_length)) return false;
        }
        if (kind != BIND_OUTSIDE) return parse_declare_name(p, expr->name, expr->name_length, kind, expr->start, expr->end);
      }
      return true;
    }
    case NODE_CHAIN:
      return parse_fail(p, PARSE_MSG_INVALID_LHS_ASSIGNMENT, expr->start, expr->end);
    case NODE_MEMBER:
      if (is_bind) return parse_fail(p, PARSE_MSG_INVALID_DESTRUCTURING_TARGET, expr->start, expr->end);
      return true;
    default:
      return parse_fail(p, PARSE_MSG_INVALID_DESTRUCTURING_TARGET,
                        expr->start, expr->end);
  }
}

bool parse_check_lval_pattern(Parser *p, Node *expr, BindingKind kind, NameSet *check_clashes) {
  if (!parse_enter(p)) return false;
  bool ok = true;
  if (expr->kind == NODE_OBJECT_PATTERN || expr->kind == NODE_ARRAY_PATTERN) {
    for (Node *element = expr->list.first; element && ok; element = element->next)
      if (element->kind != NODE_HOLE) ok = parse_check_lval_inner_pattern(p, element, kind, check_clashes);
  } else {
    ok = parse_check_lval_simple(p, expr, kind, check_clashes);
  }
  parse_leave(p);
  return ok;
}

bool parse_check_lval_inner_pattern(Parser *p, Node *expr, BindingKind kind, NameSet *check_clashes) {
  switch (expr->kind) {
    case NODE_PROPERTY: return parse_check_lval_inner_pattern(p, expr->b, kind, check_clashes);
    case NODE_ASSIGN_PATTERN: return parse_check_lval_pattern(p, expr->a, kind, check_clashes);
    case NODE_REST: return parse_check_lval_pattern(p, expr->a, kind, check_clashes);
    default: return parse_check_lval_pattern(p, expr, kind, check_clashes);
  }
}

/* --- private names ------------------------------------------------------------------------ */

bool parse_private_enter(Parser *p) {
  PrivateScope *scope = arena_alloc(p->arena, sizeof *scope);
  if (scope == NULL) return parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
  scope->parent = p->private_scope;
  p->private_scope = scope;
  return true;
}

/* Names used in this class body but declared in none of it go to the enclosing class body,
 * or are errors at the outermost one (15.7.1 AllPrivateIdentifiersValid). */
static bool private_add_use(Parser *p, PrivateScope *scope, const char *name, uint32_t length, uint32_t position) {
  uint32_t index = scope->used.count;
  if (!names_add(p, &scope->used, name, length)) return false;
  if (scope->positions_capacity < scope->used.capacity) {
    uint32_t *positions = arena_alloc(p->arena, scope->used.capacity * sizeof *positions);
    if (positions == NULL) return parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
    if (index) memcpy(positions, scope->used_positions, index * sizeof *positions);
    scope->used_positions = positions;
    scope->positions_capacity = scope->used.capacity;
  }
  scope->used_positions[index] = position;
  return true;
}

/* "Private field '#x' must be declared in an enclosing class". */
static bool fail_undeclared_private(Parser *p, const char *name, uint32_t length, uint32_t position) {
  char text[104];
  if (length > 100) length = 100;
  text[0] = '#';
  memcpy(text + 1, name, length);
  return parse_fail_name(p, PARSE_MSG_UNDECLARED_PRIVATE, position, position + length + 1, text, length + 1);
}

/* Names used in this class body but declared in none of it go to the enclosing class body,
 * or are errors at the outermost one (15.7.1 AllPrivateIdentifiersValid). */
bool parse_private_exit(Parser *p) {
  PrivateScope *scope = p->private_scope;
  PrivateScope *parent = scope->parent;
  p->private_scope = parent;
  for (uint32_t i = 0; i < scope->used.count; i++) {
    const char *name = scope->used.names[i];
    uint32_t length = scope->used.lengths[i];
    if (names_contain(&scope->declared, name, length)) continue;
    if (parent) {
      if (!private_add_use(p, parent, name, length, scope->used_positions[i])) return false;
      continue;
    }
    return fail_undeclared_private(p, name, length, scope->used_positions[i]);
  }
  return true;
}

bool parse_private_use(Parser *p, Node *name) {
  if (p->private_scope == NULL) return fail_undeclared_private(p, name->name, name->name_length, name->start);
  return private_add_use(p, p->private_scope, name->name, name->name_length, name->start);
}

/* A private name may be declared once, except a getter and a setter of the same
 * staticness (15.7.1 early errors of ClassBody). */
bool parse_private_declare(Parser *p, Node *name, uint32_t kind) {
  PrivateScope *scope = p->private_scope;
  int64_t index = names_index(&scope->declared, name->name, name->name_length);
  if (index >= 0) {
    uint32_t previous = scope->declared_kinds[index];
    uint32_t accessor = kind & (PRIVATE_GET | PRIVATE_SET);
    uint32_t previous_accessor = previous & (PRIVATE_GET | PRIVATE_SET);
    bool pair = accessor && previous_accessor && !(accessor & previous_accessor) &&
                (kind & PRIVATE_STATIC) == (previous & PRIVATE_STATIC);
    if (!pair)
      return parse_fail_name(p, PARSE_MSG_DUPLICATE_PRIVATE, name->start, name->end, p->source + name->start,
                             name->end - name->start);
    scope->declared_kinds[index] |= kind;
    return true;
  }
  uint32_t count = scope->declared.count;
  if (!names_add(p, &scope->declared, name->name, name->name_length)) return false;
  uint32_t *kinds = arena_alloc(p->arena, scope->declared.capacity * sizeof *kinds);
  if (kinds == NULL) return parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
  if (count) memcpy(kinds, scope->declared_kinds, count * sizeof *kinds);
  kinds[count] = kind;
  scope->declared_kinds = kinds;
  return true;
}

/* --- labels -------------------------------------------------------------------------------- */

bool parse_label_push(Parser *p, const char *name, uint32_t length, int kind, uint32_t start, uint32_t end) {
  for (uint32_t i = 0; name != NULL && i < p->label_count; i++)
    if (p->labels[i].name != NULL && p->labels[i].length == length && memcmp(p->labels[i].name, name, length) == 0)
      return parse_fail_name(p, PARSE_MSG_DUPLICATE_LABEL, start, end, name, length);
  if (p->label_count == p->label_capacity) {
    uint32_t capacity = p->label_capacity ? p->label_capacity * 2 : 8;
    Label *labels = arena_alloc(p->arena, capacity * sizeof *labels);
    if (labels == NULL) return parse_fail(p, PARSE_MSG_OUT_OF_MEMORY, 0, 0);
    if (p->label_count) memcpy(labels, p->labels, p->label_count * sizeof *labels);
    p->labels = labels;
    p->label_capacity = capacity;
  }
  p->labels[p->label_count++] = (Label){name, length, kind, start};
  return true;
}
