/* The iterator protocol as bytecode, shared by for-of, array destructuring and spread-free
 * consumers: every step is an ordinary call or property load, so user-defined `next`,
 * `done` and `value` (getters included) run as frames like any other code.
 * An iterator record occupies two registers: the iterator and its `next` method. */
#include "compiler/compiler_internal.h"

/* 7.4.2 GetIterator(acc, sync): record ← (iterator, iterator.next). */
void emit_get_iterator(FunctionState *fs, uint32_t record) {
  emit_op(fs, OP_Star, record);
  emit_op(fs, OP_CallLib, LIB_GetIterator, record, 1);
  emit_op(fs, OP_Star, record);
  emit_op(fs, OP_GetNamed, record, emit_atom_constant(fs, "next", 4), emit_feedback(fs, 13));
  emit_op(fs, OP_Star, record + 1);
}

/* 7.4.8 IteratorStep + 7.4.7 IteratorValue: acc ← the next value, or jump to `done`. */
void emit_iterator_step(FunctionState *fs, uint32_t record, Label *done) {
  uint32_t result = reg_alloc(fs);
  emit_op(fs, OP_Call, record + 1, record, 0, emit_feedback(fs, 1));
  emit_op(fs, OP_ThrowIfNotObject, emit_string_constant(fs, "Iterator result", 15));
  emit_op(fs, OP_Star, result);
  emit_op(fs, OP_GetNamed, result, emit_atom_constant(fs, "done", 4), emit_feedback(fs, 13));
  emit_jump(fs, OP_JumpIfTrue, done);
  emit_op(fs, OP_GetNamed, result, emit_atom_constant(fs, "value", 5), emit_feedback(fs, 13));
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
