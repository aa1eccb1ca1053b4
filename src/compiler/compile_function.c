/* Code generation for functions (prologue: registers, context, parameters, implicit
 * bindings), classes (constructor, methods, fields as initializer closures), destructuring
 * patterns, and the program's top level. */
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "compiler/compiler_internal.h"
#include "objects/atom.h"
#include "objects/string.h"

static int compile_program(Vm *vm, Script *script, Node *program, CompileGoal goal, JSValue descriptor, JSValue *out);

static void state_init(FunctionState *fs, Compiler *c, FunctionState *parent, FunctionInfo *info) {
  memset(fs, 0, sizeof *fs);
  fs->compiler = c;
  fs->parent = parent;
  fs->info = info;
  fs->scope = info->scope->parent;
}

static void state_free(FunctionState *fs) {
  free(fs->code);
  free(fs->constants);
  free(fs->handlers);
  free(fs->positions);
  free(fs->feedback_init);
}

static void store_into(FunctionState *fs, Variable *v) {
  if (v == NULL) return;
  if (v->location == LOC_REGISTER) emit_op(fs, OP_Star, v->index);
  else if (v->location == LOC_CONTEXT) emit_op(fs, OP_StaContextSlot, 0, v->index);
}

static bool params_simple(Node *node) { return node->kind != NODE_FUNCTION || (node->flags & NODE_SIMPLE_PARAMS); }

/* 10.4.4.7 CreateMappedArgumentsObject: each parameter's context slot (scope analysis put
 * them all in the context), the last of repeated names winning. */
static void emit_mapped_arguments(FunctionState *fs, Node *node) {
  uint32_t count = 0;
  for (Node *p = node->list.first; p; p = p->next) count++;
  GcCell *list = heap_alloc_slots(fs->compiler->vm->heap, count, 0, true);
  if (list == NULL) {
    fs->compiler->status = PT_ENOMEM;
    return;
  }
  uint32_t i = 0;
  for (Node *p = node->list.first; p; p = p->next, i++) {
    Variable *v = scope_find_local(fs->info->scope, p->name, p->name_length);
    bool later = false;
    for (Node *q = p->next; q; q = q->next) {
      later = later || (q->name_length == p->name_length && memcmp(q->name, p->name, p->name_length) == 0);
    }
    bool mapped = v != NULL && v->location == LOC_CONTEXT && !later;
    gc_slots(list)->slots[i] = js_from_int32(mapped ? (int32_t)v->index : -1);
  }
  emit_op(fs, OP_CreateMappedArguments, emit_constant(fs, js_from_cell(JS_TAG_CELL, list)));
}

/* Registers, context and implicit bindings of a function's own scope. */
static void compile_prologue(FunctionState *fs, Node *node, uint32_t *out_parameter_count, uint32_t *out_length) {
  FunctionInfo *info = fs->info;
  Scope *scope = info->scope;
  uint32_t count = 0, length = 0;
  bool simple = params_simple(node);
  bool seen_default = false;
  if (node->kind == NODE_FUNCTION) {
    for (Node *p = node->list.first; p; p = p->next) {
      if (p->kind == NODE_REST) break;
      count++;
      if (p->kind == NODE_ASSIGN_PATTERN || p->kind == NODE_ASSIGN) seen_default = true;
      if (!seen_default) length++;
    }
  } else if (node->kind == NODE_PROGRAM && fs->compiler->goal == COMPILE_FUNCTION_BODY && info->parent == NULL) {
    count = 5;
  } else if (node->kind == NODE_PROGRAM && fs->compiler->goal == COMPILE_LIBRARY && info->parent == NULL) {
    count = 1;
  }
  fs->next_register = fs->register_count = 1 + count;
  if (info->this_var && !info->this_var->captured) {
    info->this_var->location = LOC_REGISTER;
    info->this_var->index = 0;
  }
  if (simple) {
    uint32_t i = 1;
    if (node->kind == NODE_FUNCTION) {
      for (Node *p = node->list.first; p; p = p->next, i++) {
        Variable *v = scope_find_local(scope, p->name, p->name_length);
        if (v && !v->captured) {
          v->location = LOC_REGISTER;
          v->index = i;
        }
      }
    } else {
      for (Variable *v = scope->variables; v; v = v->next) {
        if (v->kind == VAR_PARAM && !v->captured) {
          v->location = LOC_REGISTER;
          v->index = i++;
        } else if (v->kind == VAR_PARAM) {
          i++;
        }
      }
    }
  }
  compile_enter_scope(fs, scope);
  /* Copy what the frame holds into the context for captured bindings. */
  if (info->this_var && info->this_var->captured) {
    emit_op(fs, OP_Ldar, 0);
    store_into(fs, info->this_var);
  }
  if (simple) {
    uint32_t i = 1;
    if (node->kind == NODE_FUNCTION) {
      for (Node *p = node->list.first; p; p = p->next, i++) {
        Variable *v = scope_find_local(scope, p->name, p->name_length);
        if (v && v->captured) {
          emit_op(fs, OP_Ldar, i);
          store_into(fs, v);
        }
      }
    } else {
      for (Variable *v = scope->variables; v; v = v->next) {
        if (v->kind != VAR_PARAM) continue;
        if (v->captured) {
          emit_op(fs, OP_Ldar, i);
          store_into(fs, v);
        }
        i++;
      }
    }
  }
  for (Variable *v = scope->variables; v; v = v->next) {
    switch (v->kind) {
      case VAR_CALLEE:
      case VAR_FUNCTION_SELF: emit_op(fs, OP_LdaCallee); store_into(fs, v); break;
      case VAR_NEW_TARGET: emit_op(fs, OP_LdaNewTarget); store_into(fs, v); break;
      case VAR_ARGUMENTS:
        if (!info->strict && simple && node->kind == NODE_FUNCTION) emit_mapped_arguments(fs, node);
        else emit_op(fs, OP_CreateArguments, 0u);
        store_into(fs, v);
        break;
      default: break;
    }
  }
  if ((fs->flags & CODE_ASYNC) && !(fs->flags & CODE_GENERATOR)) {
    /* 27.7.5.1 AsyncFunctionStart and 10.2.1.4: the promise exists before the parameters are
     * bound, so a throw while binding them rejects it */
    fs->generator_register = reg_alloc_range(fs, 3);
    fs->async_context = reg_alloc(fs);
    emit_op(fs, OP_CallLib, LIB_AsyncEnter, 0, 0);
    emit_op(fs, OP_Star, fs->generator_register + 2);
    emit_op(fs, OP_AsyncStart, fs->generator_register);
    emit_op(fs, OP_SaveContext, fs->async_context);
    fs->async_start = emit_here(fs);
  }
  if (!simple) {
    /* Parameters with defaults or patterns bind left to right from the raw arguments. */
    fs->in_parameters = true;
    uint32_t i = 1;
    for (Node *p = node->list.first; p; p = p->next, i++) {
      if (p->kind == NODE_REST) {
        uint32_t rest = reg_alloc(fs);
        emit_op(fs, OP_CreateRest, i - 1);
        emit_op(fs, OP_Star, rest);
        compile_assign_to_pattern(fs, p->a, rest, VAR_LET, true);
        break;
      }
      compile_assign_to_pattern(fs, p, i, VAR_LET, true);
    }
    fs->in_parameters = false;
  } else if (node->kind == NODE_FUNCTION && node->list.last && node->list.last->kind == NODE_REST) {
    /* unreachable: a rest parameter makes the list non-simple */
  }
  if (info->body_scope != scope) {
    /* 10.2.11 step 28.f: a body var named like a parameter starts with its value; the values
     * are read before the body's context is pushed */
    uint32_t copies = fs->next_register;
    uint32_t copy_count = 0;
    for (Variable *v = info->body_scope->variables; v; v = v->next) {
      Variable *param = v->kind == VAR_VAR ? scope_find_local(scope, v->name, v->name_length) : NULL;
      if (param == NULL || param->kind != VAR_PARAM) continue;
      compile_load_variable(fs, v->name, v->name_length, NULL, false);
      emit_op(fs, OP_Star, reg_alloc(fs));
      copy_count++;
    }
    compile_enter_scope(fs, info->body_scope);
    uint32_t i = 0;
    for (Variable *v = info->body_scope->variables; v; v = v->next) {
      Variable *param = v->kind == VAR_VAR ? scope_find_local(scope, v->name, v->name_length) : NULL;
      if (param == NULL || param->kind != VAR_PARAM) continue;
      emit_op(fs, OP_Ldar, copies + i++);
      compile_store_variable(fs, v->name, v->name_length, NULL, true);
    }
    (void)copy_count;
  }
  *out_parameter_count = count;
  *out_length = length;
}

static int compile_function_code(FunctionState *parent, Node *node, JSValue name, uint32_t extra_flags, JSValue *out) {
  Compiler *c = parent->compiler;
  FunctionInfo *info = function_of(c, node);
  if (info == NULL) return comp_error(c, node, "internal error: no scope for function");
  FunctionState fs;
  state_init(&fs, c, parent, info);
  fs.flags = extra_flags | (info->strict ? CODE_STRICT : 0);
  if (node->flags & NODE_ARROW) fs.flags |= CODE_ARROW;
  if (node->flags & NODE_GENERATOR) fs.flags |= CODE_GENERATOR;
  if (node->flags & NODE_ASYNC) fs.flags |= CODE_ASYNC;
  if (c->goal == COMPILE_LIBRARY) fs.flags |= CODE_LIBRARY;

  if (!(fs.flags & (CODE_ARROW | CODE_METHOD | CODE_GETTER | CODE_SETTER | CODE_GENERATOR | CODE_ASYNC))) {
    fs.flags |= CODE_CONSTRUCTOR;
  }
  uint32_t parameter_count, length;
  compile_prologue(&fs, node, &parameter_count, &length);
  if (fs.flags & CODE_GENERATOR) fs.generator_register = reg_alloc_range(&fs, 2);
  /* 27.7.5.1 AsyncFunctionStart: the promise first, then the body as a suspendable frame
   * inside a region whose exceptions reject the promise */
  uint32_t async_start = fs.async_start, async_context = fs.async_context;
  if ((fs.flags & CODE_ASYNC) && (fs.flags & CODE_GENERATOR)) async_context = reg_alloc(&fs);
  if (fs.flags & CODE_CLASS_CONSTRUCTOR && !(fs.flags & CODE_DERIVED)) {
    uint32_t r = reg_alloc_range(&fs, 2);
    emit_op(&fs, OP_LdaCallee);
    emit_op(&fs, OP_Star, r);
    emit_op(&fs, OP_Mov, 0, r + 1);
    emit_op(&fs, OP_RunClassFields, r);
  }
  Node *body = node->b;
  if (node->flags & NODE_EXPRESSION_BODY) {
    compile_expression(&fs, body);
    if (fs.flags & CODE_ASYNC) emit_async_settle_and_return(&fs, false);
    else emit_op(&fs, OP_Return);
  } else {
    compile_hoist_functions(&fs, &body->list);
    /* 27.5.3.1 / 15.5.2: the generator object exists once the arguments are bound */
    if (fs.flags & CODE_GENERATOR) emit_op(&fs, OP_GeneratorStart, fs.generator_register);
    if ((fs.flags & CODE_GENERATOR) && (fs.flags & CODE_ASYNC)) {
      /* an async generator's body runs inside a region whose exceptions reject the request */
      emit_op(&fs, OP_SaveContext, async_context);
      async_start = emit_here(&fs);
    }
    compile_statements(&fs, &body->list);
    emit_op(&fs, OP_LdaUndefined);
    if (info->derived) {
      uint32_t this_reg = reg_alloc(&fs);
      uint32_t depth = 0;
      Variable *v = scope_lookup(fs.scope, "this", 4, &depth, NULL);
      if (v && v->location == LOC_REGISTER) emit_op(&fs, OP_Ldar, v->index);
      else if (v) emit_op(&fs, OP_LdaContextSlot, depth, v->index);
      emit_op(&fs, OP_Star, this_reg);
      emit_op(&fs, OP_LdaUndefined);
      emit_op(&fs, OP_CheckDerivedReturn, this_reg);
    }
    if ((fs.flags & CODE_ASYNC) && (fs.flags & CODE_GENERATOR)) emit_async_generator_complete(&fs, false);
    else if (fs.flags & CODE_ASYNC) emit_async_settle_and_return(&fs, false);
    else emit_op(&fs, OP_Return);
  }
  if (fs.flags & CODE_ASYNC) {
    uint32_t async_end = emit_here(&fs);
    uint32_t handler = emit_here(&fs);
    if (fs.flags & CODE_GENERATOR) emit_async_generator_complete(&fs, true);
    else emit_async_settle_and_return(&fs, true);
    emit_handler(&fs, async_start, async_end, handler, async_context);
  }
  int status = comp_finish_function(&fs, name, parameter_count, length, out);
  state_free(&fs);
  return status;
}

static JSValue empty_name(Compiler *c) { return c->vm->roots[VM_ROOT_EMPTY_STRING]; }

static JSValue node_name(Compiler *c, Node *id) {
  if (id == NULL) return empty_name(c);
  JSValue atom;
  if (atom_from_utf8(c->vm->cx->atoms, id->name, id->name_length, &atom) != 0) {
    c->status = PT_ENOMEM;
    return empty_name(c);
  }
  return atom;
}

void compile_function_literal(FunctionState *fs, Node *node, JSValue *name_hint_atom) {
  Compiler *c = fs->compiler;
  if (c->status != 0) return;
  JSValue name = node->a ? node_name(c, node->a) : name_hint_atom ? *name_hint_atom : empty_name(c);
  uint32_t flags = (node->flags & NODE_METHOD) ? CODE_METHOD : 0;
  JSValue code;
  if (compile_function_code(fs, node, name, flags, &code) != 0) return;
  emit_op(fs, OP_CreateClosure, emit_constant(fs, code));
}

/* --- classes ----------------------------------------------------------------------------------- */

/* The constructor a class without one gets (10.2.1 / 15.7.14 step 14): written directly in
 * bytecode. Derived: super(...arguments) semantics over the rest array. */
static int default_constructor(FunctionState *parent, Node *class_node, JSValue name, bool derived, JSValue *out) {
  Compiler *c = parent->compiler;
  FunctionInfo info = {.node = class_node, .strict = true};
  Scope scope = {.kind = SCOPE_FUNCTION, .parent = parent->scope, .function = &info};
  info.scope = info.body_scope = &scope;
  FunctionState fs;
  state_init(&fs, c, parent, &info);
  fs.flags = CODE_STRICT | CODE_CLASS_CONSTRUCTOR | CODE_CONSTRUCTOR | (derived ? CODE_DERIVED : 0);
  fs.next_register = fs.register_count = 1;
  uint32_t r = reg_alloc_range(&fs, 3);
  if (derived) {
    emit_op(&fs, OP_LdaCallee);
    emit_op(&fs, OP_Star, r);
    emit_op(&fs, OP_LdaNewTarget);
    emit_op(&fs, OP_Star, r + 1);
    emit_op(&fs, OP_CreateRest, 0);
    emit_op(&fs, OP_Star, r + 2);
    emit_position(&fs, class_node);
    emit_op(&fs, OP_SuperCallSpread, r, r + 2);
    emit_op(&fs, OP_Star, 0);
  }
  emit_op(&fs, OP_LdaCallee);
  emit_op(&fs, OP_Star, r);
  emit_op(&fs, OP_Mov, 0, r + 1);
  emit_op(&fs, OP_RunClassFields, r);
  if (derived) emit_op(&fs, OP_Ldar, 0);
  else emit_op(&fs, OP_LdaUndefined);
  emit_op(&fs, OP_Return);
  int status = comp_finish_function(&fs, name, 0, 0, out);
  state_free(&fs);
  return status;
}

/* acc ← a private name's symbol (its class-scope variable). */
static void load_private(FunctionState *fs, Node *key) {
  uint32_t length;
  const char *name = private_variable_name(fs->compiler, key, &length);
  compile_load_variable(fs, name, length, key, false);
}

/* Puts an element's key into `reg`: a private symbol, an atom, or a computed key. */
static void class_key_to(FunctionState *fs, Node *member, uint32_t reg) {
  Node *key = member->a;
  if (key->kind == NODE_PRIVATE_NAME) {
    load_private(fs, key);
  } else if (member->flags & NODE_COMPUTED) {
    compile_expression(fs, key);
    emit_op(fs, OP_ToPropertyKey);
  } else if (key->kind == NODE_NUMBER || key->kind == NODE_BIGINT) {
    compile_expression(fs, key);
    emit_op(fs, OP_ToPropertyKey);
  } else {
    emit_op(fs, OP_LdaConstant, emit_atom_constant(fs, key->name, key->name_length));
  }
  emit_op(fs, OP_Star, reg);
}

/* A field initializer or static block as a method closure in acc (home object in home_reg). */
static void compile_initializer_closure(FunctionState *fs, Node *member, uint32_t home_reg) {
  Compiler *c = fs->compiler;
  FunctionInfo *info = function_of(c, member);
  if (info == NULL) {
    comp_error(c, member, "internal error: no scope for class element");
    return;
  }
  FunctionState inner;
  state_init(&inner, c, fs, info);
  inner.flags = CODE_STRICT | CODE_METHOD | CODE_CLASS_FIELDS_INIT | (c->goal == COMPILE_LIBRARY ? CODE_LIBRARY : 0);
  uint32_t parameter_count, length;
  compile_prologue(&inner, member, &parameter_count, &length);
  if (member->kind == NODE_STATIC_BLOCK) {
    compile_hoist_functions(&inner, &member->list);
    compile_statements(&inner, &member->list);
    emit_op(&inner, OP_LdaUndefined);
  } else if (member->b != NULL) {
    Node *key = member->a;
    if (!(member->flags & NODE_COMPUTED) && key->kind != NODE_PRIVATE_NAME &&
        (key->kind == NODE_IDENTIFIER || key->kind == NODE_STRING)) {
      compile_named_evaluation(&inner, member->b, key->name, key->name_length);
    } else {
      compile_expression(&inner, member->b);
    }
  } else {
    emit_op(&inner, OP_LdaUndefined);
  }
  emit_op(&inner, OP_Return);
  JSValue code;
  int status = comp_finish_function(&inner, empty_name(c), 0, 0, &code);
  state_free(&inner);
  if (status != 0) return;
  emit_op(fs, OP_CreateClosure, emit_constant(fs, code));
  emit_op(fs, OP_SetHomeObject, home_reg);
}

void compile_class(FunctionState *fs, Node *node) {
  Compiler *c = fs->compiler;
  uint32_t mark = fs->next_register;
  uint32_t parent = reg_alloc(fs), prototype = reg_alloc(fs), constructor = reg_alloc(fs);
  uint32_t fields = reg_alloc(fs), statics = reg_alloc(fs), key = reg_alloc(fs), scratch = reg_alloc_range(fs, 2);
  Scope *scope = scope_of(c, node);
  compile_enter_scope(fs, scope);
  if (node->b) {
    compile_expression(fs, node->b);
  } else {
    emit_op(fs, OP_LdaHole);
  }
  emit_op(fs, OP_Star, parent);
  /* Private names: a fresh private symbol per evaluation of the class. */
  for (Variable *v = scope->variables; v; v = v->next) {
    if (v->kind != VAR_PRIVATE) continue;
    emit_op(fs, OP_NewPrivateName, emit_string_constant(fs, v->name, v->name_length));
    compile_store_variable(fs, v->name, v->name_length, NULL, true);
  }
  JSValue name = node->a ? node_name(c, node->a) : fs->class_name ? *fs->class_name : empty_name(c);
  fs->class_name = NULL;
  Node *ctor = NULL;
  for (Node *m = node->list.first; m; m = m->next) {
    if (m->kind == NODE_CLASS_METHOD && m->op == PROP_CONSTRUCTOR) ctor = m;
  }
  JSValue code;
  uint32_t class_flags = CODE_CLASS_CONSTRUCTOR | (node->b ? CODE_DERIVED : 0);
  int status = ctor ? compile_function_code(fs, ctor->b, name, class_flags | CODE_CONSTRUCTOR, &code)
                    : default_constructor(fs, node, name, node->b != NULL, &code);
  if (status != 0) return;
  /* 20.2.3.5: a class's source text is the whole class */
  code_cell(code)->source_start = node->start;
  code_cell(code)->source_end = node->end;
  emit_position(fs, node);
  emit_op(fs, OP_CreateClass, parent, prototype, emit_constant(fs, code));
  emit_op(fs, OP_Star, constructor);
  emit_op(fs, OP_CreateArray);
  emit_op(fs, OP_Star, fields);
  emit_op(fs, OP_CreateArray);
  emit_op(fs, OP_Star, statics);
  bool has_fields = false, has_statics = false;
  /* Elements in order: methods defined now, field keys evaluated now, static parts run now. */
  for (Node *m = node->list.first; m; m = m->next) {
    if (c->status != 0) break;
    bool is_static = (m->flags & NODE_STATIC) != 0;
    uint32_t home = is_static ? constructor : prototype;
    if (m->kind == NODE_CLASS_METHOD) {
      if (m->op == PROP_CONSTRUCTOR) continue;
      class_key_to(fs, m, key);
      compile_function_literal(fs, m->b, NULL);
      emit_op(fs, OP_SetHomeObject, home);
      uint32_t kind = m->op == PROP_GET ? 1 : m->op == PROP_SET ? 2 : 0;
      emit_op(fs, OP_SetFunctionName, key, kind);
      if (m->a->kind == NODE_PRIVATE_NAME) {
        if (is_static) {
          /* PrivateDefine(F, #name, closure, 1 method / 2 getter / 3 setter) */
          uint32_t args = reg_alloc_range(fs, 4);
          emit_op(fs, OP_Star, args + 2);
          emit_op(fs, OP_Mov, constructor, args);
          emit_op(fs, OP_Mov, key, args + 1);
          emit_op(fs, OP_LdaSmi, (int32_t)kind + 1);
          emit_op(fs, OP_Star, args + 3);
          emit_op(fs, OP_CallRuntime, INTRINSIC_PrivateDefine, args, 4);
          reg_free_to(fs, args);
        } else {
          /* Instance private methods and accessors are installed by the field initializer
           * list: (key, closure, kind) triples marked with a negative kind. */
          uint32_t closure = scratch;
          emit_op(fs, OP_Star, closure);
          emit_op(fs, OP_Ldar, key);
          emit_op(fs, OP_ArrayPush, fields);
          emit_op(fs, OP_Ldar, closure);
          emit_op(fs, OP_ArrayPush, fields);
          emit_op(fs, OP_LdaSmi, (int32_t)(-1 - (int32_t)kind));
          emit_op(fs, OP_ArrayPush, fields);
          has_fields = true;
        }
      } else {
        emit_op(fs, OP_DefineMethod, home, key, kind);
      }
    } else if (m->kind == NODE_CLASS_FIELD) {
      /* (key, initializer, kind) triples: instance ones run per object (InitFields from the
       * constructor), static ones once the class binding is initialized (15.7.14 step 31) */
      class_key_to(fs, m, key);
      uint32_t list = is_static ? statics : fields;
      emit_op(fs, OP_Ldar, key);
      emit_op(fs, OP_ArrayPush, list);
      compile_initializer_closure(fs, m, is_static ? constructor : prototype);
      emit_op(fs, OP_ArrayPush, list);
      emit_op(fs, OP_LdaSmi, m->a->kind == NODE_PRIVATE_NAME ? 1 : 0);
      emit_op(fs, OP_ArrayPush, list);
      if (is_static) has_statics = true;
      else has_fields = true;
    } else if (m->kind == NODE_STATIC_BLOCK) {
      emit_op(fs, OP_LdaUndefined);
      emit_op(fs, OP_ArrayPush, statics);
      compile_initializer_closure(fs, m, constructor);
      emit_op(fs, OP_ArrayPush, statics);
      emit_op(fs, OP_LdaSmi, 2);
      emit_op(fs, OP_ArrayPush, statics);
      has_statics = true;
    }
  }
  if (has_fields) {
    emit_op(fs, OP_Ldar, fields);
    emit_op(fs, OP_SetClassFields, constructor);
  }
  if (node->a) {
    Variable *inner = scope_find_local(scope, node->a->name, node->a->name_length);
    if (inner) {
      emit_op(fs, OP_Ldar, constructor);
      compile_store_variable(fs, node->a->name, node->a->name_length, node, true);
    }
  }
  if (has_statics) {
    emit_op(fs, OP_Mov, statics, scratch);
    emit_op(fs, OP_Mov, constructor, scratch + 1);
    emit_op(fs, OP_CallLib, LIB_InitFields, scratch, 2);
  }
  compile_leave_scope(fs, scope);
  emit_op(fs, OP_Ldar, constructor);
  reg_free_to(fs, mark);
}

/* --- destructuring ------------------------------------------------------------------------------ */

static void assign_target(FunctionState *fs, Node *target, uint32_t value_reg, VarKind kind, bool is_declaration);

/* target = value ?? default (only undefined triggers the default). */
/* 13.15.5.5-6: in a destructuring *assignment*, an element's or property's member target is
 * evaluated before its value is read (so an abrupt target closes the iterator first). Puts
 * the reference's parts in registers for assign_target; false when there is nothing to do. */
static bool prepare_member_target(FunctionState *fs, Node *element, bool is_declaration) {
  Node *t = element;
  if (t->kind == NODE_REST || t->kind == NODE_ASSIGN_PATTERN || (t->kind == NODE_ASSIGN && t->op == TOK_ASSIGN)) t = t->a;
  if (is_declaration || t == NULL || t->kind != NODE_MEMBER || t->a->kind == NODE_SUPER) return false;
  uint32_t object = reg_alloc(fs), key = reg_alloc(fs);
  compile_expression(fs, t->a);
  emit_op(fs, OP_Star, object);
  if (t->b->kind == NODE_PRIVATE_NAME) {
    load_private(fs, t->b);
    emit_op(fs, OP_Star, key);
  } else if (t->flags & NODE_COMPUTED) {
    compile_expression(fs, t->b);
    emit_op(fs, OP_ToPropertyKey);
    emit_op(fs, OP_Star, key);
  }
  fs->prepared_target.node = t;
  fs->prepared_target.object = object;
  fs->prepared_target.key = key;
  return true;
}

static void assign_with_default(FunctionState *fs, Node *target, Node *init, uint32_t value_reg, VarKind kind,
                                bool is_declaration) {
  uint32_t mark = fs->next_register;
  uint32_t value = reg_alloc(fs);
  Label *have = label_new(fs);
  emit_op(fs, OP_Ldar, value_reg);
  emit_op(fs, OP_Star, value);
  emit_jump(fs, OP_JumpIfNotUndefined, have);
  PreparedTarget prepared = fs->prepared_target; /* (the initializer may destructure too) */
  fs->prepared_target.node = NULL;
  if (target->kind == NODE_IDENTIFIER) compile_named_evaluation(fs, init, target->name, target->name_length);
  else compile_expression(fs, init);
  fs->prepared_target = prepared;
  emit_op(fs, OP_Star, value);
  label_bind(fs, have);
  assign_target(fs, target, value, kind, is_declaration);
  reg_free_to(fs, mark);
}

static void assign_object_pattern(FunctionState *fs, Node *pattern, uint32_t value_reg, VarKind kind,
                                  bool is_declaration) {
  uint32_t mark = fs->next_register;
  /* 8.6.2 RequireObjectCoercible, with V8's message. */
  emit_position(fs, pattern);
  emit_op(fs, OP_CallRuntime, INTRINSIC_ToObject, value_reg, 1);
  uint32_t keys = fs->next_register;
  uint32_t key_count = 0;
  for (Node *p = pattern->list.first; p; p = p->next) {
    if (p->kind == NODE_REST) {
      uint32_t args = reg_alloc_range(fs, 2);
      emit_op(fs, OP_CreateObject);
      emit_op(fs, OP_Star, args);
      emit_op(fs, OP_Mov, value_reg, args + 1);
      /* excluded keys follow in the registers allocated for them */
      uint32_t all = reg_alloc_range(fs, 2 + key_count);
      emit_op(fs, OP_Mov, args, all);
      emit_op(fs, OP_Mov, args + 1, all + 1);
      for (uint32_t i = 0; i < key_count; i++) emit_op(fs, OP_Mov, keys + i, all + 2 + i);
      emit_op(fs, OP_CallLib, LIB_CopyDataProperties, all, 2 + key_count);
      emit_op(fs, OP_Star, args);
      assign_target(fs, p->a, args, kind, is_declaration);
      break;
    }
    uint32_t key = reg_alloc(fs);
    key_count++;
    Node *k = p->a;
    if (p->flags & NODE_COMPUTED) {
      compile_expression(fs, k);
      emit_op(fs, OP_ToPropertyKey);
    } else if (k->kind == NODE_IDENTIFIER || k->kind == NODE_STRING) {
      emit_op(fs, OP_LdaConstant, emit_atom_constant(fs, k->name, k->name_length));
    } else {
      compile_expression(fs, k);
      emit_op(fs, OP_ToPropertyKey);
    }
    emit_op(fs, OP_Star, key);
    uint32_t inner = fs->next_register;
    prepare_member_target(fs, p->b, is_declaration);
    uint32_t value = reg_alloc(fs);
    emit_op(fs, OP_Ldar, key);
    emit_position(fs, p);
    emit_op(fs, OP_GetKeyed, value_reg, emit_feedback(fs, IC_SLOT_SIZE));
    emit_op(fs, OP_Star, value);
    assign_target(fs, p->b, value, kind, is_declaration);
    reg_free_to(fs, inner);
  }
  reg_free_to(fs, mark);
}

static void assign_array_pattern(FunctionState *fs, Node *pattern, uint32_t value_reg, VarKind kind,
                                 bool is_declaration) {
  uint32_t mark = fs->next_register;
  uint32_t iterator = reg_alloc_range(fs, 2);
  uint32_t done = reg_alloc(fs), element = reg_alloc(fs), context = reg_alloc(fs);
  emit_op(fs, OP_Ldar, value_reg);
  emit_position(fs, pattern);
  emit_get_iterator(fs, iterator, false);
  emit_op(fs, OP_LdaFalse);
  emit_op(fs, OP_Star, done);
  emit_op(fs, OP_SaveContext, context);
  uint32_t start = emit_here(fs);
  for (Node *e = pattern->list.first; e; e = e->next) {
    uint32_t element_mark = fs->next_register;
    prepare_member_target(fs, e, is_declaration);
    if (e->kind == NODE_REST) {
      /* the rest of the values into a new array */
      uint32_t array = reg_alloc(fs);
      emit_op(fs, OP_CreateArray);
      emit_op(fs, OP_Star, array);
      Label *finished = label_new(fs);
      emit_op(fs, OP_Ldar, done);
      emit_jump(fs, OP_JumpIfTrue, finished);
      uint32_t top = emit_here(fs);
      emit_op(fs, OP_LdaTrue);
      emit_op(fs, OP_Star, done);
      emit_iterator_step(fs, iterator, finished, false);
      emit_op(fs, OP_ArrayPush, array);
      emit_op(fs, OP_LdaFalse);
      emit_op(fs, OP_Star, done);
      emit_loop(fs, top);
      label_bind(fs, finished);
      assign_target(fs, e->a, array, kind, is_declaration);
      break;
    }
    Label *exhausted = label_new(fs), *have = label_new(fs);
    emit_op(fs, OP_Ldar, done);
    emit_jump(fs, OP_JumpIfTrue, exhausted);
    emit_op(fs, OP_LdaTrue);
    emit_op(fs, OP_Star, done);
    emit_iterator_step(fs, iterator, exhausted, false);
    emit_op(fs, OP_Star, element);
    emit_op(fs, OP_LdaFalse);
    emit_op(fs, OP_Star, done);
    emit_jump(fs, OP_Jump, have);
    label_bind(fs, exhausted);
    emit_op(fs, OP_LdaUndefined);
    emit_op(fs, OP_Star, element);
    label_bind(fs, have);
    if (e->kind != NODE_HOLE) assign_target(fs, e, element, kind, is_declaration);
    reg_free_to(fs, element_mark);
  }
  uint32_t end = emit_here(fs);
  Label *closed = label_new(fs), *after = label_new(fs);
  emit_op(fs, OP_Ldar, done);
  emit_jump(fs, OP_JumpIfTrue, closed);
  emit_iterator_close(fs, iterator, false);
  label_bind(fs, closed);
  emit_jump(fs, OP_Jump, after);
  /* A throw while assigning closes the iterator unless it is done (7.4.11 IteratorClose). */
  uint32_t handler = emit_here(fs);
  uint32_t exception = reg_alloc(fs);
  Label *rethrow = label_new(fs);
  emit_op(fs, OP_Star, exception);
  emit_op(fs, OP_Ldar, done);
  emit_jump(fs, OP_JumpIfTrue, rethrow);
  emit_iterator_close(fs, iterator, true);
  label_bind(fs, rethrow);
  emit_op(fs, OP_Ldar, exception);
  emit_op(fs, OP_ReThrow);
  label_bind(fs, after);
  if (end > start) emit_handler(fs, start, end, handler, context);
  reg_free_to(fs, mark);
}

static void assign_target(FunctionState *fs, Node *target, uint32_t value_reg, VarKind kind, bool is_declaration) {
  if (fs->compiler->status != 0) return;
  switch (target->kind) {
    case NODE_IDENTIFIER:
      emit_op(fs, OP_Ldar, value_reg);
      compile_store_variable(fs, target->name, target->name_length, target, is_declaration);
      break;
    case NODE_ASSIGN_PATTERN:
      assign_with_default(fs, target->a, target->b, value_reg, kind, is_declaration);
      break;
    case NODE_ASSIGN:
      if (target->op == TOK_ASSIGN) assign_with_default(fs, target->a, target->b, value_reg, kind, is_declaration);
      else comp_error(fs->compiler, target, "Invalid destructuring assignment target");
      break;
    case NODE_OBJECT_PATTERN:
    case NODE_OBJECT:
      assign_object_pattern(fs, target, value_reg, kind, is_declaration);
      break;
    case NODE_ARRAY_PATTERN:
    case NODE_ARRAY:
      assign_array_pattern(fs, target, value_reg, kind, is_declaration);
      break;
    case NODE_MEMBER: {
      /* an assignment pattern's member target: evaluate the reference, then store */
      Node assign = {.kind = NODE_ASSIGN, .op = TOK_ASSIGN, .a = target, .start = target->start,
                     .line = target->line, .column = target->column};
      Node value = {.kind = NODE_IDENTIFIER};
      (void)assign;
      (void)value;
      uint32_t mark = fs->next_register;
      if (target->a->kind == NODE_SUPER) {
        compile_store_super_member(fs, target, value_reg);
        break;
      }
      bool prepared = fs->prepared_target.node == target;
      fs->prepared_target.node = NULL;
      uint32_t object = prepared ? fs->prepared_target.object : reg_alloc(fs);
      if (!prepared) {
        compile_expression(fs, target->a);
        emit_op(fs, OP_Star, object);
      }
      if (target->b->kind == NODE_PRIVATE_NAME) {
        uint32_t key = prepared ? fs->prepared_target.key : reg_alloc(fs);
        if (!prepared) {
          load_private(fs, target->b);
          emit_op(fs, OP_Star, key);
        }
        emit_op(fs, OP_Ldar, value_reg);
        emit_op(fs, OP_SetPrivate, object, key);
      } else if (target->flags & NODE_COMPUTED) {
        uint32_t key = prepared ? fs->prepared_target.key : reg_alloc(fs);
        if (!prepared) {
          compile_expression(fs, target->b);
          emit_op(fs, OP_ToPropertyKey);
          emit_op(fs, OP_Star, key);
        }
        emit_op(fs, OP_Ldar, value_reg);
        emit_position(fs, target);
        emit_op(fs, OP_SetKeyed, object, key, emit_feedback(fs, IC_SLOT_SIZE));
      } else {
        emit_op(fs, OP_Ldar, value_reg);
        emit_position(fs, target);
        emit_op(fs, OP_SetNamed, object, emit_atom_constant(fs, target->b->name, target->b->name_length),
                emit_feedback(fs, IC_SLOT_SIZE));
      }
      reg_free_to(fs, mark);
      break;
    }
    case NODE_CHAIN:
    default:
      comp_error(fs->compiler, target, "Invalid destructuring assignment target");
      break;
  }
}

void compile_assign_to_pattern(FunctionState *fs, Node *target, uint32_t value_reg, VarKind declare_kind,
                               bool is_declaration) {
  assign_target(fs, target, value_reg, declare_kind, is_declaration);
}

/* --- the program -------------------------------------------------------------------------------- */

/* DeclareGlobals' constant: a CELL_SLOTS of (name, kind) pairs. Kinds: 0 var, 1 function,
 * 2 let, 3 const, 4 class (GlobalDeclarationInstantiation, 16.1.7). */
static void declare_globals(FunctionState *fs, Scope *scope) {
  uint32_t count = 0;
  for (Variable *v = scope->variables; v; v = v->next) {
    if (v->kind != VAR_THIS) count++;
  }
  if (count == 0) return;
  Heap *heap = fs->compiler->vm->heap;
  GcCell *list = heap_alloc_slots(heap, count * 2, 0, true);
  if (list == NULL) {
    fs->compiler->status = PT_ENOMEM;
    return;
  }
  uint32_t i = 0;
  for (Variable *v = scope->variables; v; v = v->next) {
    if (v->kind == VAR_THIS) continue;
    JSValue atom;
    if (atom_from_utf8(fs->compiler->vm->cx->atoms, v->name, v->name_length, &atom) != 0) {
      fs->compiler->status = PT_ENOMEM;
      return;
    }
    int kind = v->kind == VAR_FUNCTION ? 1 : v->kind == VAR_LET ? 2 : v->kind == VAR_CONST ? 3 : v->kind == VAR_CLASS ? 4 : 0;
    gc_store_value(heap, list, &gc_slots(list)->slots[2 * i], atom);
    gc_slots(list)->slots[2 * i + 1] = js_from_int32(kind);
    i++;
  }
  emit_op(fs, OP_DeclareGlobals, emit_constant(fs, js_from_cell(JS_TAG_CELL, list)));
}

/* Rebuilds a direct eval caller's scopes from its descriptor: one context-bearing scope per
 * depth, each holding its variables at their slots. */
static Scope *outer_scopes(Compiler *c, JSValue descriptor) {
  GcSlots *list = gc_slots((GcCell *)js_to_cell(descriptor));
  uint32_t count = (list->count - 1) / 3, depth_count = 0;
  uint32_t flags = (uint32_t)js_to_int32(list->slots[list->count - 1]);
  c->eval_in_parameters = (flags & 1) != 0;
  c->eval_parse_flags = flags & ~1u;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t depth = (uint32_t)js_to_int32(list->slots[i * 3 + 1]);
    if (depth + 1 > depth_count) depth_count = depth + 1;
  }
  if (depth_count == 0) return NULL;
  Scope **levels = arena_alloc(c->arena_ptr, depth_count * sizeof *levels);
  FunctionInfo *owner = arena_alloc(c->arena_ptr, sizeof *owner);
  if (levels == NULL || owner == NULL) return NULL;
  for (uint32_t d = depth_count; d-- > 0;) {
    Scope *scope = arena_alloc(c->arena_ptr, sizeof *scope);
    if (scope == NULL) return NULL;
    scope->kind = SCOPE_BLOCK;
    scope->function = owner;
    scope->has_context = true;
    scope->parent = d + 1 < depth_count ? levels[d + 1] : NULL;
    levels[d] = scope;
  }
  for (uint32_t i = 0; i < count; i++) {
    JSValue name = list->slots[i * 3];
    uint32_t depth = (uint32_t)js_to_int32(list->slots[i * 3 + 1]);
    uint32_t packed = (uint32_t)js_to_int32(list->slots[i * 3 + 2]);
    Variable *v = arena_alloc(c->arena_ptr, sizeof *v);
    char *text = vm_string_to_cstring(c->vm, name);
    if (v == NULL || text == NULL) {
      free(text);
      return NULL;
    }
    v->name = arena_strndup(c->arena_ptr, text, strlen(text));
    v->name_length = (uint32_t)strlen(text);
    free(text);
    v->kind = (VarKind)(packed >> 16);
    v->index = packed & 0xFFFF;
    v->location = LOC_CONTEXT;
    v->captured = true;
    Scope *scope = levels[depth];
    v->scope = scope;
    if (strcmp(v->name, "%with") == 0 || strcmp(v->name, "%evalvars") == 0) {
      scope->is_with = true; /* a with body's object, or the caller's eval-declared vars */
      scope->with_var = v;
    }
    if (scope->last_variable) scope->last_variable->next = v;
    else scope->variables = v;
    scope->last_variable = v;
  }
  return levels[0];
}

int comp_compile_direct_eval(Vm *vm, Script *script, Node *program, JSValue descriptor, bool strict, JSValue *out) {
  if (strict) program->flags |= NODE_STRICT;
  return compile_program(vm, script, program, COMPILE_EVAL, descriptor, out);
}

int comp_compile_program(Vm *vm, Script *script, Node *program, CompileGoal goal, JSValue *out) {
  return compile_program(vm, script, program, goal, JS_UNDEFINED, out);
}

/* A module's body as a generator function (async with top-level await): the prologue creates
 * the module context and its function declarations, then the generator suspends; that
 * first call is 16.2.1.6.4 InitializeEnvironment, and resuming the generator once is
 * 16.2.1.6.5 ExecuteModule. */
int comp_compile_module_code(Compiler *c, Node *program, JSValue *out) {
  int status = scope_analyze(c, program);
  if (status != 0) return status;
  FunctionInfo *info = function_of(c, program);
  FunctionState fs;
  memset(&fs, 0, sizeof fs);
  fs.compiler = c;
  fs.info = info;
  fs.flags = CODE_SCRIPT | CODE_STRICT | CODE_GENERATOR | (info->has_top_level_await ? CODE_ASYNC : 0);
  uint32_t parameter_count = 0, length = 0;
  compile_prologue(&fs, program, &parameter_count, &length);
  fs.generator_register = reg_alloc_range(&fs, 2);
  uint32_t async_context = (fs.flags & CODE_ASYNC) ? reg_alloc(&fs) : 0, async_start = 0;
  compile_hoist_functions(&fs, &program->list);
  emit_op(&fs, OP_GeneratorStart, fs.generator_register);
  if (fs.flags & CODE_ASYNC) {
    emit_op(&fs, OP_SaveContext, async_context);
    async_start = emit_here(&fs);
  }
  compile_statements(&fs, &program->list);
  emit_op(&fs, OP_LdaUndefined);
  if (fs.flags & CODE_ASYNC) {
    emit_async_generator_complete(&fs, false);
    uint32_t async_end = emit_here(&fs);
    uint32_t handler = emit_here(&fs);
    emit_async_generator_complete(&fs, true);
    emit_handler(&fs, async_start, async_end, handler, async_context);
  } else {
    emit_op(&fs, OP_Return);
  }
  status = comp_finish_function(&fs, empty_name(c), parameter_count, length, out);
  state_free(&fs);
  if (status == 0 && c->status != 0) status = c->status;
  return status;
}

static int compile_program(Vm *vm, Script *script, Node *program, CompileGoal goal, JSValue descriptor, JSValue *out) {
  bool completion = goal == COMPILE_SCRIPT_COMPLETION || goal == COMPILE_EVAL;
  bool is_eval = goal == COMPILE_EVAL;
  /* strict eval code has its own var environment: it compiles like a function body */
  if (goal == COMPILE_SCRIPT_COMPLETION || (is_eval && !(program->flags & NODE_STRICT))) goal = COMPILE_SCRIPT;
  /* (strict eval stays COMPILE_EVAL: a function of no parameters) */
  Compiler c = {.vm = vm, .script = script, .source = script_text(script), .goal = goal, .completion_register = -1,
                .is_eval = is_eval};
  c.arena_ptr = arena_new(0);
  if (c.arena_ptr == NULL) return PT_ENOMEM;
  if (js_is_cell(descriptor)) {
    c.outer = outer_scopes(&c, descriptor);
    /* within a function's scopes, eval code is a function of its own (its vars stay local
     * unless the caller has them) */
    if (c.outer != NULL) c.goal = goal = COMPILE_EVAL;
  }
  int status = scope_analyze(&c, program);
  if (status == 0) {
    FunctionInfo *info = function_of(&c, program);
    FunctionState fs;
    memset(&fs, 0, sizeof fs);
    fs.compiler = &c;
    fs.info = info;
    fs.flags = CODE_SCRIPT | (info->strict ? CODE_STRICT : 0) | (goal == COMPILE_LIBRARY ? CODE_LIBRARY : 0);
    uint32_t parameter_count = 0, length = 0;
    if (goal == COMPILE_SCRIPT) {
      fs.next_register = fs.register_count = 1;
      declare_globals(&fs, info->scope);
      fs.scope = info->scope;
    } else {
      compile_prologue(&fs, program, &parameter_count, &length);
    }
    if (completion) c.completion_register = (int)reg_alloc(&fs); /* starts undefined */
    Scope *lexical = is_eval ? scope_of(&c, c.eval_lexical_key) : NULL;
    if (lexical != NULL) compile_enter_scope(&fs, lexical);
    /* 19.2.1.3 steps 16-17: the eval's new vars, as properties of the caller's %evalvars */
    for (uint32_t i = 0; i < c.eval_var_count; i++) {
      uint32_t args = reg_alloc_range(&fs, 2);
      compile_load_variable(&fs, "%evalvars", 9, NULL, false);
      emit_op(&fs, OP_Star, args);
      emit_op(&fs, OP_LdaConstant, emit_atom_constant(&fs, c.eval_var_names[i], c.eval_var_lengths[i]));
      emit_op(&fs, OP_Star, args + 1);
      emit_op(&fs, OP_CallLib, LIB_EvalDeclareVar, args, 2);
      reg_free_to(&fs, args);
    }
    compile_hoist_functions(&fs, &program->list);
    compile_statements(&fs, &program->list);
    if (lexical != NULL) compile_leave_scope(&fs, lexical);
    if (completion) emit_op(&fs, OP_Ldar, (uint32_t)c.completion_register);
    else emit_op(&fs, OP_LdaUndefined);
    emit_op(&fs, OP_Return);
    status = comp_finish_function(&fs, empty_name(&c), parameter_count, length, out);
    state_free(&fs);
    if (status == 0 && c.status != 0) status = c.status;
  }
  arena_free(c.arena_ptr);
  return status;
}
