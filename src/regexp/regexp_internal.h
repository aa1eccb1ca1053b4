/* Inside the RegExp engine: the bytecode the compiler (regexp_compile.c) emits and the
 * matcher (regexp_exec.c) runs, the program layout, and the code-point sets and case-folding
 * orbits of regexp_unicode.c. Not included outside src/regexp/. */
#ifndef PETREL_REGEXP_INTERNAL_H
#define PETREL_REGEXP_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "regexp/regexp.h"

/* The bytecode: a flat int32 array; each instruction is an opcode word, optionally OR'ed with
 * RE_BACKWARD (the instruction runs inside a lookbehind and reads right to left), followed by
 * its operands. Offsets are relative to the instruction after the operands. Slots are the
 * capture slots 2k/2k+1 then the loop registers; every write to a slot is undone on
 * backtracking. One table drives the opcode enum, operand counts and names. */
#define RE_OPCODES(X)                                                                        \
  X(MATCH, 0)            /* the whole pattern matched */                                     \
  X(CHAR, 1)             /* c: one character equal to c */                                    \
  X(CHAR2, 2)            /* a b: one character equal to a or b (a case pair) */               \
  X(ANY, 0)              /* any character (s flag) */                                         \
  X(DOT, 0)              /* any character but a line terminator */                            \
  X(CLASS, 2)            /* set invert: a character in (not in) set; with i through orbits */ \
  X(LINE_START, 1)       /* multiline: ^ */                                                   \
  X(LINE_END, 1)         /* multiline: $ */                                                   \
  X(WORD_BOUNDARY, 1)    /* invert: \b or \B */                                               \
  X(SPLIT_FIRST, 1)      /* off: try the next instruction, on failure pc+off */               \
  X(GOTO, 1)             /* off */                                                            \
  X(SAVE, 1)             /* slot: slot = position */                                          \
  X(RESET, 2)            /* first last: slots first..last = -1 */                             \
  X(SET_ZERO, 1)         /* slot: slot = 0 (a loop counter) */                                \
  X(REPEAT_BRANCH, 5)    /* counter min max(-1 = inf) greedy exit_off: enter the body? */      \
  X(REPEAT_END, 4)       /* counter position min loop_off: the empty check, count++, loop */  \
  X(STAR_SIMPLE, 3)      /* min max greedy, then one 1-character instruction: a fast loop */  \
  X(BACKREF, 1)          /* group: the text group k matched (empty when unmatched) */         \
  X(LOOK, 2)             /* negative end_off: push a lookaround marker, run the body */       \
  X(LOOK_END, 0)         /* the body of the innermost lookaround matched */

typedef enum ReOpcode {
#define RE_OPCODE_ENUM(name, operands) RE_OP_##name,
  RE_OPCODES(RE_OPCODE_ENUM)
#undef RE_OPCODE_ENUM
  RE_OP_COUNT
} ReOpcode;

enum { RE_BACKWARD = 0x100, RE_OPCODE_MASK = 0xFF };

extern const uint8_t re_opcode_operands[RE_OP_COUNT];

/* A set of code points as sorted, disjoint, non-adjacent inclusive ranges. */
typedef struct ReCharSet {
  uint32_t *ranges; /* lo0, hi0, lo1, hi1, ... */
  size_t count;     /* number of ranges */
  size_t capacity;  /* in ranges */
} ReCharSet;

struct ReProgram {
  int32_t *code;
  size_t code_length;
  ReCharSet *sets;
  size_t set_count;
  uint32_t flags;
  uint32_t capture_count;  /* not counting group 0 */
  uint32_t slot_count;     /* 2*(capture_count+1) + registers */
  uint16_t **group_names;  /* per named group */
  size_t *group_name_lengths;
  uint32_t *group_indices;
  uint32_t named_group_count;
  bool ignore_case, unicode, multiline, dot_all, sticky;
  bool unicode_word; /* u or v with i: \w and \b also take U+017F and U+212A (22.2.2.9.4) */
  int32_t first_units[2]; /* every match starts with one of these code units; -1: no hint */
};

/* --- code-point sets (regexp_unicode.c) ---------------------------------------------------- */

/* An empty set (no allocation until the first range). */
void re_set_init(ReCharSet *set);
/* Releases the ranges; the set is empty again. */
void re_set_free(ReCharSet *set);
/* Adds [low, high], merging; false when out of memory (as for every bool below). */
bool re_set_add_range(ReCharSet *set, uint32_t low, uint32_t high);
/* Union: adds every range of other. */
bool re_set_add_set(ReCharSet *set, const ReCharSet *other);
/* Complement within [0, max] (0xFFFF for code units, 0x10FFFF for code points). */
bool re_set_invert(ReCharSet *set, uint32_t max);
/* Intersection, for v-flag && and difference. */
bool re_set_intersect(ReCharSet *set, const ReCharSet *other);
/* Difference, for v-flag --. */
bool re_set_subtract(ReCharSet *set, const ReCharSet *other);
/* Membership by binary search: what the matcher's CLASS does per character. */
bool re_set_contains(const ReCharSet *set, uint32_t ch);
/* \d \s \w as sets; unicode_word adds U+017F and U+212A (u or v with i). */
bool re_set_add_digits(ReCharSet *set);
bool re_set_add_spaces(ReCharSet *set);
bool re_set_add_word(ReCharSet *set, bool unicode_word);
/* v with i: code points with a simple case folding leave the set; with add_images their
 * foldings come in (MaybeSimpleCaseFolding), without it the set just loses them (what
 * CharacterComplement's AllCharacters needs). */
bool re_set_fold(ReCharSet *set, bool add_images);
/* \p{name} or \p{name=value} (UTF-8 names) as a set; false with *found false if unknown. */
bool re_set_add_property(ReCharSet *set, const char *name, size_t name_length, const char *value, size_t value_length,
                         bool *found);

/* A property of strings (\p{RGI_Emoji}, v flag): the number of strings, with *words at the
 * first one; each string is its length followed by its code points. 0 if unknown. */
size_t re_string_property(const char *name, size_t name_length, const uint32_t **words);

/* The case-insensitive equivalence class of ch: every c with Canonicalize(c) ==
 * Canonicalize(ch) (22.2.2.7.3), ch included; unicode selects simple case folding, else the
 * toUppercase rule. Returns the count and points *members at them (static storage), or 0
 * when ch is alone in its class. */
size_t re_case_orbit(uint32_t ch, bool unicode, const uint32_t **members);

/* Closes a set under case equivalence: adds every character whose orbit meets the set, so
 * that membership alone decides a case-insensitive class match. */
bool re_set_close_case(ReCharSet *set, bool unicode);

/* Simple case folding scf(ch) (CaseFolding.txt, statuses C and S). */
uint32_t re_simple_fold(uint32_t ch);

#endif
