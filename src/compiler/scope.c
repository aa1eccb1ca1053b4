/* Scope analysis: which names each scope declares and where every variable lives.
 *
 * Two walks over the tree. The first creates a Scope for every node that opens one
 * (program, function, block, for-head, catch, switch, class) and declares its names with the
 * hoisting rules (var and sloppy block functions up to the function, let/const/class in the
 * block). The second resolves every identifier reference: one that reaches a variable of an
 * outer function marks it captured. Then each scope lays out its variables: captured ones
 * get slots of a heap context (slot 0 is the parent link), the rest registers in the frame.
 * Implicit variables (this, new.target, the function itself, arguments) are ordinary
 * variables of the function scope, so an arrow function that uses `this` captures it like any
 * other name. Invariant: a scope with has_context pushes exactly one context when entered,
 * which is what makes the static context depth of a reference correct. */
#include <string.h>

#include "base/errors.h"
#include "compiler/compiler_internal.h"

bool name_equals(const char *a, uint32_t a_length, const char *b) {
  return strlen(b) == a_length && memcmp(a, b, a_length) == 0;
}

const char *private_variable_name(Compiler *c, const Node *name, uint32_t *out_length) {
  char *text = arena_alloc(c->arena_ptr, name->name_length + 2);
  if (text == NULL) {
    c->status = PT_ENOMEM;
    *out_length = 0;
    return "";
  }
  text[0] = '#';
  memcpy(text + 1, name->name, name->name_length);
  *out_length = name->name_length + 1;
  return text;
}

/* --- the node → scope map --------------------------------------------------------------- */

static uint32_t hash_node(const Node *node) {
  uintptr_t bits = (uintptr_t)node;
  return (uint32_t)((bits >> 3) * 2654435761u);
}

static int map_put(Compiler *c, Node *key, void *value) {
  ScopeMap *map = &c->scopes;
  if ((map->count + 1) * 2 > map->capacity) {
    uint32_t capacity = map->capacity ? map->capacity * 2 : 64;
    Node **keys = arena_alloc(c->arena_ptr, capacity * sizeof *keys);
    void **values = arena_alloc(c->arena_ptr, capacity * sizeof *values);
    if (keys == NULL || values == NULL) return PT_ENOMEM;
    for (uint32_t i = 0; i < map->capacity; i++) {
      if (map->keys[i] == NULL) continue;
      uint32_t j = hash_node(map->keys[i]) & (capacity - 1);
      while (keys[j] != NULL) j = (j + 1) & (capacity - 1);
      keys[j] = map->keys[i];
      values[j] = map->values[i];
    }
    map->keys = keys;
    map->values = values;
    map->capacity = capacity;
  }
  uint32_t j = hash_node(key) & (map->capacity - 1);
  while (map->keys[j] != NULL && map->keys[j] != key) j = (j + 1) & (map->capacity - 1);
  if (map->keys[j] == NULL) map->count++;
  map->keys[j] = key;
  map->values[j] = value;
  return 0;
}

static void *map_get(Compiler *c, const Node *key) {
  ScopeMap *map = &c->scopes;
  if (map->capacity == 0) return NULL;
  uint32_t j = hash_node(key) & (map->capacity - 1);
  while (map->keys[j] != NULL) {
    if (map->keys[j] == key) return map->values[j];
    j = (j + 1) & (map->capacity - 1);
  }
  return NULL;
}

/* Function infos are filed under the function node's address + 1 (scopes under the node). */
Scope *scope_of(Compiler *c, Node *node) { return map_get(c, node); }
FunctionInfo *function_of(Compiler *c, Node *node) { return map_get(c, (Node *)((char *)node + 1)); }

/* --- declaring ---------------------------------------------------------------------------- */

typedef struct Walker {
  Compiler *c;
  bool resolving; /* second walk */
  Scope *scope;
  FunctionInfo *function;
} Walker;

Variable *scope_find_local(Scope *scope, const char *name, uint32_t length) {
  for (Variable *v = scope->variables; v != NULL; v = v->next) {
    if (v->name_length == length && memcmp(v->name, name, length) == 0) return v;
  }
  return NULL;
}

static bool eval_var_to_caller(Walker *w, const char *name, uint32_t length);

static Variable *declare(Walker *w, Scope *scope, const char *name, uint32_t length, VarKind kind) {
  if (w->c->outer != NULL && (kind == VAR_VAR || kind == VAR_FUNCTION) && scope->parent == w->c->outer &&
      !w->function->strict && w->c->eval_in_parameters && name_equals(name, length, "arguments") &&
      scope_find_local(w->c->outer, "arguments", 9) != NULL) {
    /* 19.2.1.3 step 3.d: eval code in parameter initializers may not declare a var over the
     * parameter scope's `arguments` (the arguments object, or a parameter of that name) */
    comp_error(w->c, NULL, "Identifier 'arguments' has already been declared");
    return NULL;
  }
  if (w->c->outer != NULL && (kind == VAR_VAR || kind == VAR_FUNCTION) && scope->parent == w->c->outer &&
      !w->function->strict && eval_var_to_caller(w, name, length)) {
    return NULL; /* resolved at run time through the caller's %evalvars */
  }
  if (w->c->outer != NULL && (kind == VAR_VAR || kind == VAR_FUNCTION) && scope->parent == w->c->outer &&
      !w->function->strict) {
    /* 19.2.1.3: a sloppy direct eval's var names the caller's binding when there is one */
    Variable *outer = scope_lookup(w->c->outer, name, length, NULL, NULL);
    if (outer != NULL) return outer;
  }
  Variable *existing = scope_find_local(scope, name, length);
  if (existing != NULL) {
    /* var after var/function/param, or a function redeclared: one binding. */
    if (kind == VAR_FUNCTION && existing->kind == VAR_VAR) existing->kind = VAR_FUNCTION;
    return existing;
  }
  Variable *v = arena_alloc(w->c->arena_ptr, sizeof *v);
  if (v == NULL) {
    w->c->status = PT_ENOMEM;
    return NULL;
  }
  v->name = name;
  v->name_length = length;
  v->kind = kind;
  v->scope = scope;
  if (scope->last_variable) scope->last_variable->next = v;
  else scope->variables = v;
  scope->last_variable = v;
  return v;
}

static Scope *new_scope(Walker *w, ScopeKind kind, Node *node) {
  Scope *scope = arena_alloc(w->c->arena_ptr, sizeof *scope);
  if (scope == NULL || map_put(w->c, node, scope) != 0) {
    w->c->status = PT_ENOMEM;
    return NULL;
  }
  scope->kind = kind;
  scope->parent = w->scope;
  scope->function = w->function;
  scope->node = node;
  return scope;
}

/* The scope var declarations go to: the function's (or the script's). */
static Scope *var_scope(Walker *w) {
  Scope *s = w->scope;
  while (s->kind != SCOPE_FUNCTION && s->kind != SCOPE_SCRIPT && !s->is_var_scope) s = s->parent;
  return s;
}

static void declare_pattern(Walker *w, Scope *scope, Node *target, VarKind kind) {
  if (target == NULL) return;
  switch (target->kind) {
    case NODE_IDENTIFIER: declare(w, scope, target->name, target->name_length, kind); break;
    case NODE_ASSIGN_PATTERN: declare_pattern(w, scope, target->a, kind); break;
    case NODE_ASSIGN: declare_pattern(w, scope, target->a, kind); break;
    case NODE_REST: declare_pattern(w, scope, target->a, kind); break;
    case NODE_SPREAD: declare_pattern(w, scope, target->a, kind); break;
    case NODE_ARRAY_PATTERN:
    case NODE_ARRAY:
      for (Node *e = target->list.first; e; e = e->next) declare_pattern(w, scope, e, kind);
      break;
    case NODE_OBJECT_PATTERN:
    case NODE_OBJECT:
      for (Node *p = target->list.first; p; p = p->next) {
        declare_pattern(w, scope, p->kind == NODE_PROPERTY ? p->b : p, kind);
      }
      break;
    default: break;
  }
}

/* Block-level declarations of a statement list (let/const/class, and functions in blocks). */
static void declare_lexical(Walker *w, NodeList *list, bool function_top_level) {
  for (Node *s = list->first; s; s = s->next) {
    Node *d = s;
    if (d->kind == NODE_EXPORT_NAMED || d->kind == NODE_EXPORT_DEFAULT) d = d->kind == NODE_EXPORT_NAMED ? d->b : d->a;
    if (d == NULL) continue;
    if (d->kind == NODE_VAR_DECL && d->op != TOK_VAR) {
      Variable *before = w->scope->last_variable;
      for (Node *decl = d->list.first; decl; decl = decl->next) {
        declare_pattern(w, w->scope, decl->a, d->op == TOK_CONST ? VAR_CONST : VAR_LET);
      }
      /* each name is initialized once its whole declaration statement has run */
      for (Variable *v = before ? before->next : w->scope->variables; v; v = v->next) v->initialized_at = d->end;
    } else if (d->kind == NODE_CLASS && d->a != NULL && (d->flags & NODE_DECLARATION)) {
      Variable *v = declare(w, w->scope, d->a->name, d->a->name_length, VAR_CLASS);
      if (v != NULL) v->initialized_at = d->end;
    } else if (d->kind == NODE_FUNCTION && d->a != NULL && (d->flags & NODE_DECLARATION)) {
      if (function_top_level) {
        declare(w, var_scope(w), d->a->name, d->a->name_length, VAR_FUNCTION);
      } else {
        declare(w, w->scope, d->a->name, d->a->name_length, VAR_LET);
        /* B.3.2.1: in sloppy code a block function is also a var of the function. */
        if (!w->function->strict && !(d->flags & (NODE_ASYNC | NODE_GENERATOR))) {
          Scope *vs = var_scope(w);
          if (scope_find_local(vs, d->a->name, d->a->name_length) == NULL) {
            declare(w, vs, d->a->name, d->a->name_length, VAR_VAR);
          }
        }
      }
    } else if (d->kind == NODE_LABELED) {
      Node *body = d->a;
      while (body && body->kind == NODE_LABELED) body = body->a;
      if (body && body->kind == NODE_FUNCTION && body->a && (body->flags & NODE_DECLARATION)) {
        declare(w, function_top_level ? var_scope(w) : w->scope, body->a->name, body->a->name_length,
                function_top_level ? VAR_FUNCTION : VAR_LET);
      }
    }
  }
}

/* --- resolving ------------------------------------------------------------------------------ */

Variable *scope_lookup(Scope *scope, const char *name, uint32_t length, uint32_t *out_context_depth,
                       bool *out_crossed_function) {
  uint32_t depth = 0;
  bool crossed = false;
  for (Scope *s = scope; s != NULL; s = s->parent) {
    Variable *v = scope_find_local(s, name, length);
    if (v != NULL) {
      if (out_context_depth) *out_context_depth = depth;
      if (out_crossed_function) *out_crossed_function = crossed;
      return v;
    }
    if (s->has_context) depth++;
    if (s->kind == SCOPE_FUNCTION && s->function->scope == s) crossed = true;
  }
  return NULL;
}

static void reference(Walker *w, const char *name, uint32_t length) {
  if (!w->resolving) return;
  bool crossed = false;
  Variable *v = scope_lookup(w->scope, name, length, NULL, &crossed);
  if (v != NULL && crossed) v->captured = true;
}

/* The function whose `this`/new.target/arguments an arrow (or field initializer) sees. */
static FunctionInfo *this_function(FunctionInfo *f) {
  while (f->arrow && f->parent != NULL) f = f->parent;
  return f;
}

static Variable *implicit(Walker *w, FunctionInfo *owner, Variable **slot, const char *name, VarKind kind) {
  if (*slot == NULL) {
    Scope *saved = w->scope;
    *slot = declare(w, owner->scope, name, (uint32_t)strlen(name), kind);
    w->scope = saved;
  }
  if (*slot != NULL && owner != w->function) (*slot)->captured = true;
  return *slot;
}

static void use_this(Walker *w) {
  if (!w->resolving) return;
  FunctionInfo *owner = this_function(w->function);
  if (owner->parent == NULL && w->c->outer != NULL) return; /* direct eval: the caller's this */
  owner->uses_this = true;
  implicit(w, owner, &owner->this_var, "this", VAR_THIS);
}

/* 10.4.4.7: a sloppy function with simple parameters maps its arguments object onto the
 * parameters, which therefore live in its context. */
static void map_parameters(FunctionInfo *f) {
  if (f->strict || f->node->kind != NODE_FUNCTION || !(f->node->flags & NODE_SIMPLE_PARAMS)) return;
  for (Variable *v = f->scope->variables; v; v = v->next) {
    if (v->kind == VAR_PARAM) v->captured = true;
  }
}

/* A direct eval may read and write every binding it can see: all of them move to contexts,
 * and the functions' implicit this, new.target and arguments become bindings too. */
static void mark_direct_eval(Walker *w) {
  for (FunctionInfo *f = w->function; f != NULL; f = f->parent) {
    if (!f->is_script && f->this_var != NULL && !f->arrow) {
      implicit(w, f, &f->new_target_var, "new.target", VAR_NEW_TARGET);
      implicit(w, f, &f->function_var, "%function", VAR_FUNCTION_SELF); /* super in the eval code */
      if (!f->is_class_fields && f->node->kind == NODE_FUNCTION) {
        implicit(w, f, &f->arguments_var, "arguments", VAR_ARGUMENTS);
        f->uses_arguments = true;
      }
    }
  }
  /* 19.2.1.3 step 3/10: a sloppy eval's new vars join the calling function's variable
   * environment: an object ("%evalvars") every name resolved past that scope checks */
  if (!w->function->strict && !w->function->is_script && !w->function->is_module) {
    Scope *vs = var_scope(w);
    if (vs->with_var == NULL && vs->kind != SCOPE_SCRIPT) {
      vs->with_var = declare(w, vs, "%evalvars", 9, VAR_CONST);
      vs->is_with = vs->with_var != NULL;
    }
  }
  for (Scope *s = w->scope; s != NULL; s = s->parent) {
    for (Variable *v = s->variables; v; v = v->next) v->captured = true;
  }
}

/* A sloppy direct eval's var or function name with no binding in the caller's variable
 * scope goes to the caller's %evalvars object; the same name bound lexically in between is a
 * SyntaxError (19.2.1.3 step 3.d). Returns true when handled so. */
static bool eval_var_to_caller(Walker *w, const char *name, uint32_t length) {
  Scope *evalvars = NULL;
  for (Scope *s = w->c->outer; s != NULL; s = s->parent) {
    if (s->with_var != NULL && name_equals(s->with_var->name, s->with_var->name_length, "%evalvars")) {
      evalvars = s;
      break;
    }
  }
  if (evalvars == NULL) return false;
  for (Scope *s = w->c->outer; s != evalvars->parent; s = s->parent) {
    Variable *v = scope_find_local(s, name, length);
    if (v == NULL) continue;
    if (v->kind == VAR_LET || v->kind == VAR_CONST || v->kind == VAR_CLASS) {
      comp_error(w->c, NULL, "Identifier '%.*s' has already been declared", (int)length, name);
      return true;
    }
    if (s == evalvars) return false; /* the caller's own var: the eval assigns it */
  }
  Compiler *c = w->c;
  for (uint32_t i = 0; i < c->eval_var_count; i++) {
    if (c->eval_var_lengths[i] == length && memcmp(c->eval_var_names[i], name, length) == 0) return true;
  }
  if (c->eval_var_count == c->eval_var_capacity) {
    uint32_t capacity = c->eval_var_capacity ? c->eval_var_capacity * 2 : 8;
    const char **names = arena_alloc(c->arena_ptr, capacity * sizeof *names);
    uint32_t *lengths = arena_alloc(c->arena_ptr, capacity * sizeof *lengths);
    if (names == NULL || lengths == NULL) {
      c->status = PT_ENOMEM;
      return true;
    }
    if (c->eval_var_count) {
      memcpy(names, c->eval_var_names, c->eval_var_count * sizeof *names);
      memcpy(lengths, c->eval_var_lengths, c->eval_var_count * sizeof *lengths);
    }
    c->eval_var_names = names;
    c->eval_var_lengths = lengths;
    c->eval_var_capacity = capacity;
  }
  c->eval_var_names[c->eval_var_count] = name;
  c->eval_var_lengths[c->eval_var_count++] = length;
  return true;
}

/* --- the walk ------------------------------------------------------------------------------- */

static void walk(Walker *w, Node *node);

static void walk_list(Walker *w, NodeList *list) {
  for (Node *n = list->first; n; n = n->next) walk(w, n);
}

static FunctionInfo *new_function(Walker *w, Node *node, bool arrow) {
  FunctionInfo *f;
  if (w->resolving) return function_of(w->c, node);
  f = arena_alloc(w->c->arena_ptr, sizeof *f);
  if (f == NULL || map_put(w->c, (Node *)((char *)node + 1), f) != 0) {
    w->c->status = PT_ENOMEM;
    return NULL;
  }
  f->node = node;
  f->parent = w->function;
  f->arrow = arrow;
  f->strict = (node->flags & NODE_STRICT) || (w->function && w->function->strict);
  return f;
}

static void walk_function(Walker *w, Node *node) {
  Scope *saved_scope = w->scope;
  FunctionInfo *saved_function = w->function;
  FunctionInfo *f = new_function(w, node, (node->flags & NODE_ARROW) != 0);
  if (f == NULL) return;
  w->function = f;
  Scope *scope = w->resolving ? scope_of(w->c, node) : new_scope(w, SCOPE_FUNCTION, node);
  if (scope == NULL) return;
  w->scope = scope;
  if (!w->resolving) {
    f->scope = scope;
    f->body_scope = scope;
    for (Node *p = node->list.first; p; p = p->next) declare_pattern(w, scope, p, VAR_PARAM);
    if (!(node->flags & NODE_SIMPLE_PARAMS)) {
      for (Variable *v = scope->variables; v; v = v->next) v->tdz = true;
    }
    if (!f->arrow) {
      f->this_var = declare(w, scope, "this", 4, VAR_THIS);
      /* A named function expression sees its own name (read-only) unless shadowed. */
      if (node->a != NULL && !(node->flags & NODE_DECLARATION) &&
          scope_find_local(scope, node->a->name, node->a->name_length) == NULL) {
        declare(w, scope, node->a->name, node->a->name_length, VAR_CALLEE);
      }
    }
  }
  /* Parameters: defaults and patterns may refer to earlier parameters and outer names. */
  for (Node *p = node->list.first; p; p = p->next) walk(w, p);
  Node *body = node->b;
  if (body != NULL && body->kind == NODE_BLOCK && !(node->flags & NODE_EXPRESSION_BODY)) {
    Scope *body_scope = scope;
    if (!(node->flags & NODE_SIMPLE_PARAMS)) {
      /* 10.2.11 step 28: with non-simple parameters, body declarations get their own scope. */
      body_scope = w->resolving ? scope_of(w->c, body) : new_scope(w, SCOPE_BLOCK, body);
      if (body_scope == NULL) return;
      if (!w->resolving) {
        f->body_scope = body_scope;
        body_scope->is_var_scope = true; /* 10.2.11 step 28: a separate var environment */
      }
      w->scope = body_scope;
    }
    if (!w->resolving) {
      declare_lexical(w, &body->list, true);
      /* var declarations are found while walking (walk declares them in pass 1) */
    }
    walk_list(w, &body->list);
  } else if (body != NULL) {
    walk(w, body);
  }
  w->scope = saved_scope;
  w->function = saved_function;
}

static void walk_class(Walker *w, Node *node) {
  if (node->b) walk(w, node->b);
  Scope *saved = w->scope;
  Scope *scope = w->resolving ? scope_of(w->c, node) : new_scope(w, SCOPE_CLASS, node);
  if (scope == NULL) return;
  w->scope = scope;
  if (!w->resolving) {
    if (node->a) declare(w, scope, node->a->name, node->a->name_length, VAR_CONST);
    for (Node *m = node->list.first; m; m = m->next) {
      if ((m->kind == NODE_CLASS_METHOD || m->kind == NODE_CLASS_FIELD) && m->a && m->a->kind == NODE_PRIVATE_NAME) {
        /* "#x": the name's private symbol. Accessor pairs share one. */
        uint32_t length;
        const char *name = private_variable_name(w->c, m->a, &length);
        declare(w, scope, name, length, VAR_PRIVATE);
      }
    }
  }
  /* Field initializers and static blocks run as methods of a synthetic function each
   * (one for instance fields, one for static elements), filed under the list nodes. */
  for (Node *m = node->list.first; m; m = m->next) {
    if (m->a && (m->flags & NODE_COMPUTED)) walk(w, m->a);
    if (m->kind == NODE_CLASS_METHOD) {
      walk(w, m->b);
      if (m->op == PROP_CONSTRUCTOR && node->b != NULL) {
        FunctionInfo *constructor = function_of(w->c, m->b);
        if (constructor) constructor->derived = true;
      }
    } else if (m->kind == NODE_CLASS_FIELD || m->kind == NODE_STATIC_BLOCK) {
      /* The synthetic function node is the member itself. */
      FunctionInfo *saved_function = w->function;
      FunctionInfo *f = new_function(w, m, false);
      if (f == NULL) return;
      w->function = f; /* the scope belongs to the initializer, so outer names are captured */
      Scope *fs = w->resolving ? scope_of(w->c, m) : new_scope(w, SCOPE_FUNCTION, m);
      if (fs == NULL) return;
      if (!w->resolving) {
        f->scope = fs;
        f->body_scope = fs;
        f->strict = true;
        f->is_class_fields = true;
        f->this_var = declare(w, fs, "this", 4, VAR_THIS);
      }
      w->function = f;
      w->scope = fs;
      if (m->kind == NODE_CLASS_FIELD) {
        if (m->b) walk(w, m->b);
      } else {
        if (!w->resolving) declare_lexical(w, &m->list, true);
        walk_list(w, &m->list);
      }
      w->function = saved_function;
      w->scope = scope;
    }
  }
  w->scope = saved;
}

static void walk_block(Walker *w, Node *node, NodeList *list) {
  Scope *saved = w->scope;
  Scope *scope = w->resolving ? scope_of(w->c, node) : new_scope(w, SCOPE_BLOCK, node);
  if (scope == NULL) return;
  w->scope = scope;
  if (!w->resolving) declare_lexical(w, list, false);
  walk_list(w, list);
  w->scope = saved;
}

static void walk(Walker *w, Node *node) {
  if (node == NULL || w->c->status != 0) return;
  switch (node->kind) {
    case NODE_IDENTIFIER:
      if (w->resolving && name_equals(node->name, node->name_length, "arguments")) {
        /* `arguments` names the nearest non-arrow function's arguments object unless a
         * declaration inside that function (or its arrows) shadows it. */
        Variable *v = scope_lookup(w->scope, node->name, node->name_length, NULL, NULL);
        FunctionInfo *owner = this_function(w->function);
        FunctionInfo *home = v ? v->scope->function : NULL;
        while (home != NULL && home != owner && home->arrow) home = home->parent;
        bool shadowed = v != NULL && v->kind != VAR_ARGUMENTS && home == owner;
        bool eval_top = owner->parent == NULL && w->c->outer != NULL; /* direct eval: the caller's */
        if (!shadowed && !eval_top && !owner->is_script && !owner->is_module && !owner->is_class_fields) {
          owner->uses_arguments = true;
          implicit(w, owner, &owner->arguments_var, "arguments", VAR_ARGUMENTS);
          map_parameters(owner);
        }
      }
      reference(w, node->name, node->name_length);
      break;
    case NODE_THIS: use_this(w); break;
    case NODE_AWAIT:
      if (w->function->is_module) w->function->has_top_level_await = true;
      walk(w, node->a);
      break;
    case NODE_IMPORT_META:
      /* the module's import.meta object: a hidden binding the loader fills in */
      if (!w->resolving) {
        FunctionInfo *module = w->function;
        while (module->parent != NULL) module = module->parent;
        if (module->is_module) declare(w, module->scope, "%meta", 5, VAR_CONST);
      }
      break;
    case NODE_CALL:
      if (w->resolving && node->a->kind == NODE_IDENTIFIER && name_equals(node->a->name, node->a->name_length, "eval") &&
          w->c->goal != COMPILE_LIBRARY) {
        Variable *v = scope_lookup(w->scope, "eval", 4, NULL, NULL);
        if (v == NULL || v->location == LOC_GLOBAL) mark_direct_eval(w);
      }
      walk(w, node->a);
      walk_list(w, &node->list);
      break;
    case NODE_SUPER: {
      if (!w->resolving) break;
      FunctionInfo *owner = this_function(w->function);
      if (owner->parent == NULL && w->c->outer != NULL) break; /* direct eval: the caller's */
      use_this(w);
      implicit(w, owner, &owner->function_var, "%function", VAR_FUNCTION_SELF);
      implicit(w, owner, &owner->new_target_var, "new.target", VAR_NEW_TARGET);
      break;
    }
    case NODE_NEW_TARGET: {
      if (!w->resolving) break;
      FunctionInfo *owner = this_function(w->function);
      if (owner->parent == NULL && w->c->outer != NULL) break; /* direct eval: the caller's */
      implicit(w, owner, &owner->new_target_var, "new.target", VAR_NEW_TARGET);
      break;
    }
    case NODE_PRIVATE_NAME: {
      uint32_t length;
      const char *name = private_variable_name(w->c, node, &length);
      reference(w, name, length);
      break;
    }
    case NODE_FUNCTION:
      walk_function(w, node);
      break;
    case NODE_CLASS:
      walk_class(w, node);
      break;
    case NODE_MEMBER:
      walk(w, node->a);
      if ((node->flags & NODE_COMPUTED) || node->b->kind == NODE_PRIVATE_NAME) walk(w, node->b);
      break;
    case NODE_PROPERTY:
      if (node->flags & NODE_COMPUTED) walk(w, node->a);
      walk(w, node->b);
      break;
    case NODE_VAR_DECL:
      if (!w->resolving && node->op == TOK_VAR) {
        for (Node *d = node->list.first; d; d = d->next) declare_pattern(w, var_scope(w), d->a, VAR_VAR);
      }
      walk_list(w, &node->list);
      break;
    case NODE_DECLARATOR:
      walk(w, node->a);
      walk(w, node->b);
      break;
    case NODE_BLOCK:
      walk_block(w, node, &node->list);
      break;
    case NODE_STATIC_BLOCK:
      walk_block(w, node, &node->list);
      break;
    case NODE_SWITCH:
      walk(w, node->a);
      {
        Scope *saved = w->scope;
        Scope *scope = w->resolving ? scope_of(w->c, node) : new_scope(w, SCOPE_BLOCK, node);
        if (scope == NULL) return;
        w->scope = scope;
        if (!w->resolving) {
          for (Node *k = node->list.first; k; k = k->next) declare_lexical(w, &k->list, false);
        }
        for (Node *k = node->list.first; k; k = k->next) {
          walk(w, k->a);
          walk_list(w, &k->list);
        }
        w->scope = saved;
      }
      break;
    case NODE_FOR:
    case NODE_FOR_IN:
    case NODE_FOR_OF: {
      Scope *saved = w->scope;
      Node *head = node->a;
      bool lexical = head && head->kind == NODE_VAR_DECL && head->op != TOK_VAR;
      if ((node->flags & NODE_FOR_AWAIT) && w->function->is_module) w->function->has_top_level_await = true;
      if (lexical) {
        Scope *scope = w->resolving ? scope_of(w->c, node) : new_scope(w, SCOPE_BLOCK, node);
        if (scope == NULL) return;
        w->scope = scope;
        if (!w->resolving) {
          for (Node *d = head->list.first; d; d = d->next) {
            declare_pattern(w, scope, d->a, head->op == TOK_CONST ? VAR_CONST : VAR_LET);
          }
        }
      }
      if (node->kind == NODE_FOR) {
        walk(w, node->a);
        walk(w, node->b);
        walk(w, node->c);
      } else {
        walk(w, node->a);
        walk(w, node->b);
      }
      walk(w, node->d);
      w->scope = saved;
      break;
    }
    case NODE_CATCH: {
      Scope *saved = w->scope;
      Scope *scope = w->resolving ? scope_of(w->c, node) : new_scope(w, SCOPE_BLOCK, node);
      if (scope == NULL) return;
      w->scope = scope;
      if (!w->resolving) declare_pattern(w, scope, node->a, VAR_CATCH);
      walk(w, node->a);
      walk(w, node->b);
      w->scope = saved;
      break;
    }
    case NODE_LABELED:
      walk(w, node->a);
      break;
    case NODE_CLASS_METHOD:
    case NODE_CLASS_FIELD:
      break; /* handled by walk_class */
    case NODE_IMPORT:
    case NODE_EXPORT_ALL:
      break; /* names only: declared by declare_module */
    case NODE_EXPORT_NAMED:
      if (node->a != NULL) break; /* export {…} from: names of another module */
      if (node->b != NULL) walk(w, node->b);
      for (Node *spec = node->list.first; spec; spec = spec->next) walk(w, spec->a);
      break;
    case NODE_WITH: {
      walk(w, node->a);
      Scope *saved = w->scope;
      Scope *scope = w->resolving ? scope_of(w->c, node) : new_scope(w, SCOPE_BLOCK, node);
      if (scope == NULL) return;
      w->scope = scope;
      if (!w->resolving) {
        scope->is_with = true;
        Variable *v = declare(w, scope, "%with", 5, VAR_CONST);
        if (v) v->captured = true; /* closures created inside consult it too */
        scope->with_var = v;
      }
      walk(w, node->b);
      w->scope = saved;
      break;
    }
    default:
      walk(w, node->a);
      walk(w, node->b);
      walk(w, node->c);
      walk(w, node->d);
      walk_list(w, &node->list);
      break;
  }
}

/* --- layout ---------------------------------------------------------------------------------- */

static void layout(Compiler *c) {
  ScopeMap *map = &c->scopes;
  for (uint32_t i = 0; i < map->capacity; i++) {
    Node *key = map->keys[i];
    if (key == NULL || ((uintptr_t)key & 7) != 0) continue; /* function infos sit at node + 1 */
    Scope *scope = map->values[i];
    scope->context_slots = 1;
    for (Variable *v = scope->variables; v; v = v->next) {
      if (scope->kind == SCOPE_SCRIPT) {
        v->location = LOC_GLOBAL;
      } else if (v->captured) {
        v->location = LOC_CONTEXT;
        v->index = scope->context_slots++;
      } else {
        v->location = LOC_UNRESOLVED; /* a register, assigned by the code generator */
      }
    }
    scope->has_context = scope->context_slots > 1;
  }
}

/* 16.2.1.6.4 InitializeEnvironment's bindings besides the declarations: imports, the
 * `*default*` binding of `export default` with an expression or an anonymous function or
 * class. Every top-level binding of a module lives in its context, where other modules'
 * imports and namespaces reach it. */
static void declare_module(Walker *w, Scope *scope, NodeList *list) {
  for (Node *s = list->first; s; s = s->next) {
    if (s->kind == NODE_IMPORT) {
      for (Node *spec = s->list.first; spec; spec = spec->next) {
        declare(w, scope, spec->b->name, spec->b->name_length, spec->op == TOK_STAR ? VAR_CONST : VAR_IMPORT);
      }
    } else if (s->kind == NODE_EXPORT_DEFAULT) {
      Node *d = s->a;
      bool named_declaration = (d->kind == NODE_FUNCTION || d->kind == NODE_CLASS) && (d->flags & NODE_DECLARATION) && d->a;
      if (!named_declaration) {
        bool hoisted = d->kind == NODE_FUNCTION && (d->flags & NODE_DECLARATION);
        declare(w, scope, "*default*", 9, hoisted ? VAR_FUNCTION : VAR_LET);
      }
    }
  }
}

int scope_analyze(Compiler *c, Node *program) {
  Walker w = {.c = c, .scope = c->outer};
  FunctionInfo *f = new_function(&w, program, false);
  if (f == NULL) return c->status ? c->status : PT_ENOMEM;
  f->strict = (program->flags & NODE_STRICT) != 0;
  bool script = c->goal == COMPILE_SCRIPT;
  f->is_script = script;
  f->is_module = c->goal == COMPILE_MODULE;
  if (f->is_module) f->strict = true;
  w.function = f;
  Scope *scope = new_scope(&w, script ? SCOPE_SCRIPT : SCOPE_FUNCTION, program);
  if (scope == NULL) return c->status;
  f->scope = scope;
  f->body_scope = scope;
  w.scope = scope;
  if (!script && c->outer == NULL) {
    f->this_var = declare(&w, scope, "this", 4, VAR_THIS);
    if (c->goal == COMPILE_FUNCTION_BODY) {
      static const char *const params[] = {"exports", "require", "module", "__filename", "__dirname"};
      for (int i = 0; i < 5; i++) declare(&w, scope, params[i], (uint32_t)strlen(params[i]), VAR_PARAM);
    } else if (c->goal == COMPILE_LIBRARY) {
      declare(&w, scope, "global", 6, VAR_PARAM);
    }
  }
  /* Script top-level lexical declarations live in their own block scope (the global
   * lexical environment); var and function declarations are properties of the global.
   * Eval code keeps its lexical declarations to itself (19.2.1.3 step 10). */
  if (c->is_eval) {
    c->eval_lexical_key = arena_alloc(c->arena_ptr, sizeof(Node));
    Scope *lexical = c->eval_lexical_key ? new_scope(&w, SCOPE_BLOCK, c->eval_lexical_key) : NULL;
    if (lexical == NULL) return c->status ? c->status : PT_ENOMEM;
    w.scope = lexical;
    for (Node *s = program->list.first; s; s = s->next) {
      if (s->kind == NODE_FUNCTION && (s->flags & NODE_DECLARATION) && s->a) {
        declare(&w, scope, s->a->name, s->a->name_length, VAR_FUNCTION);
      } else if (s->kind == NODE_VAR_DECL && s->op != TOK_VAR) {
        for (Node *d = s->list.first; d; d = d->next) {
          declare_pattern(&w, lexical, d->a, s->op == TOK_CONST ? VAR_CONST : VAR_LET);
        }
      } else if (s->kind == NODE_CLASS && s->a && (s->flags & NODE_DECLARATION)) {
        declare(&w, lexical, s->a->name, s->a->name_length, VAR_CLASS);
      }
    }
  } else {
    if (f->is_module) declare_module(&w, scope, &program->list);
    declare_lexical(&w, &program->list, true);
  }
  walk_list(&w, &program->list);
  if (c->status != 0) return c->status;
  w.resolving = true;
  w.scope = c->is_eval ? scope_of(c, c->eval_lexical_key) : scope;
  w.function = f;
  walk_list(&w, &program->list);
  if (c->status != 0) return c->status;
  if (f->is_module) {
    for (Variable *v = scope->variables; v; v = v->next) {
      if (v->kind != VAR_THIS) v->captured = true;
    }
  }
  layout(c);
  return 0;
}
