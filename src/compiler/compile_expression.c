/* Code generation for expressions: every expression leaves its value in the accumulator.
 * Temporaries are registers allocated LIFO and released when the expression is done. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "compiler/compiler_internal.h"
#include "parser/parser.h"
#include "numconv/numconv.h"
#include "objects/atom.h"
#include "objects/bigint_cell.h"
#include "objects/string.h"

/* --- variables -------------------------------------------------------------------------------- */

static bool is_lexical(VarKind kind) {
  return kind == VAR_LET || kind == VAR_CONST || kind == VAR_CLASS || kind == VAR_PRIVATE;
}

/* TDZ check elision: a reference in the declaring function itself, after the declaration
 * has completed in source order, runs only once the binding is initialized, because code
 * in one function runs in source order except for jumps *into* a block, which only switch
 * cases make (loops jump back to their start, breaks jump out). Closures and switch blocks
 * keep their checks. */
static bool binding_surely_initialized(FunctionState *fs, const Variable *v, const Node *where) {
  if (where == NULL || v->initialized_at == 0 || where->start < v->initialized_at) return false;
  if (v->scope->function != fs->info || v->scope->node == NULL || v->scope->node->kind == NODE_SWITCH) return false;
  return v->kind == VAR_LET || v->kind == VAR_CONST || v->kind == VAR_CLASS;
}

/* --- with statements (14.11): names resolved past a with body check its object first ---------- */

/* The with bodies between the current scope and the scope of `v` (all of them when v is
 * NULL or global), innermost first. */
static uint32_t with_scopes_between(FunctionState *fs, Variable *v, Scope **out, uint32_t max) {
  uint32_t count = 0;
  Scope *stop = v != NULL && v->location != LOC_GLOBAL ? v->scope : NULL;
  for (Scope *s = fs->scope; s != NULL && s != stop; s = s->parent) {
    if (s->is_with && count < max) out[count++] = s;
  }
  return count;
}

/* acc ← the with object of scope `with` (its "%with" variable, always in a context). */
static void load_with_object(FunctionState *fs, Scope *with) {
  uint32_t depth = 0;
  for (Scope *s = fs->scope; s != NULL && s != with; s = s->parent) {
    if (s->has_context) depth++;
  }
  emit_op(fs, OP_LdaContextSlot, depth, with->with_var->index);
}

enum { WITH_LOAD, WITH_STORE, WITH_CALLEE, WITH_DELETE };

/* For each with object in the way: if it has the name (HasProperty, not blocked by
 * @@unscopables), do the operation on it and jump to `done`. WITH_STORE stores the value in
 * register `value`; WITH_CALLEE also puts the object in `receiver` (9.1.1.2.10 WithBaseObject).
 * Returns false (emitting nothing) when no with statement is in the way. */
static bool emit_with_checks(FunctionState *fs, const char *name, uint32_t length, Variable *v, int operation,
                             uint32_t value, uint32_t receiver, Label *done) {
  Scope *withs[32];
  uint32_t count = with_scopes_between(fs, v, withs, 32);
  if (count == 0) return false;
  uint32_t mark = fs->next_register;
  uint32_t args = reg_alloc_range(fs, 2);
  uint32_t k = emit_atom_constant(fs, name, length);
  for (uint32_t i = 0; i < count; i++) {
    Label *next = label_new(fs);
    load_with_object(fs, withs[i]);
    emit_op(fs, OP_Star, args);
    emit_op(fs, OP_LdaConstant, k);
    emit_op(fs, OP_Star, args + 1);
    emit_op(fs, OP_CallLib, LIB_WithHasBinding, args, 2);
    emit_jump(fs, OP_JumpIfFalse, next);
    switch (operation) {
      case WITH_LOAD: emit_op(fs, OP_GetNamed, args, k, emit_feedback(fs, IC_SLOT_SIZE)); break;
      case WITH_CALLEE:
        emit_op(fs, OP_Mov, args, receiver);
        emit_op(fs, OP_GetNamed, args, k, emit_feedback(fs, IC_SLOT_SIZE));
        break;
      case WITH_STORE:
        emit_op(fs, OP_Ldar, value);
        emit_op(fs, OP_SetNamed, args, k, emit_feedback(fs, IC_SLOT_SIZE));
        emit_op(fs, OP_Ldar, value);
        break;
      case WITH_DELETE:
        emit_op(fs, OP_LdaConstant, k);
        emit_op(fs, OP_Delete, args);
        break;
    }
    emit_jump(fs, OP_Jump, done);
    label_bind(fs, next);
  }
  reg_free_to(fs, mark);
  return true;
}

static void load_variable_static(FunctionState *fs, const char *name, uint32_t length, const Node *where,
                                 bool inside_typeof);

void compile_load_variable(FunctionState *fs, const char *name, uint32_t length, const Node *where,
                           bool inside_typeof) {
  Variable *v = scope_lookup(fs->scope, name, length, NULL, NULL);
  Label *done = label_new(fs);
  emit_position(fs, where);
  emit_with_checks(fs, name, length, v, WITH_LOAD, 0, 0, done);
  load_variable_static(fs, name, length, where, inside_typeof);
  label_bind(fs, done);
}

/* A name as the callee of a call: acc ← the function, `receiver` ← its this (a with object
 * that has the name, else undefined). */
static void load_callee_name(FunctionState *fs, const Node *callee, uint32_t receiver) {
  Variable *v = scope_lookup(fs->scope, callee->name, callee->name_length, NULL, NULL);
  Label *done = label_new(fs);
  emit_position(fs, callee);
  emit_with_checks(fs, callee->name, callee->name_length, v, WITH_CALLEE, 0, receiver, done);
  emit_op(fs, OP_LdaUndefined);
  emit_op(fs, OP_Star, receiver);
  load_variable_static(fs, callee->name, callee->name_length, callee, false);
  label_bind(fs, done);
}

static void load_variable_static(FunctionState *fs, const char *name, uint32_t length, const Node *where,
                                 bool inside_typeof) {
  uint32_t depth = 0;
  Variable *v = scope_lookup(fs->scope, name, length, &depth, NULL);
  emit_position(fs, where);
  if (v == NULL || v->location == LOC_GLOBAL) {
    if ((v != NULL && v->kind == VAR_THIS) || (v == NULL && name_equals(name, length, "this"))) {
      emit_op(fs, OP_CallRuntime, INTRINSIC_GlobalObject, 0, 0);
      return;
    }
    if (v == NULL && name_equals(name, length, "new.target")) {
      emit_op(fs, OP_LdaUndefined);
      return;
    }
    /* 19.1.1-19.1.4: undefined, NaN and Infinity are non-writable, non-configurable
     * globals, so an unshadowed reference is a constant. */
    if (v == NULL && name_equals(name, length, "undefined")) {
      emit_op(fs, OP_LdaUndefined);
      return;
    }
    if (v == NULL && (name_equals(name, length, "NaN") || name_equals(name, length, "Infinity"))) {
      emit_op(fs, OP_LdaConstant, emit_constant(fs, js_from_double(name[0] == 'N' ? NAN : INFINITY)));
      return;
    }
    uint32_t k = emit_atom_constant(fs, name, length);
    emit_op(fs, inside_typeof ? OP_LdaGlobalTypeof : OP_LdaGlobal, k, emit_feedback(fs, 1));
    return;
  }
  if (v->location == LOC_REGISTER) {
    emit_op(fs, OP_Ldar, v->index);
  } else {
    emit_op(fs, OP_LdaContextSlot, depth, v->index);
  }
  if (v->kind == VAR_IMPORT) {
    /* the exporting module's binding, through the reference linking stored */
    emit_op(fs, OP_LdaImportedBinding);
    emit_op(fs, OP_ThrowIfHole, emit_atom_constant(fs, name, length));
  } else if ((is_lexical(v->kind) || v->tdz) && !binding_surely_initialized(fs, v, where)) {
    emit_op(fs, OP_ThrowIfHole, emit_atom_constant(fs, name, length));
  } else if (v->kind == VAR_THIS && v->scope->function->derived) {
    emit_op(fs, OP_ThrowSuperNotCalled);
  }
}

/* acc ← a function-local binding with no checks (this in derived constructors, %function). */
static void load_raw(FunctionState *fs, const char *name) {
  uint32_t depth = 0;
  Variable *v = scope_lookup(fs->scope, name, (uint32_t)strlen(name), &depth, NULL);
  if (v == NULL || v->location == LOC_GLOBAL) {
    emit_op(fs, OP_LdaUndefined);
  } else if (v->location == LOC_REGISTER) {
    emit_op(fs, OP_Ldar, v->index);
  } else {
    emit_op(fs, OP_LdaContextSlot, depth, v->index);
  }
}

static void store_raw(FunctionState *fs, const char *name) {
  uint32_t depth = 0;
  Variable *v = scope_lookup(fs->scope, name, (uint32_t)strlen(name), &depth, NULL);
  if (v == NULL || v->location == LOC_GLOBAL) return;
  if (v->location == LOC_REGISTER) emit_op(fs, OP_Star, v->index);
  else emit_op(fs, OP_StaContextSlot, depth, v->index);
}

/* Stores acc into a binding. is_initialization: the declaration's own initializer (no TDZ or
 * const check). acc is preserved. */
static void store_variable_static(FunctionState *fs, const char *name, uint32_t length, const Node *where,
                                  bool is_initialization);

void compile_store_variable(FunctionState *fs, const char *name, uint32_t length, const Node *where,
                            bool is_initialization) {
  Variable *v = scope_lookup(fs->scope, name, length, NULL, NULL);
  Scope *withs[1];
  if (with_scopes_between(fs, v, withs, 1) == 0) {
    store_variable_static(fs, name, length, where, is_initialization);
    return;
  }
  uint32_t mark = fs->next_register;
  uint32_t value = reg_alloc(fs);
  Label *done = label_new(fs);
  emit_op(fs, OP_Star, value);
  emit_position(fs, where);
  emit_with_checks(fs, name, length, v, WITH_STORE, value, 0, done);
  emit_op(fs, OP_Ldar, value);
  store_variable_static(fs, name, length, where, is_initialization);
  label_bind(fs, done);
  reg_free_to(fs, mark);
}

static void store_variable_static(FunctionState *fs, const char *name, uint32_t length, const Node *where,
                                  bool is_initialization) {
  uint32_t depth = 0;
  Variable *v = scope_lookup(fs->scope, name, length, &depth, NULL);
  emit_position(fs, where);
  if (v == NULL || v->location == LOC_GLOBAL) {
    uint32_t k = emit_atom_constant(fs, name, length);
    if (v != NULL && is_lexical(v->kind) && is_initialization) {
      emit_op(fs, OP_InitGlobalLexical, k);
      return;
    }
    if (v != NULL && v->kind == VAR_CONST) {
      /* A TDZ read first, then the const error (13.15.2 via PutValue/SetMutableBinding). */
      uint32_t saved = reg_alloc(fs);
      emit_op(fs, OP_Star, saved);
      emit_op(fs, OP_LdaGlobal, k, emit_feedback(fs, 1));
      emit_op(fs, OP_ThrowConstAssign, k);
      reg_free_to(fs, saved);
      return;
    }
    emit_op(fs, OP_StaGlobal, k, emit_feedback(fs, 1), (fs->flags & CODE_STRICT) ? 1u : 0u);
    return;
  }
  if (!is_initialization && v->kind == VAR_IMPORT) {
    /* 16.2.1.6.4 step 7.c.ii: an import is an initialized immutable binding (no TDZ read) */
    emit_op(fs, OP_ThrowConstAssign, emit_atom_constant(fs, name, length));
    return;
  }
  if (!is_initialization && binding_surely_initialized(fs, v, where)) {
    if (v->kind == VAR_CONST) {
      emit_op(fs, OP_ThrowConstAssign, emit_atom_constant(fs, name, length));
      return;
    }
  } else if (!is_initialization) {
    if (is_lexical(v->kind) || v->tdz) {
      /* TDZ check on the binding before writing (acc must survive it). */
      uint32_t saved = reg_alloc(fs);
      emit_op(fs, OP_Star, saved);
      if (v->location == LOC_REGISTER) emit_op(fs, OP_Ldar, v->index);
      else emit_op(fs, OP_LdaContextSlot, depth, v->index);
      emit_op(fs, OP_ThrowIfHole, emit_atom_constant(fs, name, length));
      if (v->kind == VAR_CONST || v->kind == VAR_PRIVATE) emit_op(fs, OP_ThrowConstAssign, emit_atom_constant(fs, name, length));
      emit_op(fs, OP_Ldar, saved);
      reg_free_to(fs, saved);
    } else if (v->kind == VAR_CALLEE) {
      if (fs->flags & CODE_STRICT) emit_op(fs, OP_ThrowConstAssign, emit_atom_constant(fs, name, length));
      return; /* sloppy: silently ignored */
    }
  }
  if (v->location == LOC_REGISTER) {
    emit_op(fs, OP_Star, v->index);
  } else {
    emit_op(fs, OP_StaContextSlot, depth, v->index);
  }
}

/* --- helpers ------------------------------------------------------------------------------------ */

static void load_number(FunctionState *fs, double value) {
  JSValue number = js_from_number(value);
  if (js_is_int32(number)) {
    emit_op(fs, OP_LdaSmi, js_to_int32(number));
  } else {
    emit_op(fs, OP_LdaConstant, emit_constant(fs, number));
  }
}

static double number_literal(FunctionState *fs, Node *node) {
  const char *text = fs->compiler->source + node->start;
  size_t length = node->end - node->start;
  char buffer[512];
  size_t n = 0;
  /* Strip numeric separators; legacy octal (010) and 0x/0o/0b prefixes are handled here. */
  for (size_t i = 0; i < length && n < sizeof buffer - 1; i++) {
    if (text[i] != '_') buffer[n++] = text[i];
  }
  buffer[n] = 0;
  size_t consumed;
  if (n > 1 && buffer[0] == '0') {
    char p = buffer[1];
    if (p == 'x' || p == 'X') return num_parse_radix_digits(buffer + 2, n - 2, 16, &consumed);
    if (p == 'o' || p == 'O') return num_parse_radix_digits(buffer + 2, n - 2, 8, &consumed);
    if (p == 'b' || p == 'B') return num_parse_radix_digits(buffer + 2, n - 2, 2, &consumed);
    bool octal = true;
    for (size_t i = 1; i < n; i++) {
      if (buffer[i] < '0' || buffer[i] > '7') octal = false;
    }
    if (octal) return num_parse_radix_digits(buffer + 1, n - 1, 8, &consumed);
  }
  return num_from_string(buffer, n);
}

bool compile_is_anonymous_function(const Node *node) {
  if (node == NULL || (node->flags & NODE_PARENTHESIZED && false)) return false;
  if (node->kind == NODE_FUNCTION) return node->a == NULL;
  if (node->kind == NODE_CLASS) return node->a == NULL;
  return false;
}

/* 13.15.2 NamedEvaluation: an anonymous function or class gets the binding's name. */
void compile_named_evaluation(FunctionState *fs, Node *value, const char *name, uint32_t length) {
  if (!compile_is_anonymous_function(value)) {
    compile_expression(fs, value);
    return;
  }
  JSValue atom;
  int status = atom_from_utf8(fs->compiler->vm->cx->atoms, name, length, &atom);
  if (status != 0) {
    fs->compiler->status = status;
    return;
  }
  if (value->kind == NODE_FUNCTION) {
    compile_function_literal(fs, value, &atom);
  } else {
    /* 15.7.15 ClassDefinitionEvaluation names the constructor before its static elements */
    fs->class_name = &atom;
    compile_class(fs, value);
    fs->class_name = NULL;
  }
}

/* Puts a property key in a register: a constant atom, or the computed value as a key. */
static void compile_key_to(FunctionState *fs, Node *key, bool computed, uint32_t reg) {
  if (computed) {
    compile_expression(fs, key);
    emit_op(fs, OP_ToPropertyKey);
  } else if (key->kind == NODE_IDENTIFIER || key->kind == NODE_STRING) {
    emit_op(fs, OP_LdaConstant, emit_string_constant(fs, key->name, key->name_length));
  } else if (key->kind == NODE_NUMBER) {
    load_number(fs, number_literal(fs, key));
    emit_op(fs, OP_ToPropertyKey);
  } else if (key->kind == NODE_BIGINT) {
    compile_expression(fs, key);
    emit_op(fs, OP_ToPropertyKey);
  } else {
    compile_expression(fs, key);
    emit_op(fs, OP_ToPropertyKey);
  }
  emit_op(fs, OP_Star, reg);
}

static uint32_t private_name_depth(FunctionState *fs, Node *name, Variable **out) {
  uint32_t length;
  const char *text = private_variable_name(fs->compiler, name, &length);
  uint32_t depth = 0;
  *out = scope_lookup(fs->scope, text, length, &depth, NULL);
  return depth;
}

/* acc ← the private symbol of #name. */
static void load_private_name(FunctionState *fs, Node *name) {
  Variable *v;
  uint32_t depth = private_name_depth(fs, name, &v);
  if (v == NULL) {
    comp_error(fs->compiler, name, "Private field '#%.*s' must be declared in an enclosing class",
               (int)name->name_length, name->name);
    return;
  }
  if (v->location == LOC_REGISTER) emit_op(fs, OP_Ldar, v->index);
  else emit_op(fs, OP_LdaContextSlot, depth, v->index);
}

/* --- optional chains ------------------------------------------------------------------------------ */

typedef struct ChainState {
  Label *nullish; /* where a short-circuit goes (acc = undefined) */
} ChainState;
static ChainState *current_chain;

/* acc is the object of a ?. : short-circuit the whole chain when it is nullish. */
static void chain_check(FunctionState *fs, Node *node) {
  if ((node->flags & NODE_OPTIONAL) && current_chain != NULL) emit_jump(fs, OP_JumpIfNullish, current_chain->nullish);
}

/* --- member access ------------------------------------------------------------------------------ */

static void compile_this(FunctionState *fs, const Node *where) {
  compile_load_variable(fs, "this", 4, where, false);
}

/* acc ← object[key] where the object is already in `object_reg`. */
static void compile_member_load(FunctionState *fs, Node *node, uint32_t object_reg) {
  Node *property = node->b;
  emit_position(fs, node);
  if (property->kind == NODE_PRIVATE_NAME) {
    load_private_name(fs, property);
    emit_op(fs, OP_GetPrivate, object_reg);
  } else if (node->flags & NODE_COMPUTED) {
    compile_expression(fs, property);
    emit_position(fs, node);
    emit_op(fs, OP_GetKeyed, object_reg, emit_feedback(fs, IC_SLOT_SIZE));
  } else {
    emit_op(fs, OP_GetNamed, object_reg, emit_atom_constant(fs, property->name, property->name_length),
            emit_feedback(fs, IC_SLOT_SIZE));
  }
}

/* super[key] (12.3.7): the method's home object's prototype, with `this` as receiver; key_reg
 * holds the key. acc ← the value. */
static void compile_super_load(FunctionState *fs, Node *node, uint32_t key_reg) {
  uint32_t pair = reg_alloc_range(fs, 2);
  load_raw(fs, "%function");
  emit_op(fs, OP_Star, pair);
  compile_this(fs, node);
  emit_op(fs, OP_Star, pair + 1);
  emit_op(fs, OP_Ldar, key_reg);
  emit_position(fs, node);
  emit_op(fs, OP_GetSuper, pair);
  reg_free_to(fs, pair);
}

static void compile_member(FunctionState *fs, Node *node) {
  uint32_t mark = fs->next_register;
  if (node->a->kind == NODE_SUPER) {
    uint32_t key = reg_alloc(fs);
    compile_key_to(fs, node->b, (node->flags & NODE_COMPUTED) != 0, key);
    compile_super_load(fs, node, key);
    reg_free_to(fs, mark);
    return;
  }
  uint32_t object = reg_alloc(fs);
  compile_expression(fs, node->a);
  chain_check(fs, node);
  emit_op(fs, OP_Star, object);
  compile_member_load(fs, node, object);
  reg_free_to(fs, mark);
}

/* --- calls ------------------------------------------------------------------------------------- */

static bool has_spread(NodeList *args) {
  for (Node *a = args->first; a; a = a->next) {
    if (a->kind == NODE_SPREAD) return true;
  }
  return false;
}

/* Builds an array from arguments with spreads into acc. */
static void compile_array_from(FunctionState *fs, NodeList *elements) {
  uint32_t array = reg_alloc(fs);
  emit_op(fs, OP_CreateArray);
  emit_op(fs, OP_Star, array);
  for (Node *e = elements->first; e; e = e->next) {
    if (e->kind == NODE_SPREAD) {
      uint32_t args = reg_alloc_range(fs, 2);
      emit_op(fs, OP_Mov, array, args);
      compile_expression(fs, e->a);
      emit_op(fs, OP_Star, args + 1);
      emit_position(fs, e);
      emit_op(fs, OP_CallLib, LIB_SpreadToArray, args, 2);
      reg_free_to(fs, args);
    } else if (e->kind == NODE_HOLE) {
      emit_op(fs, OP_ArrayHole, array);
    } else {
      compile_expression(fs, e);
      emit_op(fs, OP_ArrayPush, array);
    }
  }
  emit_op(fs, OP_Ldar, array);
  reg_free_to(fs, array);
}

/* Arguments into registers first+1 … (first holds the receiver); returns the count. */
static uint32_t compile_arguments(FunctionState *fs, NodeList *args, uint32_t first) {
  uint32_t count = 0;
  for (Node *a = args->first; a; a = a->next) {
    uint32_t reg = reg_alloc(fs);
    (void)first;
    compile_expression(fs, a);
    emit_op(fs, OP_Star, reg);
    count++;
  }
  return count;
}

static bool is_library_call(FunctionState *fs, Node *callee, int *out_intrinsic) {
  if (fs->compiler->goal != COMPILE_LIBRARY || callee->kind != NODE_IDENTIFIER) return false;
  if (callee->name_length < 2 || callee->name[0] != '$') return false;
  *out_intrinsic = intrinsic_lookup(callee->name + 1, callee->name_length - 1);
  return true;
}

static void compile_super_call(FunctionState *fs, Node *node) {
  uint32_t mark = fs->next_register;
  uint32_t callee = reg_alloc_range(fs, 2);
  load_raw(fs, "%function");
  emit_op(fs, OP_Star, callee);
  load_raw(fs, "new.target");
  emit_op(fs, OP_Star, callee + 1);
  if (has_spread(&node->list)) {
    uint32_t array = reg_alloc(fs);
    compile_array_from(fs, &node->list);
    emit_op(fs, OP_Star, array);
    emit_position(fs, node);
    emit_op(fs, OP_SuperCallSpread, callee, array);
  } else {
    uint32_t first = fs->next_register;
    uint32_t count = compile_arguments(fs, &node->list, first);
    emit_position(fs, node);
    emit_op(fs, OP_SuperCall, callee, first, count);
  }
  /* 13.3.7.1 steps 7-10: bind this (a second super() throws), then initialize fields. */
  uint32_t result = reg_alloc(fs);
  emit_op(fs, OP_Star, result);
  load_raw(fs, "this");
  emit_op(fs, OP_ThrowIfNotHole, emit_string_constant(fs, "this", 4));
  emit_op(fs, OP_Ldar, result);
  store_raw(fs, "this");
  uint32_t fields = reg_alloc_range(fs, 2);
  load_raw(fs, "%function");
  emit_op(fs, OP_Star, fields);
  emit_op(fs, OP_Mov, result, fields + 1);
  emit_op(fs, OP_RunClassFields, fields);
  emit_op(fs, OP_Ldar, result);
  reg_free_to(fs, mark);
}

/* The caller's side of a direct eval (19.2.1.1 with direct = true): every binding the code
 * can see (all in contexts: scope analysis moved them there) as (name, depth, slot | kind << 16)
 * triples, so the eval code can be compiled into the same scopes at run time. */
/* 19.2.1.1 PerformEval steps 5-8: new.target, super and arguments in eval code depend on the
 * function whose `this` the call site sees. */
static unsigned eval_context_flags(FunctionState *fs) {
  FunctionState *t = fs;
  while ((t->flags & CODE_ARROW) && t->parent != NULL) t = t->parent;
  if (t->flags & CODE_CLASS_FIELDS_INIT) return PARSE_EVAL_CLASS_FIELD | PARSE_EVAL_SUPER_PROPERTY | PARSE_EVAL_NEW_TARGET;
  if (t->parent == NULL) {
    if (fs->compiler->is_eval) return fs->compiler->eval_parse_flags; /* eval inside eval */
    return fs->compiler->goal == COMPILE_FUNCTION_BODY ? PARSE_EVAL_NEW_TARGET : 0;
  }
  unsigned flags = PARSE_EVAL_NEW_TARGET;
  if (t->flags & (CODE_METHOD | CODE_GETTER | CODE_SETTER | CODE_CLASS_CONSTRUCTOR)) flags |= PARSE_EVAL_SUPER_PROPERTY;
  if (t->flags & CODE_DERIVED) flags |= PARSE_EVAL_SUPER_CALL;
  return flags;
}

static JSValue eval_scope_descriptor(FunctionState *fs) {
  Heap *heap = fs->compiler->vm->heap;
  uint32_t count = 0;
  for (Scope *s = fs->scope; s != NULL && s->kind != SCOPE_SCRIPT; s = s->parent) {
    for (Variable *v = s->variables; v; v = v->next) count += v->location == LOC_CONTEXT;
  }
  /* (name, depth, slot | kind << 16) triples, then the flags: bit 0 in parameter initializers,
   * and the PARSE_EVAL_* bits of what the eval code may contain */
  GcCell *list = heap_alloc_slots(heap, count * 3 + 1, 0, true);
  if (list == NULL) {
    fs->compiler->status = PT_ENOMEM;
    return JS_UNDEFINED;
  }
  gc_slots(list)->slots[count * 3] = js_from_int32((int32_t)((fs->in_parameters ? 1u : 0u) | eval_context_flags(fs)));
  uint32_t i = 0, depth = 0;
  for (Scope *s = fs->scope; s != NULL && s->kind != SCOPE_SCRIPT; s = s->parent) {
    for (Variable *v = s->variables; v; v = v->next) {
      if (v->location != LOC_CONTEXT) continue;
      JSValue atom;
      if (atom_from_utf8(fs->compiler->vm->cx->atoms, v->name, v->name_length, &atom) != 0) {
        fs->compiler->status = PT_ENOMEM;
        return JS_UNDEFINED;
      }
      gc_store_value(heap, list, &gc_slots(list)->slots[i * 3], atom);
      gc_slots(list)->slots[i * 3 + 1] = js_from_int32((int32_t)depth);
      gc_slots(list)->slots[i * 3 + 2] = js_from_int32((int32_t)(v->index | ((uint32_t)v->kind << 16)));
      i++;
    }
    if (s->has_context) depth++;
  }
  return js_from_cell(JS_TAG_CELL, list);
}

static void compile_call(FunctionState *fs, Node *node) {
  Node *callee = node->a;
  uint32_t mark = fs->next_register;
  int intrinsic;
  if (callee->kind == NODE_SUPER) {
    compile_super_call(fs, node);
    return;
  }
  if (is_library_call(fs, callee, &intrinsic)) {
    if (name_equals(callee->name, callee->name_length, "$Call")) {
      /* $Call(f, this, ...args): a plain call from library code. */
      uint32_t fn = reg_alloc(fs);
      uint32_t first = fs->next_register;
      uint32_t count = compile_arguments(fs, &node->list, first);
      if (count < 2) {
        comp_error(fs->compiler, node, "$Call needs a function and a receiver");
        return;
      }
      emit_op(fs, OP_Mov, first, fn);
      emit_position(fs, node);
      emit_op(fs, OP_Call, fn, first + 1, count - 2, emit_feedback(fs, 1));
      reg_free_to(fs, mark);
      return;
    }
    if (name_equals(callee->name, callee->name_length, "$Arguments")) {
      /* an arguments object made only where the slow path needs one */
      emit_op(fs, OP_CreateArguments, 0);
      return;
    }
    if (name_equals(callee->name, callee->name_length, "$ArgumentCount")) {
      /* the arguments count without an arguments object (hot library paths) */
      emit_op(fs, OP_LdaArgumentCount);
      return;
    }
    if (name_equals(callee->name, callee->name_length, "$GeneratorResume")) {
      uint32_t first = fs->next_register;
      if (compile_arguments(fs, &node->list, first) != 3) {
        comp_error(fs->compiler, node, "$GeneratorResume needs a generator, a value and a mode");
        return;
      }
      emit_position(fs, node);
      emit_op(fs, OP_GeneratorResume, first);
      reg_free_to(fs, mark);
      return;
    }
    if (name_equals(callee->name, callee->name_length, "$CallSpread") ||
        name_equals(callee->name, callee->name_length, "$Construct")) {
      /* $CallSpread(f, this, array) / $Construct(f, array, newTarget) */
      uint32_t first = fs->next_register;
      uint32_t count = compile_arguments(fs, &node->list, first);
      if (count != 3) {
        comp_error(fs->compiler, node, "%.*s needs three arguments", (int)callee->name_length, callee->name);
        return;
      }
      emit_position(fs, node);
      if (callee->name[1] == 'C' && callee->name[2] == 'a') {
        emit_op(fs, OP_CallSpread, first, first + 1, emit_feedback(fs, 1));
      } else {
        emit_op(fs, OP_Ldar, first + 2);
        emit_op(fs, OP_ConstructSpread, first, first + 1, emit_feedback(fs, 1));
      }
      reg_free_to(fs, mark);
      return;
    }
    if (intrinsic < 0) {
      comp_error(fs->compiler, callee, "unknown intrinsic %.*s", (int)callee->name_length, callee->name);
      return;
    }
    uint32_t first = fs->next_register;
    uint32_t count = compile_arguments(fs, &node->list, first);
    if (intrinsic_arity[intrinsic] != 255 && intrinsic_arity[intrinsic] != count) {
      comp_error(fs->compiler, node, "intrinsic %.*s takes %u arguments", (int)callee->name_length, callee->name,
                 intrinsic_arity[intrinsic]);
      return;
    }
    emit_position(fs, node);
    emit_op(fs, OP_CallRuntime, (uint32_t)intrinsic, first, count);
    reg_free_to(fs, mark);
    return;
  }
  uint32_t fn = reg_alloc(fs);
  uint32_t receiver = reg_alloc(fs);
  if (callee->kind == NODE_MEMBER) {
    if (callee->a->kind == NODE_SUPER) {
      uint32_t key = reg_alloc(fs);
      compile_key_to(fs, callee->b, (callee->flags & NODE_COMPUTED) != 0, key);
      compile_super_load(fs, callee, key);
      emit_op(fs, OP_Star, fn);
      compile_this(fs, callee);
      emit_op(fs, OP_Star, receiver);
      reg_free_to(fs, key);
    } else {
      compile_expression(fs, callee->a);
      chain_check(fs, callee);
      emit_op(fs, OP_Star, receiver);
      compile_member_load(fs, callee, receiver);
      emit_op(fs, OP_Star, fn);
    }
  } else if (callee->kind == NODE_IDENTIFIER) {
    load_callee_name(fs, callee, receiver);
    emit_op(fs, OP_Star, fn);
    if (callee->kind == NODE_IDENTIFIER && name_equals(callee->name, callee->name_length, "eval") &&
        fs->compiler->goal != COMPILE_LIBRARY && !has_spread(&node->list) && !(node->flags & NODE_OPTIONAL)) {
      Variable *v = scope_lookup(fs->scope, "eval", 4, NULL, NULL);
      if (v == NULL || v->location == LOC_GLOBAL) {
        JSValue descriptor = eval_scope_descriptor(fs);
        uint32_t count = compile_arguments(fs, &node->list, receiver + 1);
        emit_position(fs, node);
        emit_op(fs, OP_CallEval, fn, receiver, count, emit_constant(fs, descriptor));
        reg_free_to(fs, mark);
        return;
      }
    }
  } else {
    compile_expression(fs, callee);
    emit_op(fs, OP_Star, fn);
    emit_op(fs, OP_LdaUndefined);
    emit_op(fs, OP_Star, receiver);
  }
  if (node->flags & NODE_OPTIONAL) {
    emit_op(fs, OP_Ldar, fn);
    chain_check(fs, node);
  }
  if (has_spread(&node->list)) {
    uint32_t array = reg_alloc(fs);
    compile_array_from(fs, &node->list);
    emit_op(fs, OP_Star, array);
    emit_position(fs, node);
    emit_op(fs, OP_CallSpread, fn, receiver, emit_call_feedback(fs, callee));
  } else {
    uint32_t count = compile_arguments(fs, &node->list, receiver + 1);
    emit_position(fs, node);
    emit_op(fs, OP_Call, fn, receiver, count, emit_call_feedback(fs, callee));
  }
  reg_free_to(fs, mark);
}

static void compile_new(FunctionState *fs, Node *node) {
  uint32_t mark = fs->next_register;
  uint32_t fn = reg_alloc(fs);
  compile_expression(fs, node->a);
  emit_op(fs, OP_Star, fn);
  if (has_spread(&node->list)) {
    uint32_t array = reg_alloc(fs);
    compile_array_from(fs, &node->list);
    emit_op(fs, OP_Star, array);
    emit_op(fs, OP_Ldar, fn);
    emit_position(fs, node);
    emit_op(fs, OP_ConstructSpread, fn, array, emit_call_feedback(fs, node->a));
  } else {
    uint32_t first = fs->next_register;
    uint32_t count = compile_arguments(fs, &node->list, first);
    emit_op(fs, OP_Ldar, fn);
    emit_position(fs, node);
    emit_op(fs, OP_Construct, fn, first, count, emit_call_feedback(fs, node->a));
  }
  reg_free_to(fs, mark);
}

/* --- literals ---------------------------------------------------------------------------------- */

static void compile_object(FunctionState *fs, Node *node) {
  uint32_t mark = fs->next_register;
  uint32_t object = reg_alloc(fs);
  emit_op(fs, OP_CreateObject);
  emit_op(fs, OP_Star, object);
  for (Node *p = node->list.first; p; p = p->next) {
    uint32_t inner = fs->next_register;
    if (p->kind == NODE_SPREAD) {
      uint32_t args = reg_alloc_range(fs, 2);
      emit_op(fs, OP_Mov, object, args);
      compile_expression(fs, p->a);
      emit_op(fs, OP_Star, args + 1);
      emit_position(fs, p);
      emit_op(fs, OP_CallLib, LIB_CopyDataProperties, args, 2);
      reg_free_to(fs, inner);
      continue;
    }
    bool computed = (p->flags & NODE_COMPUTED) != 0;
    /* B.3.1 __proto__: value sets the prototype. */
    if (!computed && p->op == PROP_INIT && !(p->flags & (NODE_SHORTHAND | NODE_METHOD)) &&
        (p->a->kind == NODE_IDENTIFIER || p->a->kind == NODE_STRING) &&
        name_equals(p->a->name, p->a->name_length, "__proto__")) {
      uint32_t args = reg_alloc_range(fs, 2);
      emit_op(fs, OP_Mov, object, args);
      compile_expression(fs, p->b);
      emit_op(fs, OP_Star, args + 1);
      /* 13.2.5.5 step 7: only an object or null becomes the prototype */
      Label *set = label_new(fs), *skip = label_new(fs);
      emit_op(fs, OP_LdaNull);
      emit_op(fs, OP_TestStrictEqual, args + 1, emit_feedback(fs, 1));
      emit_jump(fs, OP_JumpIfTrue, set);
      emit_op(fs, OP_CallRuntime, INTRINSIC_IsObject, args + 1, 1);
      emit_jump(fs, OP_JumpIfFalse, skip);
      label_bind(fs, set);
      emit_op(fs, OP_CallRuntime, INTRINSIC_SetPrototypeOf, args, 2);
      label_bind(fs, skip);
      reg_free_to(fs, inner);
      continue;
    }
    uint32_t key = reg_alloc(fs);
    compile_key_to(fs, p->a, computed, key);
    if (p->op == PROP_GET || p->op == PROP_SET || (p->flags & NODE_METHOD)) {
      compile_function_literal(fs, p->b, NULL);
      emit_op(fs, OP_SetHomeObject, object);
      uint32_t kind = p->op == PROP_GET ? 1 : p->op == PROP_SET ? 2 : 0;
      emit_op(fs, OP_SetFunctionName, key, kind);
      emit_op(fs, OP_DefineMethod, object, key, kind + 4);
    } else {
      if (compile_is_anonymous_function(p->b)) {
        compile_expression(fs, p->b);
        emit_op(fs, OP_SetFunctionName, key, 0);
      } else {
        compile_expression(fs, p->b);
      }
      emit_op(fs, OP_DefineField, object, key);
    }
    reg_free_to(fs, inner);
  }
  emit_op(fs, OP_Ldar, object);
  reg_free_to(fs, mark);
}

static void compile_string_value(FunctionState *fs, const char *text, uint32_t length) {
  emit_op(fs, OP_LdaConstant, emit_string_constant(fs, text, length));
}

void compile_template_literal(FunctionState *fs, Node *node) {
  uint32_t mark = fs->next_register;
  uint32_t result = reg_alloc(fs);
  bool first = true;
  for (Node *part = node->list.first; part; part = part->next) {
    if (part->kind == NODE_TEMPLATE_ELEMENT) {
      if (part->name_length == 0 && !first) continue;
      compile_string_value(fs, part->name ? part->name : "", part->name ? part->name_length : 0);
    } else {
      compile_expression(fs, part);
      emit_position(fs, part);
      emit_op(fs, OP_ToString);
    }
    if (first) {
      emit_op(fs, OP_Star, result);
      first = false;
    } else {
      emit_op(fs, OP_Add, result, emit_feedback(fs, 1));
      emit_op(fs, OP_Star, result);
    }
  }
  emit_op(fs, OP_Ldar, result);
  reg_free_to(fs, mark);
}

/* The constant describing a tagged template's strings: [cooked..., raw...] as one array-like
 * CELL_SLOTS of strings (undefined for invalid cooked escapes). */
static void compile_tagged_template(FunctionState *fs, Node *node) {
  Node *tmpl = node->b;
  uint32_t count = 0;
  for (Node *part = tmpl->list.first; part; part = part->next) {
    if (part->kind == NODE_TEMPLATE_ELEMENT) count++;
  }
  Heap *heap = fs->compiler->vm->heap;
  GcCell *strings = heap_alloc_slots(heap, count * 2, 0, true);
  if (strings == NULL) {
    fs->compiler->status = PT_ENOMEM;
    return;
  }
  uint32_t i = 0;
  for (Node *part = tmpl->list.first; part; part = part->next) {
    if (part->kind != NODE_TEMPLATE_ELEMENT) continue;
    JSValue cooked = JS_UNDEFINED, raw;
    int status = 0;
    if (part->name != NULL) status = str_from_wtf8(heap, part->name, part->name_length, &cooked);
    if (status == 0) status = str_from_utf8(heap, part->raw, part->raw_length, &raw);
    if (status != 0) {
      fs->compiler->status = status;
      return;
    }
    gc_store_value(heap, strings, &gc_slots(strings)->slots[i], cooked);
    gc_store_value(heap, strings, &gc_slots(strings)->slots[count + i], raw);
    i++;
  }
  uint32_t mark = fs->next_register;
  uint32_t fn = reg_alloc(fs), receiver = reg_alloc(fs);
  Node *tag = node->a;
  if (tag->kind == NODE_MEMBER && tag->a->kind != NODE_SUPER) {
    compile_expression(fs, tag->a);
    emit_op(fs, OP_Star, receiver);
    compile_member_load(fs, tag, receiver);
    emit_op(fs, OP_Star, fn);
  } else {
    compile_expression(fs, tag);
    emit_op(fs, OP_Star, fn);
    emit_op(fs, OP_LdaUndefined);
    emit_op(fs, OP_Star, receiver);
  }
  uint32_t site = reg_alloc(fs);
  emit_op(fs, OP_GetTemplateObject, emit_constant(fs, js_from_cell(JS_TAG_CELL, strings)), emit_feedback(fs, 1));
  emit_op(fs, OP_Star, site);
  uint32_t argc = 1;
  for (Node *part = tmpl->list.first; part; part = part->next) {
    if (part->kind == NODE_TEMPLATE_ELEMENT) continue;
    uint32_t reg = reg_alloc(fs);
    compile_expression(fs, part);
    emit_op(fs, OP_Star, reg);
    argc++;
  }
  emit_position(fs, node);
  emit_op(fs, OP_Call, fn, receiver, argc, emit_feedback(fs, 1));
  reg_free_to(fs, mark);
}

/* --- operators --------------------------------------------------------------------------------- */

static int binary_opcode(int token) {
  switch (token) {
    case TOK_PLUS: case TOK_PLUS_ASSIGN: return OP_Add;
    case TOK_MINUS: case TOK_MINUS_ASSIGN: return OP_Sub;
    case TOK_STAR: case TOK_STAR_ASSIGN: return OP_Mul;
    case TOK_SLASH: case TOK_SLASH_ASSIGN: return OP_Div;
    case TOK_PERCENT: case TOK_PERCENT_ASSIGN: return OP_Mod;
    case TOK_STAR_STAR: case TOK_STAR_STAR_ASSIGN: return OP_Exp;
    case TOK_PIPE: case TOK_PIPE_ASSIGN: return OP_BitOr;
    case TOK_AMP: case TOK_AMP_ASSIGN: return OP_BitAnd;
    case TOK_CARET: case TOK_CARET_ASSIGN: return OP_BitXor;
    case TOK_SHL: case TOK_SHL_ASSIGN: return OP_Shl;
    case TOK_SAR: case TOK_SAR_ASSIGN: return OP_Sar;
    case TOK_SHR: case TOK_SHR_ASSIGN: return OP_Shr;
    case TOK_EQ: case TOK_NE: return OP_TestEqual;
    case TOK_EQ_STRICT: case TOK_NE_STRICT: return OP_TestStrictEqual;
    case TOK_LT: return OP_TestLessThan;
    case TOK_GT: return OP_TestGreaterThan;
    case TOK_LE: return OP_TestLessEqual;
    case TOK_GE: return OP_TestGreaterEqual;
    case TOK_INSTANCEOF: return OP_TestInstanceOf;
    case TOK_IN: return OP_TestIn;
    default: return -1;
  }
}

/* Whether evaluating `node` could assign `name` (so an earlier read of it must be copied). */
static bool may_assign(const Node *node, const char *name, uint32_t length) {
  if (node == NULL) return false;
  if ((node->kind == NODE_ASSIGN || node->kind == NODE_UPDATE) && node->a != NULL) {
    const Node *target = node->a;
    if (target->kind != NODE_IDENTIFIER || (target->name_length == length && memcmp(target->name, name, length) == 0)) {
      return true; /* patterns and named targets conservatively */
    }
  }
  if (node->kind == NODE_FUNCTION || node->kind == NODE_CLASS) return false; /* cannot see our registers */
  if (may_assign(node->a, name, length) || may_assign(node->b, name, length) || may_assign(node->c, name, length) ||
      may_assign(node->d, name, length)) {
    return true;
  }
  for (const Node *n = node->list.first; n; n = n->next) {
    if (may_assign(n, name, length)) return true;
  }
  return false;
}

/* The register a plain local lives in, when an operand can be read from it directly (no TDZ
 * check, and `later` does not assign it before the value is used). */
static bool local_register(FunctionState *fs, const Node *operand, const Node *later, uint32_t *out) {
  if (operand->kind != NODE_IDENTIFIER) return false;
  Variable *v = scope_lookup(fs->scope, operand->name, operand->name_length, NULL, NULL);
  if (v == NULL || v->location != LOC_REGISTER || v->tdz) return false;
  if (v->kind != VAR_VAR && v->kind != VAR_PARAM && v->kind != VAR_FUNCTION) return false;
  if (may_assign(later, operand->name, operand->name_length)) return false;
  *out = v->index;
  return true;
}

static void compile_binary(FunctionState *fs, Node *node) {
  uint32_t mark = fs->next_register;
  uint32_t direct;
  if (node->op != TOK_IN && local_register(fs, node->a, node->b, &direct)) {
    /* the left operand is read straight from its register */
    compile_expression(fs, node->b);
    int op = binary_opcode(node->op);
    emit_position(fs, node);
    emit_op(fs, (Opcode)op, direct, emit_feedback(fs, 1));
    if (node->op == TOK_NE || node->op == TOK_NE_STRICT) emit_op(fs, OP_Not);
    return;
  }
  uint32_t left = reg_alloc(fs);
  if (node->op == TOK_IN && node->a->kind == NODE_PRIVATE_NAME) {
    load_private_name(fs, node->a);
    emit_op(fs, OP_Star, left);
    compile_expression(fs, node->b);
    emit_position(fs, node);
    emit_op(fs, OP_TestPrivateIn, left);
    reg_free_to(fs, mark);
    return;
  }
  compile_expression(fs, node->a);
  emit_op(fs, OP_Star, left);
  compile_expression(fs, node->b);
  int op = binary_opcode(node->op);
  if (op < 0) {
    comp_error(fs->compiler, node, "unsupported binary operator");
    return;
  }
  emit_position(fs, node);
  if (op == OP_TestEqual || op == OP_TestStrictEqual || op == OP_TestLessThan || op == OP_TestGreaterThan ||
      op == OP_TestLessEqual || op == OP_TestGreaterEqual || op == OP_TestInstanceOf || op == OP_TestIn ||
      op == OP_Add || op == OP_Sub || op == OP_Mul || op == OP_Div || op == OP_Mod || op == OP_Exp ||
      op == OP_BitOr || op == OP_BitAnd || op == OP_BitXor || op == OP_Shl || op == OP_Sar || op == OP_Shr) {
    emit_op(fs, (Opcode)op, left, emit_feedback(fs, 1));
  }
  if (node->op == TOK_NE || node->op == TOK_NE_STRICT) emit_op(fs, OP_Not);
  reg_free_to(fs, mark);
}

static void compile_logical(FunctionState *fs, Node *node) {
  Label *end = label_new(fs);
  compile_expression(fs, node->a);
  if (node->op == TOK_AND) emit_jump(fs, OP_JumpIfFalse, end);
  else if (node->op == TOK_OR) emit_jump(fs, OP_JumpIfTrue, end);
  else emit_jump(fs, OP_JumpIfNotNullish, end);
  compile_expression(fs, node->b);
  label_bind(fs, end);
}

static void compile_unary(FunctionState *fs, Node *node) {
  switch (node->op) {
    case TOK_TYPEOF:
      if (node->a->kind == NODE_IDENTIFIER) {
        compile_load_variable(fs, node->a->name, node->a->name_length, node->a, true);
      } else {
        compile_expression(fs, node->a);
      }
      emit_op(fs, OP_TypeOf);
      return;
    case TOK_DELETE: {
      Node *target = node->a;
      while (target->kind == NODE_CHAIN) target = target->a;
      if (target->kind == NODE_MEMBER && target->a->kind != NODE_SUPER) {
        uint32_t mark = fs->next_register;
        uint32_t object = reg_alloc(fs);
        compile_expression(fs, target->a);
        emit_op(fs, OP_Star, object);
        if (target->flags & NODE_COMPUTED) {
          compile_expression(fs, target->b);
        } else {
          emit_op(fs, OP_LdaConstant, emit_atom_constant(fs, target->b->name, target->b->name_length));
        }
        emit_position(fs, node);
        emit_op(fs, OP_Delete, object);
        reg_free_to(fs, mark);
      } else if (target->kind == NODE_MEMBER) {
        compile_expression(fs, target->b);
        emit_op(fs, OP_ThrowError, ERROR_REFERENCE, emit_string_constant(fs, "Unsupported reference to 'super'", 32));
      } else if (target->kind == NODE_IDENTIFIER) {
        /* Sloppy delete of a name: true unless it is a declared binding. */
        Variable *v = scope_lookup(fs->scope, target->name, target->name_length, NULL, NULL);
        Label *done = label_new(fs);
        emit_with_checks(fs, target->name, target->name_length, v, WITH_DELETE, 0, 0, done);
        if (v != NULL && v->location != LOC_GLOBAL) {
          emit_op(fs, OP_LdaFalse);
        } else {
          uint32_t mark = fs->next_register;
          uint32_t global = reg_alloc(fs);
          emit_op(fs, OP_CallRuntime, INTRINSIC_GlobalObject, 0, 0);
          emit_op(fs, OP_Star, global);
          emit_op(fs, OP_LdaConstant, emit_atom_constant(fs, target->name, target->name_length));
          emit_op(fs, OP_Delete, global);
          reg_free_to(fs, mark);
        }
        label_bind(fs, done);
      } else {
        compile_expression(fs, target);
        emit_op(fs, OP_LdaTrue);
      }
      return;
    }
    default: break;
  }
  compile_expression(fs, node->a);
  emit_position(fs, node);
  switch (node->op) {
    case TOK_MINUS: emit_op(fs, OP_Negate, emit_feedback(fs, 1)); break;
    case TOK_PLUS: emit_op(fs, OP_ToNumber); break;
    case TOK_BANG: emit_op(fs, OP_Not); break;
    case TOK_TILDE: emit_op(fs, OP_BitNot, emit_feedback(fs, 1)); break;
    case TOK_VOID: emit_op(fs, OP_LdaUndefined); break;
    default: comp_error(fs->compiler, node, "unsupported unary operator"); break;
  }
}

/* A reference to assign through: its parts evaluated once into registers. */
typedef struct Reference {
  enum { REF_NAME, REF_NAMED, REF_KEYED, REF_PRIVATE, REF_SUPER } kind;
  Node *node;
  uint32_t object, key;
} Reference;

/* loads_first: the reference is read before it is written (compound assignment, ++/--), so
 * GetValue's ToObject(base) comes before the key's ToPropertyKey (6.2.5.5). */
static void reference_prepare(FunctionState *fs, Node *target, Reference *ref, bool loads_first) {
  ref->node = target;
  if (target->kind == NODE_IDENTIFIER) {
    ref->kind = REF_NAME;
    return;
  }
  if (target->kind != NODE_MEMBER) {
    ref->kind = REF_NAME;
    comp_error(fs->compiler, target, "Invalid left-hand side in assignment");
    return;
  }
  if (target->a->kind == NODE_SUPER) {
    ref->kind = REF_SUPER;
    ref->key = reg_alloc(fs);
    compile_key_to(fs, target->b, (target->flags & NODE_COMPUTED) != 0, ref->key);
    return;
  }
  ref->object = reg_alloc(fs);
  compile_expression(fs, target->a);
  emit_op(fs, OP_Star, ref->object);
  if (target->b->kind == NODE_PRIVATE_NAME) {
    ref->kind = REF_PRIVATE;
    ref->key = reg_alloc(fs);
    load_private_name(fs, target->b);
    emit_op(fs, OP_Star, ref->key);
  } else if (target->flags & NODE_COMPUTED) {
    ref->kind = REF_KEYED;
    ref->key = reg_alloc(fs);
    compile_expression(fs, target->b);
    if (loads_first) emit_op(fs, OP_ThrowIfNullishBase, ref->object);
    emit_op(fs, OP_ToPropertyKey);
    emit_op(fs, OP_Star, ref->key);
  } else {
    ref->kind = REF_NAMED;
  }
}

static void reference_load(FunctionState *fs, Reference *ref) {
  Node *t = ref->node;
  emit_position(fs, t);
  switch (ref->kind) {
    case REF_NAME: compile_load_variable(fs, t->name, t->name_length, t, false); break;
    case REF_NAMED:
      emit_op(fs, OP_GetNamed, ref->object, emit_atom_constant(fs, t->b->name, t->b->name_length), emit_feedback(fs, IC_SLOT_SIZE));
      break;
    case REF_KEYED:
      emit_op(fs, OP_Ldar, ref->key);
      emit_op(fs, OP_GetKeyed, ref->object, emit_feedback(fs, IC_SLOT_SIZE));
      break;
    case REF_PRIVATE:
      emit_op(fs, OP_Ldar, ref->key);
      emit_op(fs, OP_GetPrivate, ref->object);
      break;
    case REF_SUPER: compile_super_load(fs, t, ref->key); break;
  }
}

/* Stores acc; acc is preserved. */
static void reference_store(FunctionState *fs, Reference *ref) {
  Node *t = ref->node;
  emit_position(fs, t);
  switch (ref->kind) {
    case REF_NAME: compile_store_variable(fs, t->name, t->name_length, t, false); break;
    case REF_NAMED:
      emit_op(fs, OP_SetNamed, ref->object, emit_atom_constant(fs, t->b->name, t->b->name_length), emit_feedback(fs, IC_SLOT_SIZE));
      break;
    case REF_KEYED: emit_op(fs, OP_SetKeyed, ref->object, ref->key, emit_feedback(fs, IC_SLOT_SIZE)); break;
    case REF_PRIVATE: emit_op(fs, OP_SetPrivate, ref->object, ref->key); break;
    case REF_SUPER: {
      uint32_t pair = reg_alloc_range(fs, 2), value = reg_alloc(fs);
      emit_op(fs, OP_Star, value);
      load_raw(fs, "%function");
      emit_op(fs, OP_Star, pair);
      compile_this(fs, t);
      emit_op(fs, OP_Star, pair + 1);
      emit_op(fs, OP_Ldar, value);
      emit_op(fs, OP_SetSuper, pair, ref->key);
      reg_free_to(fs, pair);
      break;
    }
  }
}

/* A destructuring target super.x / super[k]: the value in value_reg stored through the home
 * object's prototype with this as receiver (the same path as `super.x = v`). */
void compile_store_super_member(FunctionState *fs, Node *target, uint32_t value_reg) {
  uint32_t mark = fs->next_register;
  Reference ref;
  reference_prepare(fs, target, &ref, false);
  emit_op(fs, OP_Ldar, value_reg);
  reference_store(fs, &ref);
  reg_free_to(fs, mark);
}

static void compile_assign(FunctionState *fs, Node *node) {
  Node *target = node->a;
  uint32_t mark = fs->next_register;
  if (node->op == TOK_ASSIGN && (target->kind == NODE_OBJECT_PATTERN || target->kind == NODE_ARRAY_PATTERN ||
                                 target->kind == NODE_OBJECT || target->kind == NODE_ARRAY)) {
    uint32_t value = reg_alloc(fs);
    compile_expression(fs, node->b);
    emit_op(fs, OP_Star, value);
    compile_assign_to_pattern(fs, target, value, VAR_VAR, false);
    emit_op(fs, OP_Ldar, value);
    reg_free_to(fs, mark);
    return;
  }
  Reference ref;
  reference_prepare(fs, target, &ref, node->op != TOK_ASSIGN);
  if (node->op == TOK_ASSIGN) {
    if (ref.kind == REF_NAME) compile_named_evaluation(fs, node->b, target->name, target->name_length);
    else compile_expression(fs, node->b);
    reference_store(fs, &ref);
  } else if (node->op == TOK_AND_ASSIGN || node->op == TOK_OR_ASSIGN || node->op == TOK_NULLISH_ASSIGN) {
    Label *end = label_new(fs);
    reference_load(fs, &ref);
    if (node->op == TOK_AND_ASSIGN) emit_jump(fs, OP_JumpIfFalse, end);
    else if (node->op == TOK_OR_ASSIGN) emit_jump(fs, OP_JumpIfTrue, end);
    else emit_jump(fs, OP_JumpIfNotNullish, end);
    if (ref.kind == REF_NAME) compile_named_evaluation(fs, node->b, target->name, target->name_length);
    else compile_expression(fs, node->b);
    reference_store(fs, &ref);
    label_bind(fs, end);
  } else {
    uint32_t old = reg_alloc(fs);
    reference_load(fs, &ref);
    emit_op(fs, OP_Star, old);
    compile_expression(fs, node->b);
    emit_position(fs, node);
    emit_op(fs, (Opcode)binary_opcode(node->op), old, emit_feedback(fs, 1));
    reference_store(fs, &ref);
  }
  reg_free_to(fs, mark);
}

static void compile_update(FunctionState *fs, Node *node) {
  uint32_t mark = fs->next_register;
  Reference ref;
  reference_prepare(fs, node->a, &ref, true);
  reference_load(fs, &ref);
  emit_position(fs, node);
  emit_op(fs, OP_ToNumeric, emit_feedback(fs, 1));
  uint32_t old = reg_alloc(fs);
  if (!(node->flags & NODE_PREFIX)) emit_op(fs, OP_Star, old);
  emit_op(fs, node->op == TOK_INC ? OP_Inc : OP_Dec, emit_feedback(fs, 1));
  reference_store(fs, &ref);
  if (!(node->flags & NODE_PREFIX)) emit_op(fs, OP_Ldar, old);
  reg_free_to(fs, mark);
}

static void compile_regexp(FunctionState *fs, Node *node) {
  const char *text = fs->compiler->source;
  uint32_t pattern_start = node->start + 1, pattern_end = node->pattern_end;
  uint32_t flags_start = node->pattern_end + 1;
  JSValue pattern, flags;
  Heap *heap = fs->compiler->vm->heap;
  /* WTF-8: a lone surrogate in the source (eval of a string) stays one unit */
  int status = str_from_wtf8(heap, text + pattern_start, pattern_end - pattern_start, &pattern);
  if (status == 0) status = str_from_utf8(heap, text + flags_start, node->end - flags_start, &flags);
  if (status != 0) {
    fs->compiler->status = status;
    return;
  }
  emit_position(fs, node);
  emit_op(fs, OP_CreateRegExp, emit_constant(fs, pattern), emit_constant(fs, flags));
}

/* 13.3.10.1 import(specifier, options): the loader does the rest (and rejects rather than
 * throws); the referrer is this script or module, by name. */
static void compile_import_call(FunctionState *fs, Node *node) {
  uint32_t args = reg_alloc_range(fs, 3);
  compile_expression_to(fs, node->a, args);
  if (node->b) compile_expression_to(fs, node->b, args + 1);
  else {
    emit_op(fs, OP_LdaUndefined);
    emit_op(fs, OP_Star, args + 1);
  }
  emit_op(fs, OP_LdaConstant, emit_constant(fs, fs->compiler->script->name));
  emit_op(fs, OP_Star, args + 2);
  emit_position(fs, node);
  emit_op(fs, OP_CallLib, LIB_DynamicImport, args, 3);
  reg_free_to(fs, args);
}

/* A BigInt literal (12.9.3 NumericLiteral with its `n`; the parser validated the digits
 * and separators) becomes a BigInt constant. */
static void compile_bigint(FunctionState *fs, Node *node) {
  const char *text = fs->compiler->source + node->start;
  size_t length = node->end - node->start - 1; /* without the n */
  int radix = 10;
  if (length > 2 && text[0] == '0') {
    char prefix = (char)(text[1] | 0x20);
    radix = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 10;
    if (radix != 10) {
      text += 2;
      length -= 2;
    }
  }
  char *digits = malloc(length + 1);
  uint32_t *limbs = malloc(bigint_from_string_max_length(length) * sizeof *limbs);
  size_t count = 0;
  for (size_t i = 0; digits != NULL && i < length; i++) {
    if (text[i] != '_') digits[count++] = text[i];
  }
  BigIntBuffer buffer = {limbs, 0, false};
  JSValue value = JS_UNDEFINED;
  int status = digits == NULL || limbs == NULL ? PT_ENOMEM : 0;
  if (status == 0) {
    BigIntStatus parsed = bigint_from_digits(digits, count, radix, BIGINT_CELL_MAX_LENGTH, &buffer);
    status = parsed == BIGINT_OK ? bigint_cell_new(fs->compiler->vm->heap, bigint_view(&buffer), &value)
             : parsed == BIGINT_OUT_OF_MEMORY ? PT_ENOMEM : PT_E2BIG;
  }
  free(digits);
  free(limbs);
  if (status == PT_E2BIG) {
    comp_error(fs->compiler, node, "Maximum BigInt size exceeded");
    return;
  }
  if (status != 0) {
    fs->compiler->status = status;
    return;
  }
  emit_op(fs, OP_LdaConstant, emit_constant(fs, value));
}

/* An expression whose value nobody reads: `i++` needs no copy of the old value. */
void compile_expression_unused(FunctionState *fs, Node *node) {
  if (node != NULL && node->kind == NODE_UPDATE && !(node->flags & NODE_PREFIX)) {
    node->flags |= NODE_PREFIX;
    compile_expression(fs, node);
    node->flags &= ~(uint32_t)NODE_PREFIX;
    return;
  }
  compile_expression(fs, node);
}

void compile_expression_to(FunctionState *fs, Node *node, uint32_t reg) {
  compile_expression(fs, node);
  emit_op(fs, OP_Star, reg);
}

void compile_expression(FunctionState *fs, Node *node) {
  if (fs->compiler->status != 0 || node == NULL) return;
  switch (node->kind) {
    case NODE_NUMBER: load_number(fs, number_literal(fs, node)); break;
    case NODE_STRING: compile_string_value(fs, node->name, node->name_length); break;
    case NODE_TEMPLATE: compile_template_literal(fs, node); break;
    case NODE_TAGGED_TEMPLATE: compile_tagged_template(fs, node); break;
    case NODE_REGEXP: compile_regexp(fs, node); break;
    case NODE_BIGINT: compile_bigint(fs, node); break;
    case NODE_NULL: emit_op(fs, OP_LdaNull); break;
    case NODE_TRUE: emit_op(fs, OP_LdaTrue); break;
    case NODE_FALSE: emit_op(fs, OP_LdaFalse); break;
    case NODE_THIS: compile_this(fs, node); break;
    case NODE_IDENTIFIER: compile_load_variable(fs, node->name, node->name_length, node, false); break;
    case NODE_ARRAY: {
      uint32_t mark = fs->next_register;
      compile_array_from(fs, &node->list);
      reg_free_to(fs, mark);
      break;
    }
    case NODE_OBJECT: compile_object(fs, node); break;
    case NODE_FUNCTION: compile_function_literal(fs, node, NULL); break;
    case NODE_CLASS: compile_class(fs, node); break;
    case NODE_UNARY: compile_unary(fs, node); break;
    case NODE_UPDATE: compile_update(fs, node); break;
    case NODE_BINARY: compile_binary(fs, node); break;
    case NODE_LOGICAL: compile_logical(fs, node); break;
    case NODE_ASSIGN: compile_assign(fs, node); break;
    case NODE_CONDITIONAL: {
      Label *otherwise = label_new(fs), *end = label_new(fs);
      compile_expression(fs, node->a);
      emit_jump(fs, OP_JumpIfFalse, otherwise);
      compile_expression(fs, node->b);
      emit_jump(fs, OP_Jump, end);
      label_bind(fs, otherwise);
      compile_expression(fs, node->c);
      label_bind(fs, end);
      break;
    }
    case NODE_CALL: compile_call(fs, node); break;
    case NODE_NEW: compile_new(fs, node); break;
    case NODE_MEMBER: compile_member(fs, node); break;
    case NODE_CHAIN: {
      ChainState chain = {label_new(fs)}, *saved = current_chain;
      Label *end = label_new(fs);
      current_chain = &chain;
      compile_expression(fs, node->a);
      current_chain = saved;
      emit_jump(fs, OP_Jump, end);
      label_bind(fs, chain.nullish);
      emit_op(fs, OP_LdaUndefined);
      label_bind(fs, end);
      break;
    }
    case NODE_SEQUENCE:
      for (Node *e = node->list.first; e; e = e->next) compile_expression(fs, e);
      break;
    case NODE_NEW_TARGET: compile_load_variable(fs, "new.target", 10, node, false); break;
    case NODE_SPREAD: comp_error(fs->compiler, node, "Unexpected spread"); break;
    case NODE_YIELD: compile_yield(fs, node); break;
    case NODE_AWAIT: compile_await(fs, node); break;
    case NODE_IMPORT_CALL: compile_import_call(fs, node); break;
    case NODE_IMPORT_META: compile_load_variable(fs, "%meta", 5, node, false); break;
    default: comp_error(fs->compiler, node, "unsupported expression %s", ast_kind_name(node->kind)); break;
  }
}
