/* The per-function code buffer: bytecode bytes, constants, registers, labels, handler and
 * source-position tables, and the step that turns them into a FunctionCode cell.
 * Invariant: once the compiler has an error (c->status), emitting does nothing, so code
 * generators need not check after every call. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "compiler/compiler_internal.h"
#include "objects/atom.h"
#include "objects/string.h"

const char *const bytecode_operands[OP_COUNT] = {
#define BYTECODE(name, operands) operands,
#include "interp/bytecode.def"
};
const char *const bytecode_names[OP_COUNT] = {
#define BYTECODE(name, operands) #name,
#include "interp/bytecode.def"
};

static bool grow(Compiler *c, void **buffer, uint32_t *capacity, uint32_t needed, size_t item) {
  if (needed <= *capacity) return true;
  uint32_t next = *capacity ? *capacity * 2 : 64;
  while (next < needed) next *= 2;
  void *grown = realloc(*buffer, (size_t)next * item);
  if (grown == NULL) {
    c->status = PT_ENOMEM;
    return false;
  }
  *buffer = grown;
  *capacity = next;
  return true;
}

static void put_byte(FunctionState *fs, uint8_t byte) {
  if (!grow(fs->compiler, (void **)&fs->code, &fs->capacity, fs->length + 1, 1)) return;
  fs->code[fs->length++] = byte;
}

void emit_op(FunctionState *fs, Opcode op, ...) {
  if (fs->compiler->status != 0) return;
  va_list operands;
  va_start(operands, op);
  put_byte(fs, (uint8_t)op);
  for (const char *kind = bytecode_operands[op]; *kind; kind++) {
    if (*kind == 'i' || *kind == 'j') {
      uint32_t value = (uint32_t)va_arg(operands, int32_t);
      for (int i = 0; i < 4; i++) put_byte(fs, (uint8_t)(value >> (8 * i)));
    } else {
      uint32_t value = va_arg(operands, uint32_t);
      if (value > 0xFFFF) {
        comp_error(fs->compiler, NULL, "function too large to compile (operand %u of %s)", value, bytecode_names[op]);
        break;
      }
      put_byte(fs, (uint8_t)value);
      put_byte(fs, (uint8_t)(value >> 8));
    }
  }
  va_end(operands);
}

uint32_t emit_here(FunctionState *fs) { return fs->length; }

void emit_position(FunctionState *fs, const Node *node) {
  if (node == NULL || fs->compiler->status != 0) return;
  if (fs->position_count > 0 && fs->positions[fs->position_count - 1].pc == fs->length) {
    fs->positions[fs->position_count - 1].source_offset = node->start;
    return;
  }
  if (!grow(fs->compiler, (void **)&fs->positions, &fs->position_capacity, fs->position_count + 1,
            sizeof *fs->positions)) return;
  fs->positions[fs->position_count++] = (PositionEntry){fs->length, node->start};
}

uint32_t emit_constant(FunctionState *fs, JSValue value) {
  for (uint32_t i = 0; i < fs->constant_count; i++) {
    if (js_same_bits(fs->constants[i], value) && !js_is_double(value)) return i;
  }
  if (!grow(fs->compiler, (void **)&fs->constants, &fs->constant_capacity, fs->constant_count + 1,
            sizeof *fs->constants)) return 0;
  fs->constants[fs->constant_count] = value;
  return fs->constant_count++;
}

uint32_t emit_atom_constant(FunctionState *fs, const char *text, uint32_t length) {
  JSValue atom;
  int status = atom_from_utf8(fs->compiler->vm->cx->atoms, text, length, &atom);
  if (status != 0) {
    fs->compiler->status = status;
    return 0;
  }
  return emit_constant(fs, atom);
}

/* String constants are atoms too: equal literals share a cell, and property keys need them.
 * The parser's cooked values are WTF-8 (a lone surrogate keeps its 3-byte form). */
uint32_t emit_string_constant(FunctionState *fs, const char *text, uint32_t length) {
  Vm *vm = fs->compiler->vm;
  JSValue string, atom;
  int status = str_from_wtf8(vm->heap, text, length, &string);
  if (status == 0) status = atom_intern(vm->cx->atoms, string, &atom);
  if (status != 0) {
    fs->compiler->status = status;
    return 0;
  }
  return emit_constant(fs, atom);
}

uint32_t emit_feedback(FunctionState *fs, uint32_t size) {
  uint32_t slot = fs->feedback_count;
  fs->feedback_count += size;
  return slot;
}

/* V8's CallPrinter, approximately: the callee as written when it is a name or a member
 * chain, else "(intermediate value)". Messages such as "o.m is not a function" use it. */
static bool render_callee(const char *source, const Node *node, char *out, size_t size, size_t *used) {
  switch (node->kind) {
    case NODE_IDENTIFIER:
    case NODE_THIS:
    case NODE_NUMBER:
    case NODE_NULL:
    case NODE_TRUE:
    case NODE_FALSE: {
      size_t length = node->end - node->start;
      if (*used + length >= size) return false;
      memcpy(out + *used, source + node->start, length);
      *used += length;
      return true;
    }
    case NODE_BIGINT: {
      /* V8 names a BigInt literal (intermediate value) */
      int n = snprintf(out + *used, size - *used, "(intermediate value)");
      if (n < 0 || (size_t)n >= size - *used) return false;
      *used += (size_t)n;
      return true;
    }
    case NODE_CHAIN: return render_callee(source, node->a, out, size, used);
    case NODE_MEMBER: {
      if (!render_callee(source, node->a, out, size, used)) return false;
      const Node *key = node->b;
      const char *text;
      size_t length;
      bool bracket = false;
      if (!(node->flags & NODE_COMPUTED) || key->kind == NODE_STRING) {
        text = key->name;
        length = key->name_length;
      } else if (key->kind == NODE_NUMBER || key->kind == NODE_IDENTIFIER) {
        text = source + key->start;
        length = key->end - key->start;
        bracket = true;
      } else {
        return false;
      }
      if (key->kind == NODE_PRIVATE_NAME && !(node->flags & NODE_COMPUTED)) {
        if (*used + 1 >= size) return false;
      }
      const char *open = bracket ? "[" : (node->flags & NODE_OPTIONAL) ? "?." : ".";
      const char *hash = key->kind == NODE_PRIVATE_NAME ? "#" : "";
      int n = snprintf(out + *used, size - *used, "%s%s%.*s%s", open, hash, (int)length, text, bracket ? "]" : "");
      if (n < 0 || (size_t)n >= size - *used) return false;
      *used += (size_t)n;
      return true;
    }
    default: return false;
  }
}

uint32_t emit_call_feedback(FunctionState *fs, const Node *callee) {
  uint32_t slot = emit_feedback(fs, 1);
  if (callee == NULL || fs->compiler->status != 0) return slot;
  char text[160];
  size_t used = 0;
  if (!render_callee(fs->compiler->source, callee, text, sizeof text, &used)) {
    used = (size_t)snprintf(text, sizeof text, "(intermediate value)");
  }
  JSValue name;
  if (str_from_wtf8(fs->compiler->vm->heap, text, used, &name) != 0) {
    fs->compiler->status = PT_ENOMEM;
    return slot;
  }
  if (!grow(fs->compiler, (void **)&fs->feedback_init, &fs->feedback_init_capacity, fs->feedback_count,
            sizeof *fs->feedback_init)) return slot;
  for (uint32_t i = fs->feedback_init_count; i < fs->feedback_count; i++) fs->feedback_init[i] = JS_UNDEFINED;
  fs->feedback_init_count = fs->feedback_count;
  fs->feedback_init[slot] = name;
  return slot;
}

/* --- registers ---------------------------------------------------------------------------- */

uint32_t reg_alloc(FunctionState *fs) { return reg_alloc_range(fs, 1); }

uint32_t reg_alloc_range(FunctionState *fs, uint32_t count) {
  uint32_t first = fs->next_register;
  fs->next_register += count;
  if (fs->next_register > fs->register_count) fs->register_count = fs->next_register;
  if (fs->register_count > 0xFFF0) comp_error(fs->compiler, NULL, "too many registers in one function");
  return first;
}

void reg_free_to(FunctionState *fs, uint32_t mark) { fs->next_register = mark; }

/* --- labels --------------------------------------------------------------------------------- */

Label *label_new(FunctionState *fs) {
  Label *label = arena_alloc(fs->compiler->arena_ptr, sizeof *label);
  if (label == NULL) {
    fs->compiler->status = PT_ENOMEM;
    static Label dummy;
    return &dummy;
  }
  label->offset = -1;
  return label;
}

static void patch(FunctionState *fs, uint32_t at, int32_t target) {
  uint32_t value = (uint32_t)(target - (int32_t)at);
  uint32_t operand = at + 1;
  const char *kinds = bytecode_operands[fs->code[at]];
  for (const char *k = kinds; *k != 'j'; k++) operand += bc_operand_size(*k);
  for (int i = 0; i < 4; i++) fs->code[operand + i] = (uint8_t)(value >> (8 * i));
}

static void add_use(FunctionState *fs, Label *label, uint32_t at) {
  if (label->use_count == label->use_capacity) {
    uint32_t capacity = label->use_capacity ? label->use_capacity * 2 : 4;
    uint32_t *uses = arena_alloc(fs->compiler->arena_ptr, capacity * sizeof *uses);
    if (uses == NULL) {
      fs->compiler->status = PT_ENOMEM;
      return;
    }
    if (label->use_count) memcpy(uses, label->uses, label->use_count * sizeof *uses);
    label->uses = uses;
    label->use_capacity = capacity;
  }
  label->uses[label->use_count++] = at;
}

void emit_jump(FunctionState *fs, Opcode op, Label *label) {
  if (fs->compiler->status != 0) return;
  uint32_t at = fs->length;
  emit_op(fs, op, 0);
  if (label->offset >= 0) {
    patch(fs, at, label->offset);
    return;
  }
  add_use(fs, label, at);
}

/* A jump with a register operand before its offset (ForInNext). */
void emit_jump_register(FunctionState *fs, Opcode op, uint32_t reg, Label *label) {
  if (fs->compiler->status != 0) return;
  uint32_t at = fs->length;
  emit_op(fs, op, reg, 0);
  if (label->offset >= 0) {
    patch(fs, at, label->offset);
    return;
  }
  add_use(fs, label, at);
}

void label_bind(FunctionState *fs, Label *label) {
  if (fs->compiler->status != 0) return;
  label->offset = (int32_t)fs->length;
  for (uint32_t i = 0; i < label->use_count; i++) patch(fs, label->uses[i], label->offset);
  label->use_count = 0;
}

/* A back-edge to an already bound position: the interpreter polls for a safepoint here. */
void emit_loop(FunctionState *fs, uint32_t target) {
  uint32_t at = fs->length;
  emit_op(fs, OP_JumpLoop, (int32_t)target - (int32_t)at);
}

/* Adds a try region; regions must be added innermost first (they are, because an inner
 * construct finishes compiling before the one around it). */
void emit_handler(FunctionState *fs, uint32_t start, uint32_t end, uint32_t handler, uint32_t context_register) {
  if (!grow(fs->compiler, (void **)&fs->handlers, &fs->handler_capacity, fs->handler_count + 1, sizeof *fs->handlers))
    return;
  fs->handlers[fs->handler_count++] = (HandlerEntry){start, end, handler, context_register};
}

/* --- errors and finishing --------------------------------------------------------------------- */

int comp_error(Compiler *c, const Node *node, const char *format, ...) {
  if (c->status != 0) return c->status;
  char message[256];
  va_list args;
  va_start(args, format);
  vsnprintf(message, sizeof message, format, args);
  va_end(args);
  if (node != NULL) {
    uint32_t line = node->line, column = node->column + 1;
    char with_position[400];
    char *name = vm_string_to_cstring(c->vm, c->script->name);
    snprintf(with_position, sizeof with_position, "%s (%s:%u:%u)", message, name ? name : "?", line, column);
    free(name);
    c->status = vm_throw(c->vm, ERROR_SYNTAX, "%s", with_position);
  } else {
    c->status = vm_throw(c->vm, ERROR_SYNTAX, "%s", message);
  }
  return c->status;
}

static GcCell *bytes_cell(Heap *heap, const void *data, size_t size) {
  GcCell *cell = heap_alloc_slots(heap, 0, (uint32_t)size, true);
  if (cell != NULL && size) memcpy(gc_slots_raw(cell), data, size);
  return cell;
}

int comp_finish_function(FunctionState *fs, JSValue name, uint32_t parameter_count, uint32_t length,
                         JSValue *out) {
  Compiler *c = fs->compiler;
  if (c->status != 0) return c->status;
  Heap *heap = c->vm->heap;
  GcCell *cell = heap_alloc_tenured(heap, CELL_CODE, sizeof(FunctionCode));
  GcCell *code = bytes_cell(heap, fs->code, fs->length);
  GcCell *handlers = fs->handler_count ? bytes_cell(heap, fs->handlers, fs->handler_count * sizeof(HandlerEntry)) : NULL;
  GcCell *positions = bytes_cell(heap, fs->positions, fs->position_count * sizeof(PositionEntry));
  GcCell *constants = heap_alloc_slots(heap, fs->constant_count, 0, true);
  GcCell *feedback = fs->feedback_count ? heap_alloc_slots(heap, fs->feedback_count, 0, true) : NULL;
  if (cell == NULL || code == NULL || (fs->handler_count && handlers == NULL) || positions == NULL ||
      constants == NULL || (fs->feedback_count && feedback == NULL)) {
    return c->status = PT_ENOMEM;
  }
  for (uint32_t i = 0; i < fs->constant_count; i++) {
    gc_store_value(heap, constants, &gc_slots(constants)->slots[i], fs->constants[i]);
  }
  if (fs->feedback_init != NULL && feedback != NULL) {
    for (uint32_t i = 0; i < fs->feedback_init_count; i++) {
      JSValue value = fs->feedback_init[i];
      if (js_is_string(value)) gc_store_value(heap, feedback, &gc_slots(feedback)->slots[i], value);
    }
  }
  FunctionCode *fc = (FunctionCode *)cell;
  gc_store_cell(heap, cell, &fc->bytecode, code);
  gc_store_cell(heap, cell, &fc->constants, constants);
  gc_store_cell(heap, cell, &fc->handlers, handlers);
  gc_store_cell(heap, cell, &fc->positions, positions);
  gc_store_cell(heap, cell, &fc->feedback, feedback);
  gc_store_cell(heap, cell, &fc->script, &c->script->cell);
  gc_store_value(heap, cell, &fc->name, name);
  fc->flags = fs->flags;
  fc->parameter_count = parameter_count;
  fc->length = length;
  fc->register_count = fs->register_count;
  fc->bytecode_length = fs->length;
  fc->handler_count = fs->handler_count;
  fc->position_count = fs->position_count;
  fc->feedback_count = fs->feedback_count;
  fc->generator_register = fs->generator_register;
  Node *node = fs->info->node;
  fc->source_start = node->start;
  fc->source_end = node->end;
  *out = code_value(fc);
  return 0;
}
