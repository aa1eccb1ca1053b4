/* Bytecode: the opcode enum and operand layout from bytecode.def, and the disassembler.
 * Encoding: one opcode byte, then each operand little-endian: registers, constants, feedback
 * slots and small immediates in 2 bytes, int32 immediates and jump offsets in 4. A jump
 * offset is relative to the jump's own opcode. */
#ifndef PETREL_INTERP_BYTECODE_H
#define PETREL_INTERP_BYTECODE_H

#include <stdint.h>
#include <string.h>

#include "interp/code.h"

typedef enum Opcode {
#define BYTECODE(name, operands) OP_##name,
#include "interp/bytecode.def"
  OP_COUNT
} Opcode;

static inline uint32_t bc_operand_size(char kind) { return kind == 'i' || kind == 'j' ? 4 : 2; }

/* The operand letters of each opcode (bytecode.def) and its total length in bytes. */
extern const char *const bytecode_operands[OP_COUNT];
extern const char *const bytecode_names[OP_COUNT];

/* Instruction lengths, filled once by bytecode_init (the interpreter reads them per step). */
extern uint8_t bytecode_lengths[OP_COUNT];
void bytecode_init(void);

/* An instruction's length in bytes: the opcode and its operands. */
static inline uint32_t bc_length(Opcode op) {
  uint32_t length = 1;
  for (const char *kind = bytecode_operands[op]; *kind; kind++) length += (*kind == 'i' || *kind == 'j') ? 4 : 2;
  return length;
}
static inline uint16_t bc_read_u16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static inline int32_t bc_read_i32(const uint8_t *p) {
  uint32_t v = (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
  return (int32_t)v;
}

/* A function's bytecode, constants and handler table as text (--print-bytecode), then the
 * same for every function in its constant pool: a malloc'd string, NULL when out of memory. */
char *bytecode_listing(FunctionCode *code);

#endif
