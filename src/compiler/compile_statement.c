/* Code generation for statements and control flow: scopes entered and left (contexts pushed
 * and popped), loops, labels, switch, try/catch/finally and for-in/for-of.
 *
 * Jumps that leave a construct run what the construct owes on the way out: a for-of closes
 * its iterator, a scope with a context pops it, and a finally block runs first. A jump
 * through a finally records a token (which jump it was) in the finally's token register and
 * goes to the finally block; after the block, a dispatch on the token resumes the jump
 * (which may pass through further finally blocks), rethrows, or returns. */
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "compiler/compiler_internal.h"

enum { TOKEN_NORMAL = 0, TOKEN_THROW = 1, TOKEN_FIRST_JUMP = 2 };

static ControlScope *control_push(FunctionState *fs, int kind) {
  ControlScope *control = arena_alloc(fs->compiler->arena_ptr, sizeof *control);
  if (control == NULL) {
    fs->compiler->status = PT_ENOMEM;
    static ControlScope dummy;
    return &dummy;
  }
  control->kind = kind;
  control->outer = fs->control;
  control->scope = fs->scope;
  fs->control = control;
  return control;
}

static void control_pop(FunctionState *fs, ControlScope *control) {
  if (fs->control == control) fs->control = control->outer;
}

/* --- scopes ---------------------------------------------------------------------------------- */

/* Allocates registers for the scope's register variables and pushes its context. */
void compile_enter_scope(FunctionState *fs, Scope *scope) {
  if (scope == NULL) return;
  for (Variable *v = scope->variables; v; v = v->next) {
    if (v->location == LOC_UNRESOLVED || v->location == LOC_REGISTER) {
      if (v->location == LOC_UNRESOLVED || scope->kind != SCOPE_FUNCTION) {
        v->location = LOC_REGISTER;
        v->index = reg_alloc(fs);
      }
    }
  }
  if (scope->has_context) {
    scope->context_register = reg_alloc(fs);
    emit_op(fs, OP_PushContext, scope->context_register, scope->context_slots);
    ControlScope *control = control_push(fs, CONTROL_BLOCK_CONTEXT);
    control->context_register = scope->context_register;
  }
  fs->scope = scope;
  /* let/const/class start in their temporal dead zone. */
  for (Variable *v = scope->variables; v; v = v->next) {
    if (v->kind == VAR_LET || v->kind == VAR_CONST || v->kind == VAR_CLASS || v->tdz) {
      emit_op(fs, OP_LdaHole);
      if (v->location == LOC_REGISTER) emit_op(fs, OP_Star, v->index);
      else if (v->location == LOC_CONTEXT) emit_op(fs, OP_StaContextSlot, 0, v->index);
    } else if (v->kind == VAR_VAR && v->location == LOC_REGISTER && scope->kind != SCOPE_FUNCTION) {
      /* (block-level vars do not exist; function vars start undefined in fresh frames) */
    }
  }
  if (scope->with_var != NULL && scope->with_var->location == LOC_CONTEXT &&
      name_equals(scope->with_var->name, scope->with_var->name_length, "%evalvars")) {
    /* the object a sloppy direct eval's new vars become properties of (no prototype) */
    uint32_t mark = fs->next_register;
    uint32_t args = reg_alloc_range(fs, 2);
    emit_op(fs, OP_CreateObject);
    emit_op(fs, OP_Star, args);
    emit_op(fs, OP_LdaNull);
    emit_op(fs, OP_Star, args + 1);
    emit_op(fs, OP_CallRuntime, INTRINSIC_SetPrototypeOf, args, 2);
    emit_op(fs, OP_Ldar, args);
    emit_op(fs, OP_StaContextSlot, 0, scope->with_var->index);
    reg_free_to(fs, mark);
  }
}

void compile_leave_scope(FunctionState *fs, Scope *scope) {
  if (scope == NULL) return;
  if (scope->has_context) {
    emit_op(fs, OP_PopContext, scope->context_register);
    if (fs->control && fs->control->kind == CONTROL_BLOCK_CONTEXT) control_pop(fs, fs->control);
  }
  fs->scope = scope->parent;
}

/* Creates the closures of the function declarations in a statement list (hoisting). */
void compile_hoist_functions(FunctionState *fs, NodeList *statements) {
  for (Node *s = statements->first; s; s = s->next) {
    Node *d = s;
    while (d && d->kind == NODE_LABELED) d = d->a;
    if (d && (d->kind == NODE_EXPORT_NAMED || d->kind == NODE_EXPORT_DEFAULT)) d = d->kind == NODE_EXPORT_NAMED ? d->b : d->a;
    if (d == NULL || d->kind != NODE_FUNCTION || !(d->flags & NODE_DECLARATION)) continue;
    if (d->a == NULL) {
      /* `export default function () {}`: a declaration of *default*, named "default" */
      compile_named_evaluation(fs, d, "default", 7);
      compile_store_variable(fs, "*default*", 9, d, true);
      continue;
    }
    compile_function_literal(fs, d, NULL);
    compile_store_variable(fs, d->a->name, d->a->name_length, d, true);
  }
}

/* --- jumps out of constructs ------------------------------------------------------------------ */

static void emit_unwind(FunctionState *fs, ControlScope *from, ControlScope *to, Label *target, bool is_return);

/* Records a jump through a finally block: token, then go to the finally. */
static void jump_through_finally(FunctionState *fs, ControlScope *finally_scope, ControlScope *to, Label *target,
                                 bool is_return) {
  uint32_t token = TOKEN_FIRST_JUMP + finally_scope->token_count;
  if (finally_scope->token_count == finally_scope->jump_capacity) {
    uint32_t capacity = finally_scope->jump_capacity ? finally_scope->jump_capacity * 2 : 4;
    struct FinallyJump *jumps = arena_alloc(fs->compiler->arena_ptr, capacity * sizeof *jumps);
    if (jumps == NULL) {
      fs->compiler->status = PT_ENOMEM;
      return;
    }
    if (finally_scope->token_count) memcpy(jumps, finally_scope->jumps, finally_scope->token_count * sizeof *jumps);
    finally_scope->jumps = jumps;
    finally_scope->jump_capacity = capacity;
  }
  finally_scope->jumps[finally_scope->token_count++] = (struct FinallyJump){token, target, to, is_return};
  if (is_return) emit_op(fs, OP_Star, finally_scope->value_register);
  emit_op(fs, OP_LdaSmi, (int32_t)token);
  emit_op(fs, OP_Star, finally_scope->token_register);
  emit_jump(fs, OP_Jump, finally_scope->finally_entry);
}

/* Emits what leaving every control scope from `from` up to (not including) `to` requires,
 * then the jump (or the return, when is_return: acc holds the value). */
static void emit_unwind(FunctionState *fs, ControlScope *from, ControlScope *to, Label *target, bool is_return) {
  for (ControlScope *c = from; c != to && c != NULL; c = c->outer) {
    switch (c->kind) {
      case CONTROL_FINALLY:
        jump_through_finally(fs, c, to, target, is_return);
        return;
      case CONTROL_ITERATOR: {
        uint32_t saved = 0;
        if (is_return) {
          saved = reg_alloc(fs);
          emit_op(fs, OP_Star, saved);
        }
        if (c->iterator_async) emit_async_iterator_close(fs, c->iterator_register, false);
        else emit_iterator_close(fs, c->iterator_register, false);
        if (is_return) {
          emit_op(fs, OP_Ldar, saved);
          reg_free_to(fs, saved);
        }
        break;
      }
      case CONTROL_BLOCK_CONTEXT:
        if (!is_return) emit_op(fs, OP_PopContext, c->context_register);
        break;
      default: break;
    }
  }
  if (is_return) {
    if ((fs->flags & CODE_ASYNC) && (fs->flags & CODE_GENERATOR)) emit_async_generator_complete(fs, false);
    else if (fs->flags & CODE_ASYNC) emit_async_settle_and_return(fs, false);
    else emit_op(fs, OP_Return);
  } else {
    emit_jump(fs, OP_Jump, target);
  }
}

static bool has_label(ControlScope *c, const Node *label) {
  for (Node *l = c->label_nodes; l; l = l->d) {
    if (l->name_length == label->name_length && memcmp(l->name, label->name, l->name_length) == 0) return true;
  }
  return false;
}

static void compile_break_continue(FunctionState *fs, Node *node, bool is_continue) {
  for (ControlScope *c = fs->control; c; c = c->outer) {
    bool match;
    if (node->name != NULL) {
      match = has_label(c, node) && (is_continue ? c->kind == CONTROL_LOOP : true);
    } else {
      match = c->kind == CONTROL_LOOP || (!is_continue && c->kind == CONTROL_SWITCH);
    }
    if (match) {
      Label *target = is_continue ? c->continue_label : c->break_label;
      /* The loop's own iterator/context stay: unwind only what is inside the target. */
      ControlScope *stop = c;
      if (is_continue) {
        /* continue stays in a for-of: its iterator is not closed */
        for (ControlScope *inner = fs->control; inner && inner != c; inner = inner->outer) {
          if (inner->outer == c && inner->kind == CONTROL_ITERATOR) stop = inner;
        }
      }
      emit_unwind(fs, fs->control, stop, target, false);
      return;
    }
  }
  comp_error(fs->compiler, node, "Illegal %s statement", is_continue ? "continue" : "break");
}

/* acc holds the return value: leaves through every finally and iterator on the way. */
void compile_return_acc(FunctionState *fs) {
  if (fs->info->derived) {
    uint32_t value = reg_alloc(fs);
    emit_op(fs, OP_Star, value);
    uint32_t this_reg = reg_alloc(fs);
    /* this may live in a context (captured by an arrow) */
    uint32_t depth = 0;
    Variable *v = scope_lookup(fs->scope, "this", 4, &depth, NULL);
    if (v && v->location == LOC_REGISTER) emit_op(fs, OP_Ldar, v->index);
    else if (v) emit_op(fs, OP_LdaContextSlot, depth, v->index);
    emit_op(fs, OP_Star, this_reg);
    emit_op(fs, OP_Ldar, value);
    emit_op(fs, OP_CheckDerivedReturn, this_reg);
    reg_free_to(fs, value);
  }
  emit_unwind(fs, fs->control, NULL, NULL, true);
}

/* --- loops ------------------------------------------------------------------------------------ */

static ControlScope *loop_push(FunctionState *fs, Node *labels) {
  ControlScope *loop = control_push(fs, CONTROL_LOOP);
  loop->label_nodes = labels;
  loop->break_label = label_new(fs);
  loop->continue_label = label_new(fs);
  return loop;
}

static Node *pending_labels; /* LABELED chain naming the statement being compiled */

static void compile_for(FunctionState *fs, Node *node, Node *labels) {
  Scope *scope = scope_of(fs->compiler, node);
  Node *init = node->a;
  bool lexical = init && init->kind == NODE_VAR_DECL && init->op != TOK_VAR;
  if (lexical) compile_enter_scope(fs, scope);
  if (init) {
    if (init->kind == NODE_VAR_DECL) compile_statement(fs, init);
    else compile_expression(fs, init);
  }
  ControlScope *loop = loop_push(fs, labels);
  Label *done = loop->break_label;
  uint32_t top = emit_here(fs);
  if (node->b) {
    compile_expression(fs, node->b);
    emit_jump(fs, OP_JumpIfFalse, done);
  }
  compile_statement(fs, node->d);
  label_bind(fs, loop->continue_label);
  if (lexical && scope->has_context) emit_op(fs, OP_CopyContext); /* 14.7.4.4 per-iteration bindings */
  if (node->c) compile_expression_unused(fs, node->c);
  emit_loop(fs, top);
  control_pop(fs, loop);
  label_bind(fs, done);
  if (lexical) compile_leave_scope(fs, scope);
}

/* Binds the value in `value_reg` to a for-in/of head (declaration or assignment target). */
static void bind_for_head(FunctionState *fs, Node *head, uint32_t value_reg) {
  if (head->kind == NODE_VAR_DECL) {
    Node *target = head->list.first->a;
    VarKind kind = head->op == TOK_VAR ? VAR_VAR : head->op == TOK_CONST ? VAR_CONST : VAR_LET;
    compile_assign_to_pattern(fs, target, value_reg, kind, true);
  } else {
    compile_assign_to_pattern(fs, head, value_reg, VAR_VAR, false);
  }
}

static void compile_for_in_of(FunctionState *fs, Node *node, Node *labels) {
  Scope *scope = scope_of(fs->compiler, node);
  Node *head = node->a;
  bool lexical = head->kind == NODE_VAR_DECL && head->op != TOK_VAR;
  bool is_of = node->kind == NODE_FOR_OF;
  bool is_async = (node->flags & NODE_FOR_AWAIT) != 0;
  if (is_async && !(fs->flags & CODE_ASYNC)) {
    comp_error(fs->compiler, node, "for await is only supported in async functions yet");
    return;
  }
  uint32_t mark = fs->next_register;
  /* The head expression sees the loop's bindings in their TDZ (14.7.5.6 step 2). */
  if (lexical) compile_enter_scope(fs, scope);
  if (head->kind == NODE_VAR_DECL && head->op == TOK_VAR && head->list.first->b != NULL) {
    /* B.3.5 for (var x = init in obj) */
    compile_expression(fs, head->list.first->b);
    compile_store_variable(fs, head->list.first->a->name, head->list.first->a->name_length, head, true);
  }
  compile_expression(fs, node->b);
  if (lexical) compile_leave_scope(fs, scope);
  uint32_t iterator = reg_alloc_range(fs, 3); /* for-of: iterator, next; for-in: keys, index, object */
  uint32_t value = reg_alloc(fs);
  ControlScope *loop = loop_push(fs, labels);
  emit_position(fs, node->b);
  if (is_of) {
    emit_get_iterator(fs, iterator, is_async);
  } else {
    /* 14.7.5.6 ForIn/OfHeadEvaluation: the keys, then an index over them */
    emit_op(fs, OP_Star, iterator + 2);
    emit_op(fs, OP_Star, iterator);
    emit_op(fs, OP_CallLib, LIB_ForInKeys, iterator, 1);
    emit_op(fs, OP_Star, iterator);
    emit_op(fs, OP_LdaSmi, 0);
    emit_op(fs, OP_Star, iterator + 1);
  }
  uint32_t top = emit_here(fs);
  label_bind(fs, loop->continue_label);
  if (is_of) emit_iterator_step(fs, iterator, loop->break_label, is_async);
  else emit_jump_register(fs, OP_ForInNext, iterator, loop->break_label);
  emit_op(fs, OP_Star, value);
  uint32_t saved_context = 0;
  ControlScope *closer = NULL;
  if (is_of) {
    /* the handler restores the context saved here */
    saved_context = reg_alloc(fs);
    emit_op(fs, OP_SaveContext, saved_context);
  }
  uint32_t body_start = emit_here(fs);
  if (is_of) {
    closer = control_push(fs, CONTROL_ITERATOR);
    closer->iterator_register = iterator;
    closer->iterator_async = is_async;
  }
  if (lexical) compile_enter_scope(fs, scope);
  bind_for_head(fs, head, value);
  compile_statement(fs, node->d);
  if (lexical) compile_leave_scope(fs, scope);
  uint32_t body_end = emit_here(fs);
  if (closer) control_pop(fs, closer);
  emit_loop(fs, top);
  if (is_of) {
    /* An exception in the body closes the iterator (quietly) and propagates. */
    Label *after = label_new(fs);
    emit_jump(fs, OP_Jump, after);
    uint32_t handler = emit_here(fs);
    uint32_t exception = reg_alloc(fs);
    emit_op(fs, OP_Star, exception);
    if (is_async) emit_async_iterator_close(fs, iterator, true);
    else emit_iterator_close(fs, iterator, true);
    emit_op(fs, OP_Ldar, exception);
    emit_op(fs, OP_ReThrow);
    label_bind(fs, after);
    emit_handler(fs, body_start, body_end, handler, saved_context);
  }
  control_pop(fs, loop);
  label_bind(fs, loop->break_label);
  reg_free_to(fs, mark);
}

/* --- try -------------------------------------------------------------------------------------- */

static void compile_catch(FunctionState *fs, Node *clause, uint32_t exception) {
  Scope *scope = scope_of(fs->compiler, clause);
  compile_enter_scope(fs, scope);
  if (clause->a != NULL) compile_assign_to_pattern(fs, clause->a, exception, VAR_CATCH, true);
  compile_statement(fs, clause->b);
  compile_leave_scope(fs, scope);
}

static void compile_try(FunctionState *fs, Node *node) {
  uint32_t mark = fs->next_register;
  uint32_t context = reg_alloc(fs);
  emit_op(fs, OP_SaveContext, context);
  ControlScope *finally_scope = NULL;
  uint32_t outer_start = emit_here(fs);
  if (node->c != NULL) {
    finally_scope = control_push(fs, CONTROL_FINALLY);
    finally_scope->finally_entry = label_new(fs);
    finally_scope->token_register = reg_alloc(fs);
    finally_scope->value_register = reg_alloc(fs);
  }
  uint32_t start = emit_here(fs);
  compile_statement(fs, node->a);
  uint32_t end = emit_here(fs);
  if (node->b != NULL) {
    Label *after = label_new(fs);
    emit_jump(fs, OP_Jump, after);
    uint32_t handler = emit_here(fs);
    uint32_t exception = reg_alloc(fs);
    emit_op(fs, OP_Star, exception);
    emit_handler(fs, start, end, handler, context);
    compile_catch(fs, node->b, exception);
    label_bind(fs, after);
  }
  if (finally_scope != NULL) {
    uint32_t outer_end = emit_here(fs);
    control_pop(fs, finally_scope);
    /* normal completion */
    emit_op(fs, OP_LdaSmi, TOKEN_NORMAL);
    emit_op(fs, OP_Star, finally_scope->token_register);
    emit_jump(fs, OP_Jump, finally_scope->finally_entry);
    uint32_t handler = emit_here(fs);
    emit_op(fs, OP_Star, finally_scope->value_register);
    emit_op(fs, OP_LdaSmi, TOKEN_THROW);
    emit_op(fs, OP_Star, finally_scope->token_register);
    emit_handler(fs, outer_start, outer_end, handler, context);
    label_bind(fs, finally_scope->finally_entry);
    /* 14.15.3: a finally block that completes normally keeps the try's completion value */
    bool completion = fs->compiler->completion_register >= 0 && fs->parent == NULL;
    uint32_t saved_completion = completion ? reg_alloc(fs) : 0;
    if (completion) emit_op(fs, OP_Mov, (uint32_t)fs->compiler->completion_register, saved_completion);
    compile_statement(fs, node->c);
    if (completion) emit_op(fs, OP_Mov, saved_completion, (uint32_t)fs->compiler->completion_register);
    /* dispatch on the token */
    Label *done = label_new(fs);
    uint32_t compare = reg_alloc(fs);
    for (uint32_t i = 0; i < finally_scope->token_count; i++) {
      struct FinallyJump *jump = &finally_scope->jumps[i];
      Label *skip = label_new(fs);
      emit_op(fs, OP_LdaSmi, (int32_t)jump->token);
      emit_op(fs, OP_Star, compare);
      emit_op(fs, OP_Ldar, finally_scope->token_register);
      emit_op(fs, OP_TestStrictEqual, compare, emit_feedback(fs, 1));
      emit_jump(fs, OP_JumpIfFalse, skip);
      if (jump->is_return) emit_op(fs, OP_Ldar, finally_scope->value_register);
      emit_unwind(fs, finally_scope->outer, jump->target_scope, jump->target, jump->is_return);
      label_bind(fs, skip);
    }
    emit_op(fs, OP_LdaSmi, TOKEN_THROW);
    emit_op(fs, OP_Star, compare);
    emit_op(fs, OP_Ldar, finally_scope->token_register);
    emit_op(fs, OP_TestStrictEqual, compare, emit_feedback(fs, 1));
    emit_jump(fs, OP_JumpIfFalse, done);
    emit_op(fs, OP_Ldar, finally_scope->value_register);
    emit_op(fs, OP_ReThrow);
    label_bind(fs, done);
  }
  reg_free_to(fs, mark);
}

/* --- switch ----------------------------------------------------------------------------------- */

static void compile_switch(FunctionState *fs, Node *node, Node *labels) {
  uint32_t mark = fs->next_register;
  uint32_t value = reg_alloc(fs);
  compile_expression(fs, node->a);
  emit_op(fs, OP_Star, value);
  Scope *scope = scope_of(fs->compiler, node);
  compile_enter_scope(fs, scope);
  for (Node *k = node->list.first; k; k = k->next) compile_hoist_functions(fs, &k->list);
  ControlScope *control = control_push(fs, CONTROL_SWITCH);
  control->label_nodes = labels;
  control->break_label = label_new(fs);
  uint32_t count = node->list.count;
  Label **bodies = arena_alloc(fs->compiler->arena_ptr, (count + 1) * sizeof *bodies);
  if (bodies == NULL) {
    fs->compiler->status = PT_ENOMEM;
    return;
  }
  Label *default_label = NULL;
  uint32_t i = 0;
  for (Node *k = node->list.first; k; k = k->next, i++) {
    bodies[i] = label_new(fs);
    if (k->a == NULL) {
      default_label = bodies[i];
      continue;
    }
    compile_expression(fs, k->a);
    emit_op(fs, OP_TestStrictEqual, value, emit_feedback(fs, 1));
    emit_jump(fs, OP_JumpIfTrue, bodies[i]);
  }
  emit_jump(fs, OP_Jump, default_label ? default_label : control->break_label);
  i = 0;
  for (Node *k = node->list.first; k; k = k->next, i++) {
    label_bind(fs, bodies[i]);
    compile_statements(fs, &k->list);
  }
  control_pop(fs, control);
  label_bind(fs, control->break_label);
  compile_leave_scope(fs, scope);
  reg_free_to(fs, mark);
}

/* --- statements --------------------------------------------------------------------------------- */

static void compile_var_decl(FunctionState *fs, Node *node) {
  VarKind kind = node->op == TOK_VAR ? VAR_VAR : node->op == TOK_CONST ? VAR_CONST : VAR_LET;
  for (Node *d = node->list.first; d; d = d->next) {
    if (d->b == NULL) {
      if (kind == VAR_VAR) continue;
      /* let x; → undefined */
      emit_op(fs, OP_LdaUndefined);
      compile_store_variable(fs, d->a->name, d->a->name_length, d, true);
      continue;
    }
    if (d->a->kind == NODE_IDENTIFIER) {
      compile_named_evaluation(fs, d->b, d->a->name, d->a->name_length);
      compile_store_variable(fs, d->a->name, d->a->name_length, d->a, kind != VAR_VAR);
    } else {
      uint32_t mark = fs->next_register;
      uint32_t value = reg_alloc(fs);
      compile_expression(fs, d->b);
      emit_op(fs, OP_Star, value);
      compile_assign_to_pattern(fs, d->a, value, kind, kind != VAR_VAR);
      reg_free_to(fs, mark);
    }
  }
}

void compile_statements(FunctionState *fs, NodeList *list) {
  for (Node *s = list->first; s; s = s->next) compile_statement(fs, s);
}

void compile_statement(FunctionState *fs, Node *node) {
  if (fs->compiler->status != 0 || node == NULL) return;
  Node *labels = pending_labels;
  pending_labels = NULL;
  if (fs->compiler->completion_register >= 0 && fs->parent == NULL) {
    switch (node->kind) {
      case NODE_IF: case NODE_FOR: case NODE_FOR_IN: case NODE_FOR_OF: case NODE_WHILE: case NODE_DO_WHILE:
      case NODE_SWITCH: case NODE_WITH: case NODE_TRY:
        /* these complete with UpdateEmpty(…, undefined): an empty body leaves undefined */
        emit_op(fs, OP_LdaUndefined);
        emit_op(fs, OP_Star, (uint32_t)fs->compiler->completion_register);
        break;
      default: break;
    }
  }
  switch (node->kind) {
    case NODE_EXPRESSION_STMT:
      if (fs->compiler->completion_register >= 0 && fs->parent == NULL) compile_expression(fs, node->a);
      else compile_expression_unused(fs, node->a);
      if (fs->compiler->completion_register >= 0 && fs->parent == NULL) {
        emit_op(fs, OP_Star, (uint32_t)fs->compiler->completion_register);
      }
      break;
    case NODE_VAR_DECL:
      compile_var_decl(fs, node);
      break;
    case NODE_FUNCTION:
      /* Hoisted at scope entry; Annex B copies a sloppy block function to its var. */
      if (node->a && !fs->info->strict && fs->scope->kind == SCOPE_BLOCK) {
        Scope *vs = fs->scope;
        while (vs->kind != SCOPE_FUNCTION && vs->kind != SCOPE_SCRIPT) vs = vs->parent;
        Variable *var = scope_find_local(vs, node->a->name, node->a->name_length);
        Variable *own = scope_find_local(fs->scope, node->a->name, node->a->name_length);
        if (var != NULL && own != NULL && var != own && var->kind == VAR_VAR) {
          compile_load_variable(fs, node->a->name, node->a->name_length, node, false);
          Scope *saved = fs->scope;
          fs->scope = vs;
          compile_store_variable(fs, node->a->name, node->a->name_length, node, true);
          fs->scope = saved;
        }
      }
      break;
    case NODE_CLASS:
      compile_class(fs, node);
      compile_store_variable(fs, node->a->name, node->a->name_length, node, true);
      break;
    case NODE_BLOCK: {
      Scope *scope = scope_of(fs->compiler, node);
      compile_enter_scope(fs, scope);
      compile_hoist_functions(fs, &node->list);
      if (labels) {
        ControlScope *control = control_push(fs, CONTROL_LABEL);
        control->label_nodes = labels;
        control->break_label = label_new(fs);
        compile_statements(fs, &node->list);
        control_pop(fs, control);
        label_bind(fs, control->break_label);
      } else {
        compile_statements(fs, &node->list);
      }
      compile_leave_scope(fs, scope);
      break;
    }
    case NODE_EMPTY:
    case NODE_DEBUGGER:
      break;
    case NODE_IF: {
      Label *otherwise = label_new(fs), *end = label_new(fs);
      compile_expression(fs, node->a);
      emit_jump(fs, OP_JumpIfFalse, otherwise);
      compile_statement(fs, node->b);
      if (node->c) {
        emit_jump(fs, OP_Jump, end);
        label_bind(fs, otherwise);
        compile_statement(fs, node->c);
        label_bind(fs, end);
      } else {
        label_bind(fs, otherwise);
      }
      break;
    }
    case NODE_FOR: compile_for(fs, node, labels); break;
    case NODE_FOR_IN:
    case NODE_FOR_OF: compile_for_in_of(fs, node, labels); break;
    case NODE_WHILE: {
      ControlScope *loop = loop_push(fs, labels);
      uint32_t top = emit_here(fs);
      label_bind(fs, loop->continue_label);
      compile_expression(fs, node->a);
      emit_jump(fs, OP_JumpIfFalse, loop->break_label);
      compile_statement(fs, node->d);
      emit_loop(fs, top);
      control_pop(fs, loop);
      label_bind(fs, loop->break_label);
      break;
    }
    case NODE_DO_WHILE: {
      ControlScope *loop = loop_push(fs, labels);
      uint32_t top = emit_here(fs);
      Label *again = label_new(fs);
      compile_statement(fs, node->d);
      label_bind(fs, loop->continue_label);
      compile_expression(fs, node->a);
      emit_jump(fs, OP_JumpIfFalse, loop->break_label);
      emit_loop(fs, top);
      (void)again;
      control_pop(fs, loop);
      label_bind(fs, loop->break_label);
      break;
    }
    case NODE_RETURN:
      if (node->a) {
        compile_expression(fs, node->a);
        /* 15.6.2: an async generator's return value is awaited */
        if ((fs->flags & CODE_ASYNC) && (fs->flags & CODE_GENERATOR)) emit_await_acc(fs);
      } else {
        emit_op(fs, OP_LdaUndefined);
      }
      emit_position(fs, node);
      compile_return_acc(fs);
      break;
    case NODE_BREAK: compile_break_continue(fs, node, false); break;
    case NODE_CONTINUE: compile_break_continue(fs, node, true); break;
    case NODE_THROW:
      compile_expression(fs, node->a);
      emit_position(fs, node);
      emit_op(fs, OP_Throw);
      break;
    case NODE_TRY: compile_try(fs, node); break;
    case NODE_SWITCH: compile_switch(fs, node, labels); break;
    case NODE_LABELED: {
      /* Collect the label chain (l1: l2: stmt) through the d field of the LABELED nodes. */
      node->d = labels;
      Node *body = node->a;
      if (body->kind == NODE_FOR || body->kind == NODE_FOR_IN || body->kind == NODE_FOR_OF ||
          body->kind == NODE_WHILE || body->kind == NODE_DO_WHILE || body->kind == NODE_LABELED ||
          body->kind == NODE_SWITCH || body->kind == NODE_BLOCK) {
        pending_labels = node;
        compile_statement(fs, body);
        pending_labels = NULL;
      } else {
        ControlScope *control = control_push(fs, CONTROL_LABEL);
        control->label_nodes = node;
        control->break_label = label_new(fs);
        compile_statement(fs, body);
        control_pop(fs, control);
        label_bind(fs, control->break_label);
      }
      break;
    }
    case NODE_WITH: {
      /* 14.11.2: the object (ToObject) becomes the with body's "%with" binding */
      uint32_t mark = fs->next_register;
      uint32_t object = reg_alloc(fs);
      compile_expression_to(fs, node->a, object);
      emit_position(fs, node);
      emit_op(fs, OP_CallRuntime, INTRINSIC_ToObject, object, 1);
      emit_op(fs, OP_Star, object);
      Scope *scope = scope_of(fs->compiler, node);
      compile_enter_scope(fs, scope);
      emit_op(fs, OP_Ldar, object);
      emit_op(fs, OP_StaContextSlot, 0, scope->variables->index);
      compile_statement(fs, node->b);
      compile_leave_scope(fs, scope);
      reg_free_to(fs, mark);
      break;
    }
    case NODE_IMPORT:
    case NODE_EXPORT_ALL:
      break; /* bound when the module is linked */
    case NODE_EXPORT_NAMED:
      if (node->b != NULL) compile_statement(fs, node->b);
      break;
    case NODE_EXPORT_DEFAULT: {
      Node *d = node->a;
      if (d->kind == NODE_FUNCTION && (d->flags & NODE_DECLARATION)) break; /* hoisted */
      if (d->kind == NODE_CLASS && (d->flags & NODE_DECLARATION) && d->a != NULL) {
        compile_statement(fs, d);
        break;
      }
      /* 16.2.3.7: `export default` AssignmentExpression (or an anonymous class), named "default" */
      compile_named_evaluation(fs, d, "default", 7);
      compile_store_variable(fs, "*default*", 9, node, true);
      break;
    }
    default:
      comp_error(fs->compiler, node, "unsupported statement %s", ast_kind_name(node->kind));
      break;
  }
}
