/* The iterator protocol as bytecode, shared by for-of, array destructuring and spread-free
 * consumers: every step is an ordinary call or property load, so user-defined `next`,
 * `done` and `value` (getters included) run as frames like any other code.
 * An iterator record occupies two registers: the iterator and its `next` method. */
#include "compiler/compiler_internal.h"

/* 7.4.2 GetIterator(acc, sync or async): record ← (iterator, iterator.next). An async one
 * comes from @@asyncIterator or wraps the sync iterator (for-await). */
void emit_get_iterator(FunctionState *fs, uint32_t record, bool is_async) {
  emit_op(fs, OP_Star, record);
  emit_op(fs, OP_CallLib, is_async ? LIB_GetAsyncIterator : LIB_GetIterator, record, 1);
  emit_op(fs, OP_Star, record);
  emit_op(fs, OP_GetNamed, record, emit_atom_constant(fs, "next", 4), emit_feedback(fs, IC_SLOT_SIZE));
  emit_op(fs, OP_Star, record + 1);
}

/* 7.4.8 IteratorStep + 7.4.7 IteratorValue: acc ← the next value, or jump to `done`. An
 * async iterator's result is awaited before done/value are read. */
void emit_iterator_step(FunctionState *fs, uint32_t record, Label *done, bool is_async) {
  uint32_t result = reg_alloc(fs);
  emit_op(fs, OP_Call, record + 1, record, 0, emit_feedback(fs, 1));
  if (is_async) emit_await_acc(fs);
  emit_op(fs, OP_ThrowIfNotObject, emit_string_constant(fs, "Iterator result", 15));
  emit_op(fs, OP_Star, result);
  emit_op(fs, OP_GetNamed, result, emit_atom_constant(fs, "done", 4), emit_feedback(fs, IC_SLOT_SIZE));
  emit_jump(fs, OP_JumpIfTrue, done);
  emit_op(fs, OP_GetNamed, result, emit_atom_constant(fs, "value", 5), emit_feedback(fs, IC_SLOT_SIZE));
  reg_free_to(fs, result);
}

/* 7.4.11 IteratorClose; quiet: errors from `return` are dropped (closing after a throw). */
void emit_iterator_close(FunctionState *fs, uint32_t record, bool quiet) {
  uint32_t args = reg_alloc_range(fs, 2);
  emit_op(fs, OP_Mov, record, args);
  emit_op(fs, quiet ? OP_LdaTrue : OP_LdaFalse);
  emit_op(fs, OP_Star, args + 1);
  emit_op(fs, OP_CallLib, LIB_IteratorClose, args, 2);
  reg_free_to(fs, args);
}

static void compile_async_generator_yield(FunctionState *fs, Node *node);

/* After a Yield resumes: acc is the value sent in and the register after the generator holds
 * the mode. next continues with the value; throw throws it here; return returns it from
 * here, running the finally blocks on the way (27.5.3.8 GeneratorResumeAbrupt). */
static void emit_resume_dispatch(FunctionState *fs, uint32_t mode_register, bool allow_return) {
  uint32_t value = reg_alloc(fs);
  Label *next = label_new(fs), *do_return = label_new(fs);
  emit_op(fs, OP_Star, value);
  emit_op(fs, OP_Ldar, mode_register);
  emit_jump(fs, OP_JumpIfFalse, next);
  if (allow_return) {
    emit_op(fs, OP_LdaSmi, RESUME_THROW);
    emit_op(fs, OP_TestStrictEqual, mode_register, emit_feedback(fs, 1));
    emit_jump(fs, OP_JumpIfFalse, do_return);
  }
  emit_op(fs, OP_Ldar, value);
  emit_op(fs, OP_Throw);
  if (allow_return) {
    label_bind(fs, do_return);
    emit_op(fs, OP_Ldar, value);
    compile_return_acc(fs);
  }
  label_bind(fs, next);
  emit_op(fs, OP_Ldar, value);
  reg_free_to(fs, value);
}

/* 15.5.5 yield* : forwards next/throw/return to the inner iterator, yielding its results as
 * they are (14.4.14, sync generators). */
static void compile_yield_delegate(FunctionState *fs, Node *node) {
  bool is_async = (fs->flags & CODE_ASYNC) != 0; /* 15.5.5 with generatorKind async */
  uint32_t generator = fs->generator_register;
  uint32_t mark = fs->next_register;
  uint32_t iterator = reg_alloc_range(fs, 2);
  uint32_t received = reg_alloc(fs), mode = reg_alloc(fs), method = reg_alloc(fs), result = reg_alloc(fs);
  compile_expression(fs, node->a);
  emit_position(fs, node);
  emit_get_iterator(fs, iterator, is_async);
  emit_op(fs, OP_LdaUndefined);
  emit_op(fs, OP_Star, received);
  emit_op(fs, OP_LdaSmi, RESUME_NEXT);
  emit_op(fs, OP_Star, mode);
  uint32_t top = emit_here(fs);
  Label *not_next = label_new(fs), *not_throw = label_new(fs), *call = label_new(fs), *done = label_new(fs);
  /* next: iterator.next(received) */
  emit_op(fs, OP_Ldar, mode);
  emit_jump(fs, OP_JumpIfTrue, not_next);
  emit_op(fs, OP_Mov, iterator + 1, method);
  emit_jump(fs, OP_Jump, call);
  label_bind(fs, not_next);
  emit_op(fs, OP_LdaSmi, RESUME_THROW);
  emit_op(fs, OP_TestStrictEqual, mode, emit_feedback(fs, 1));
  emit_jump(fs, OP_JumpIfFalse, not_throw);
  {
    /* throw: iterator.throw(received), or close it and complain */
    Label *has_throw = label_new(fs);
    emit_op(fs, OP_GetNamed, iterator, emit_atom_constant(fs, "throw", 5), emit_feedback(fs, IC_SLOT_SIZE));
    emit_op(fs, OP_Star, method);
    emit_jump(fs, OP_JumpIfNotNullish, has_throw);
    if (is_async) emit_async_iterator_close(fs, iterator, false);
    else emit_iterator_close(fs, iterator, false);
    emit_op(fs, OP_ThrowError, ERROR_TYPE,
            emit_string_constant(fs, "The iterator does not provide a 'throw' method", 46));
    label_bind(fs, has_throw);
    emit_jump(fs, OP_Jump, call);
  }
  label_bind(fs, not_throw);
  {
    /* return: iterator.return(received), or return received ourselves */
    Label *has_return = label_new(fs);
    emit_op(fs, OP_GetNamed, iterator, emit_atom_constant(fs, "return", 6), emit_feedback(fs, IC_SLOT_SIZE));
    emit_op(fs, OP_Star, method);
    emit_jump(fs, OP_JumpIfNotNullish, has_return);
    emit_op(fs, OP_Ldar, received);
    if (is_async) emit_await_acc(fs);
    compile_return_acc(fs);
    label_bind(fs, has_return);
  }
  label_bind(fs, call);
  {
    uint32_t args = reg_alloc_range(fs, 2);
    emit_op(fs, OP_Mov, iterator, args);
    emit_op(fs, OP_Mov, received, args + 1);
    emit_op(fs, OP_Call, method, args, 1, emit_feedback(fs, 1));
    reg_free_to(fs, args);
  }
  if (is_async) emit_await_acc(fs);
  emit_op(fs, OP_ThrowIfNotObject, emit_string_constant(fs, "Iterator result", 15));
  emit_op(fs, OP_Star, result);
  emit_op(fs, OP_GetNamed, result, emit_atom_constant(fs, "done", 4), emit_feedback(fs, IC_SLOT_SIZE));
  emit_jump(fs, OP_JumpIfTrue, done);
  if (is_async) {
    /* AsyncGeneratorYield(IteratorValue(innerResult)): settle the front request, then go on
     * with the next one or suspend */
    uint32_t args = reg_alloc_range(fs, 2);
    Label *suspend = label_new(fs);
    emit_op(fs, OP_GetNamed, result, emit_atom_constant(fs, "value", 5), emit_feedback(fs, IC_SLOT_SIZE));
    emit_op(fs, OP_Star, args + 1);
    emit_op(fs, OP_Mov, generator, args);
    emit_op(fs, OP_CallLib, LIB_AsyncGenYield, args, 2);
    emit_jump(fs, OP_JumpIfUndefined, suspend);
    emit_op(fs, OP_Star, args);
    emit_op(fs, OP_GetNamed, args, emit_atom_constant(fs, "mode", 4), emit_feedback(fs, IC_SLOT_SIZE));
    emit_op(fs, OP_Star, mode);
    emit_op(fs, OP_GetNamed, args, emit_atom_constant(fs, "value", 5), emit_feedback(fs, IC_SLOT_SIZE));
    emit_op(fs, OP_Star, received);
    reg_free_to(fs, args);
    emit_loop(fs, top);
    label_bind(fs, suspend);
    emit_op(fs, OP_Yield, generator, 1);
  } else {
    emit_op(fs, OP_Ldar, result);
    emit_op(fs, OP_Yield, generator, 1);
  }
  emit_op(fs, OP_Star, received);
  emit_op(fs, OP_Mov, generator + 1, mode);
  emit_loop(fs, top);
  label_bind(fs, done);
  emit_op(fs, OP_GetNamed, result, emit_atom_constant(fs, "value", 5), emit_feedback(fs, IC_SLOT_SIZE));
  {
    Label *finished = label_new(fs);
    uint32_t value = reg_alloc(fs);
    emit_op(fs, OP_Star, value);
    emit_op(fs, OP_LdaSmi, RESUME_RETURN);
    emit_op(fs, OP_TestStrictEqual, mode, emit_feedback(fs, 1));
    emit_jump(fs, OP_JumpIfFalse, finished);
    emit_op(fs, OP_Ldar, value);
    compile_return_acc(fs);
    label_bind(fs, finished);
    emit_op(fs, OP_Ldar, value);
  }
  reg_free_to(fs, mark);
}

void compile_yield(FunctionState *fs, Node *node) {
  if (!(fs->flags & CODE_GENERATOR)) {
    comp_error(fs->compiler, node, "yield outside a generator");
    return;
  }
  if ((fs->flags & CODE_ASYNC) && !(node->flags & NODE_DELEGATE)) {
    compile_async_generator_yield(fs, node);
    return;
  }
  if (node->flags & NODE_DELEGATE) {
    compile_yield_delegate(fs, node);
    return;
  }
  if (node->a) compile_expression(fs, node->a);
  else emit_op(fs, OP_LdaUndefined);
  emit_position(fs, node);
  emit_op(fs, OP_Yield, fs->generator_register, 0);
  emit_resume_dispatch(fs, fs->generator_register + 1, true);
}

/* An async function's exit: settles its promise with acc (fulfilled, or rejected with the
 * exception) and hands the promise to whoever runs the frame. */
void emit_async_settle_and_return(FunctionState *fs, bool rejected) {
  uint32_t capability = fs->generator_register + 2;
  uint32_t args = reg_alloc_range(fs, 3);
  emit_op(fs, OP_Star, args + 1);
  emit_op(fs, OP_Mov, capability, args);
  emit_op(fs, rejected ? OP_LdaTrue : OP_LdaFalse);
  emit_op(fs, OP_Star, args + 2);
  emit_op(fs, OP_CallLib, LIB_AsyncSettle, args, 3);
  emit_op(fs, OP_GetNamed, capability, emit_atom_constant(fs, "promise", 7), emit_feedback(fs, IC_SLOT_SIZE));
  emit_op(fs, OP_Return);
  reg_free_to(fs, args);
}

/* 27.7.5.3 Await(acc): a reaction on the value's promise will resume this frame; meanwhile
 * the frame suspends, handing whoever ran it the async function's promise (async generators
 * hand nothing: their requests' promises are settled by the library). acc ← the result. */
void emit_await_acc(FunctionState *fs) {
  uint32_t frame = fs->generator_register;
  uint32_t args = reg_alloc_range(fs, 2);
  emit_op(fs, OP_Star, args + 1);
  emit_op(fs, OP_Mov, frame, args);
  emit_op(fs, OP_CallLib, LIB_AsyncAwait, args, 2);
  if (fs->flags & CODE_GENERATOR) {
    emit_op(fs, OP_LdaUndefined);
  } else {
    emit_op(fs, OP_GetNamed, frame + 2, emit_atom_constant(fs, "promise", 7), emit_feedback(fs, IC_SLOT_SIZE));
  }
  emit_op(fs, OP_Yield, frame, 1);
  reg_free_to(fs, args);
  emit_resume_dispatch(fs, frame + 1, false); /* an await is resumed with next or throw only */
}

void compile_await(FunctionState *fs, Node *node) {
  if (!(fs->flags & CODE_ASYNC)) {
    comp_error(fs->compiler, node, "await is only valid in async functions and the top level bodies of modules");
    return;
  }
  compile_expression(fs, node->a);
  emit_position(fs, node);
  emit_await_acc(fs);
}

/* The exit of an async generator's body: completes the front request with acc (or rejects
 * it with the exception), then hands the frame back. */
void emit_async_generator_complete(FunctionState *fs, bool threw) {
  uint32_t args = reg_alloc_range(fs, 3);
  emit_op(fs, OP_Star, args + 1);
  emit_op(fs, OP_Mov, fs->generator_register, args);
  emit_op(fs, threw ? OP_LdaTrue : OP_LdaFalse);
  emit_op(fs, OP_Star, args + 2);
  emit_op(fs, OP_CallLib, LIB_AsyncGenComplete, args, 3);
  emit_op(fs, OP_LdaUndefined);
  emit_op(fs, OP_Return);
  reg_free_to(fs, args);
}

/* 27.6.3.8 AsyncGeneratorYield: the operand is awaited, the front request settled; the body
 * goes on at once if another request waits, else it suspends. Resumed with return, the value
 * is awaited and returned (AsyncGeneratorUnwrapYieldResumption). */
static void compile_async_generator_yield(FunctionState *fs, Node *node) {
  uint32_t frame = fs->generator_register;
  if (node->a) compile_expression(fs, node->a);
  else emit_op(fs, OP_LdaUndefined);
  emit_position(fs, node);
  emit_await_acc(fs);
  uint32_t args = reg_alloc_range(fs, 2);
  Label *suspend = label_new(fs), *resumed = label_new(fs);
  emit_op(fs, OP_Star, args + 1);
  emit_op(fs, OP_Mov, frame, args);
  emit_op(fs, OP_CallLib, LIB_AsyncGenYield, args, 2);
  emit_jump(fs, OP_JumpIfUndefined, suspend);
  emit_op(fs, OP_Star, args);
  emit_op(fs, OP_GetNamed, args, emit_atom_constant(fs, "mode", 4), emit_feedback(fs, IC_SLOT_SIZE));
  emit_op(fs, OP_Star, frame + 1);
  emit_op(fs, OP_GetNamed, args, emit_atom_constant(fs, "value", 5), emit_feedback(fs, IC_SLOT_SIZE));
  emit_jump(fs, OP_Jump, resumed);
  label_bind(fs, suspend);
  emit_op(fs, OP_Yield, frame, 1);
  label_bind(fs, resumed);
  reg_free_to(fs, args);
  /* next: the value; throw: throw it; return: await it, then return */
  uint32_t value = reg_alloc(fs);
  Label *next = label_new(fs), *do_return = label_new(fs);
  emit_op(fs, OP_Star, value);
  emit_op(fs, OP_Ldar, frame + 1);
  emit_jump(fs, OP_JumpIfFalse, next);
  emit_op(fs, OP_LdaSmi, RESUME_THROW);
  emit_op(fs, OP_TestStrictEqual, frame + 1, emit_feedback(fs, 1));
  emit_jump(fs, OP_JumpIfFalse, do_return);
  emit_op(fs, OP_Ldar, value);
  emit_op(fs, OP_Throw);
  label_bind(fs, do_return);
  emit_op(fs, OP_Ldar, value);
  emit_await_acc(fs);
  compile_return_acc(fs);
  label_bind(fs, next);
  emit_op(fs, OP_Ldar, value);
  reg_free_to(fs, value);
}

/* 7.4.13 AsyncIteratorClose: iterator.return() awaited; its result must be an object. quiet:
 * closing after a throw, whose own errors (also from the await) are dropped. */
void emit_async_iterator_close(FunctionState *fs, uint32_t record, bool quiet) {
  uint32_t mark = fs->next_register;
  uint32_t method = reg_alloc(fs), context = reg_alloc(fs);
  Label *done = label_new(fs);
  uint32_t start = 0;
  if (quiet) {
    emit_op(fs, OP_SaveContext, context);
    start = emit_here(fs);
  }
  emit_op(fs, OP_GetNamed, record, emit_atom_constant(fs, "return", 6), emit_feedback(fs, IC_SLOT_SIZE));
  emit_jump(fs, OP_JumpIfNullish, done);
  emit_op(fs, OP_Star, method);
  emit_op(fs, OP_Call, method, record, 0, emit_feedback(fs, 1));
  emit_await_acc(fs);
  if (!quiet) emit_op(fs, OP_ThrowIfNotObject, emit_string_constant(fs, "Iterator result", 15));
  if (quiet) {
    uint32_t end = emit_here(fs);
    emit_jump(fs, OP_Jump, done);
    uint32_t handler = emit_here(fs);
    emit_handler(fs, start, end, handler, context);
  }
  label_bind(fs, done);
  reg_free_to(fs, mark);
}
