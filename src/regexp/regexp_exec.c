/* The RegExp matcher: runs the bytecode of regexp_compile.c over a Latin-1 or UTF-16
 * subject by backtracking (22.2.2 Pattern Semantics, continuation-passing turned into a
 * loop). State is (pc, position, slots); the backtrack stack, on the heap and bounded, holds
 * entries of four kinds:
 *   CHOICE  (pc, position)         an alternative to resume when the current path fails;
 *   UNDO    (slot, old value)      a slot write, reverted when backtracking passes it;
 *   RETREAT (pc, low, position)    a greedy one-character loop that can give back characters;
 *   LOOK    (pc, position, negative) a lookaround's start; its body ends in LOOK_END.
 * Failing pops entries until a CHOICE or RETREAT. A lookaround is atomic: when its body
 * matches, the CHOICEs above its LOOK entry are dropped but the UNDOs kept (positive), or
 * everything above it is undone and the lookaround fails (negative). Nothing recurses in C.
 * Every RE_BUDGET_POLL_INTERVAL steps the budget is consulted, so a runaway match stops. */
#include <stdlib.h>
#include <string.h>

#include "regexp/regexp_internal.h"

enum { ENTRY_CHOICE, ENTRY_UNDO, ENTRY_RETREAT, ENTRY_LOOK };

typedef struct Entry {
  int32_t kind, a, b, c;
} Entry;

typedef struct Matcher {
  const ReProgram *program;
  const uint8_t *latin1;
  const uint16_t *utf16;
  int32_t length;
  int32_t *slots;
  Entry *stack;
  size_t depth, capacity, max_entries;
  ReBudget *budget;
  int32_t countdown;
} Matcher;

static inline uint32_t unit_at(const Matcher *m, int32_t i) { return m->utf16 ? m->utf16[i] : m->latin1[i]; }

/* The character at position (forward) or before it (backward), and its width; 0 at the end. */
static inline int read_char(const Matcher *m, int32_t position, bool backward, uint32_t *ch) {
  if (backward) {
    if (position <= 0) return 0;
    uint32_t low = unit_at(m, position - 1);
    if (m->program->unicode && low >= 0xDC00 && low <= 0xDFFF && position >= 2) {
      uint32_t high = unit_at(m, position - 2);
      if (high >= 0xD800 && high <= 0xDBFF) {
        *ch = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
        return 2;
      }
    }
    *ch = low;
    return 1;
  }
  if (position >= m->length) return 0;
  uint32_t high = unit_at(m, position);
  if (m->program->unicode && high >= 0xD800 && high <= 0xDBFF && position + 1 < m->length) {
    uint32_t low = unit_at(m, position + 1);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      *ch = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
      return 2;
    }
  }
  *ch = high;
  return 1;
}

static inline bool is_line_terminator(uint32_t ch) { return ch == 0x0A || ch == 0x0D || ch == 0x2028 || ch == 0x2029; }

/* 22.2.2.9.2 IsWordChar at position. */
static bool is_word_char(const Matcher *m, int32_t position) {
  if (position < 0 || position >= m->length) return false;
  uint32_t ch = unit_at(m, position);
  return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || ch == '_' ||
         (m->program->unicode_word && (ch == 0x17F || ch == 0x212A));
}

/* Tests a one-character instruction at *position, moving it past the character on success. */
static inline bool match_one(const Matcher *m, const int32_t *insn, int32_t *position) {
  bool backward = (insn[0] & RE_BACKWARD) != 0;
  uint32_t ch;
  int width = read_char(m, *position, backward, &ch);
  if (width == 0) return false;
  bool ok;
  switch (insn[0] & RE_OPCODE_MASK) {
  case RE_OP_CHAR: ok = ch == (uint32_t)insn[1]; break;
  case RE_OP_CHAR2: ok = ch == (uint32_t)insn[1] || ch == (uint32_t)insn[2]; break;
  case RE_OP_ANY: ok = true; break;
  case RE_OP_DOT: ok = !is_line_terminator(ch); break;
  default: ok = re_set_contains(&m->program->sets[insn[1]], ch) != (insn[2] != 0); break;
  }
  if (ok) *position += backward ? -width : width;
  return ok;
}

static bool push(Matcher *m, int32_t kind, int32_t a, int32_t b, int32_t c) {
  if (m->depth == m->capacity) {
    if (m->capacity >= m->max_entries) return false;
    size_t capacity = m->capacity ? m->capacity * 2 : 256;
    if (capacity > m->max_entries) capacity = m->max_entries;
    Entry *stack = realloc(m->stack, capacity * sizeof *stack);
    if (stack == NULL) return false;
    m->stack = stack;
    m->capacity = capacity;
  }
  m->stack[m->depth++] = (Entry){kind, a, b, c};
  return true;
}

static inline bool set_slot(Matcher *m, int32_t slot, int32_t value) {
  if (!push(m, ENTRY_UNDO, slot, m->slots[slot], 0)) return false;
  m->slots[slot] = value;
  return true;
}

/* Called every RE_BUDGET_POLL_INTERVAL steps: true when the caller wants the match stopped. */
static bool budget_exhausted(Matcher *m) {
  m->countdown = RE_BUDGET_POLL_INTERVAL;
  ReBudget *b = m->budget;
  if (b == NULL) return false;
  b->steps += RE_BUDGET_POLL_INTERVAL;
  if (b->step_limit != 0 && b->steps > b->step_limit) return true;
  if (b->interrupt != NULL && *b->interrupt != 0) return true;
  return b->poll != NULL && b->poll(b->poll_data);
}

/* 22.2.2.7.2 BackreferenceMatcher: compares the group's text at position, case-folded with i. */
static bool match_backreference(const Matcher *m, int32_t group, bool backward, int32_t *position) {
  int32_t start = m->slots[2 * group], end = m->slots[2 * group + 1];
  if (start < 0 || end < 0) return true;
  int32_t length = end - start;
  int32_t from = backward ? *position - length : *position;
  if (from < 0 || from + length > m->length) return false;
  const ReProgram *p = m->program;
  for (int32_t i = 0; i < length;) {
    uint32_t a = 0, b = 0;
    int wa = read_char(m, start + i, false, &a), wb = read_char(m, from + i, false, &b);
    if (start + i + wa > end) wa = 1, a = unit_at(m, start + i); /* a pair cut by the group's end */
    if (from + i + wb > from + length) wb = 1, b = unit_at(m, from + i);
    if (a != b) {
      if (!p->ignore_case) return false;
      const uint32_t *members;
      size_t n = re_case_orbit(a, p->unicode, &members);
      bool same = false;
      for (size_t k = 0; k < n && !same; k++) same = members[k] == b;
      if (!same) return false;
    }
    if (wa != wb) return false;
    i += wa;
  }
  *position = backward ? from : from + length;
  return true;
}

/* Runs the program from one start position: 1 match, 0 no match, or a negative ReStatus. */
static int run(Matcher *m, int32_t start) {
  const int32_t *code = m->program->code;
  int32_t pc = 0, position = start;
  m->depth = 0;
  for (uint32_t i = 0; i < m->program->slot_count; i++) m->slots[i] = -1;
  for (;;) {
    if (--m->countdown <= 0 && budget_exhausted(m)) return RE_INTERRUPTED;
    const int32_t *insn = &code[pc];
    int32_t opcode = insn[0] & RE_OPCODE_MASK;
    bool backward = (insn[0] & RE_BACKWARD) != 0;
    pc += 1 + re_opcode_operands[opcode];
    switch (opcode) {
    case RE_OP_MATCH:
      m->slots[0] = start;
      m->slots[1] = position;
      return 1;
    case RE_OP_CHAR:
    case RE_OP_CHAR2:
    case RE_OP_ANY:
    case RE_OP_DOT:
    case RE_OP_CLASS:
      if (match_one(m, insn, &position)) continue;
      goto fail;
    case RE_OP_LINE_START: /* 22.2.2.6 Assertion :: ^ */
      if (position == 0 || (insn[1] && is_line_terminator(unit_at(m, position - 1)))) continue;
      goto fail;
    case RE_OP_LINE_END: /* Assertion :: $ */
      if (position == m->length || (insn[1] && is_line_terminator(unit_at(m, position)))) continue;
      goto fail;
    case RE_OP_WORD_BOUNDARY: /* Assertion :: \b, \B */
      if ((is_word_char(m, position - 1) != is_word_char(m, position)) != (insn[1] != 0)) continue;
      goto fail;
    case RE_OP_SPLIT_FIRST:
      if (!push(m, ENTRY_CHOICE, pc + insn[1], position, 0)) return RE_OUT_OF_MEMORY;
      continue;
    case RE_OP_GOTO:
      pc += insn[1];
      continue;
    case RE_OP_SAVE:
      if (!set_slot(m, insn[1], position)) return RE_OUT_OF_MEMORY;
      continue;
    case RE_OP_RESET:
      for (int32_t slot = insn[1]; slot <= insn[2]; slot++)
        if (m->slots[slot] != -1 && !set_slot(m, slot, -1)) return RE_OUT_OF_MEMORY;
      continue;
    case RE_OP_SET_ZERO:
      if (!set_slot(m, insn[1], 0)) return RE_OUT_OF_MEMORY;
      continue;
    case RE_OP_REPEAT_BRANCH: { /* 22.2.2.3.1 RepeatMatcher: enter the body, or leave */
      int32_t count = m->slots[insn[1]], min = insn[2], max = insn[3];
      if (count < min) continue;
      if (max != -1 && count >= max) {
        pc += insn[5];
        continue;
      }
      if (insn[4]) { /* greedy: the body first, the exit on failure */
        if (!push(m, ENTRY_CHOICE, pc + insn[5], position, 0)) return RE_OUT_OF_MEMORY;
      } else { /* lazy: the exit first, the body on failure */
        if (!push(m, ENTRY_CHOICE, pc, position, 0)) return RE_OUT_OF_MEMORY;
        pc += insn[5];
      }
      continue;
    }
    case RE_OP_REPEAT_END: { /* the empty check, then the next iteration */
      int32_t count = m->slots[insn[1]];
      if (count >= insn[3] && position == m->slots[insn[2]]) goto fail;
      if (!set_slot(m, insn[1], count + 1)) return RE_OUT_OF_MEMORY;
      pc += insn[4];
      continue;
    }
    case RE_OP_STAR_SIMPLE: { /* a greedy loop over one one-unit instruction */
      int32_t min = insn[1], max = insn[2], count = 0, low = position;
      const int32_t *item = &code[pc];
      pc += 1 + re_opcode_operands[item[0] & RE_OPCODE_MASK];
      while ((max == -1 || count < max) && match_one(m, item, &position)) {
        count++;
        if (count == min) low = position;
        if (--m->countdown <= 0 && budget_exhausted(m)) return RE_INTERRUPTED;
      }
      if (count < min) goto fail;
      if (count > min && !push(m, ENTRY_RETREAT, pc, low, position)) return RE_OUT_OF_MEMORY;
      continue;
    }
    case RE_OP_BACKREF:
      if (match_backreference(m, insn[1], backward, &position)) continue;
      goto fail;
    case RE_OP_LOOK:
      if (!push(m, ENTRY_LOOK, pc + insn[2], position, insn[1])) return RE_OUT_OF_MEMORY;
      continue;
    case RE_OP_LOOK_END: {
      size_t mark = m->depth;
      while (m->stack[--mark].kind != ENTRY_LOOK) {}
      Entry look = m->stack[mark];
      if (look.c) { /* a negative lookaround whose body matched: undo it all, then fail */
        while (m->depth > mark + 1) {
          Entry e = m->stack[--m->depth];
          if (e.kind == ENTRY_UNDO) m->slots[e.a] = e.b;
        }
        m->depth = mark;
        goto fail;
      }
      size_t kept = mark; /* a positive one: keep its slot writes, drop its alternatives */
      for (size_t k = mark + 1; k < m->depth; k++)
        if (m->stack[k].kind == ENTRY_UNDO) m->stack[kept++] = m->stack[k];
      m->depth = kept;
      pc = look.a;
      position = look.b;
      continue;
    }
    default:
      return RE_OUT_OF_MEMORY; /* not reached: the compiler emits only the opcodes above */
    }
  fail:
    for (;;) {
      if (m->depth == 0) return 0;
      Entry *e = &m->stack[--m->depth];
      if (e->kind == ENTRY_UNDO) {
        m->slots[e->a] = e->b;
      } else if (e->kind == ENTRY_CHOICE) {
        pc = e->a;
        position = e->b;
        break;
      } else if (e->kind == ENTRY_RETREAT) {
        pc = e->a;
        position = e->c + (e->c > e->b ? -1 : 1); /* one character back toward low */
        if (position != e->b) {
          e->c = position;
          m->depth++;
        }
        break;
      } else if (e->c) { /* the body of a negative lookaround failed: the lookaround holds */
        pc = e->a;
        position = e->b;
        break;
      }
    }
    if (--m->countdown <= 0 && budget_exhausted(m)) return RE_INTERRUPTED;
  }
}

int re_exec(const ReProgram *program, const void *subject, size_t length, bool two_byte, size_t start_index,
            int32_t *captures, ReBudget *budget) {
  if (length > 0x7FFFFFF0 || start_index > length) return start_index > length ? RE_NO_MATCH : RE_OUT_OF_MEMORY;
  Matcher m;
  memset(&m, 0, sizeof m);
  m.program = program;
  if (two_byte) m.utf16 = subject;
  else m.latin1 = subject;
  m.length = (int32_t)length;
  m.budget = budget;
  m.countdown = RE_BUDGET_POLL_INTERVAL;
  size_t max_bytes = budget && budget->max_stack_bytes ? budget->max_stack_bytes : (size_t)64 << 20;
  m.max_entries = max_bytes / sizeof(Entry);
  m.slots = malloc(program->slot_count * sizeof *m.slots);
  if (m.slots == NULL) return RE_OUT_OF_MEMORY;
  int32_t start = (int32_t)start_index;
  /* 22.2.7.2 step 12: in Unicode mode an index inside a surrogate pair reads the whole pair. */
  if (program->unicode && two_byte && start > 0 && start < m.length && m.utf16[start - 1] >= 0xD800 &&
      m.utf16[start - 1] <= 0xDBFF && m.utf16[start] >= 0xDC00 && m.utf16[start] <= 0xDFFF)
    start--;
  int result = 0;
  int32_t hint_a = program->first_units[0], hint_b = program->first_units[1];
  for (;;) {
    if (hint_a >= 0 && !program->sticky) { /* skip positions where no match can start */
      while (start < m.length && (int32_t)unit_at(&m, start) != hint_a && (int32_t)unit_at(&m, start) != hint_b) start++;
      if (start >= m.length) break;
    }
    result = run(&m, start);
    if (result != 0 || program->sticky || start >= m.length) break;
    uint32_t ch;
    start += read_char(&m, start, false, &ch); /* AdvanceStringIndex */
  }
  if (result == 1) {
    for (uint32_t k = 0; k <= program->capture_count; k++) {
      int32_t a = m.slots[2 * k], b = m.slots[2 * k + 1];
      bool set = a >= 0 && b >= 0;
      captures[2 * k] = set ? (a < b ? a : b) : -1;
      captures[2 * k + 1] = set ? (a < b ? b : a) : -1;
    }
  }
  free(m.slots);
  free(m.stack);
  return result == 1 ? RE_MATCH : result == 0 ? RE_NO_MATCH : result;
}
