/* Command-line flags, V8 style: --name, --name=value, --name value, --no-name for booleans,
 * '_' and '-' interchangeable. One table (flags.def) declares them all; the parser is
 * generic over a FlagSpec array so tests can drive it with tables of their own. */
#ifndef PETREL_BASE_FLAGS_H
#define PETREL_BASE_FLAGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { FLAG_BOOL, FLAG_INT, FLAG_STRING } FlagKind;

/* One flag: where its value lives (an offset into an options struct) and how it reads. */
typedef struct FlagSpec {
  const char *name;       /* long name, dashes: "max-old-space-size" */
  char short_name;        /* 'e' for -e, or 0 */
  FlagKind kind;          /* BOOL: bool field; INT: int64_t field; STRING: const char * field */
  size_t offset;          /* offsetof the field in the options struct */
  const char *value_name; /* what --help shows after the name, for INT and STRING */
  const char *help;
} FlagSpec;

/* Where parsing stopped and, on failure, the message to print after "petrel: ". */
typedef struct FlagParseResult {
  int first_operand; /* index in argv of the script path, or argc when there is none */
  char message[256];
} FlagParseResult;

/* The process's flags: one field per flags.def entry. */
typedef struct PtFlags {
#define FLAG(kind, field, ctype, default_value, name, short_name, value_name, help) ctype field;
#include "base/flags.def"
#undef FLAG
} PtFlags;

extern const FlagSpec PT_FLAG_SPECS[];
extern const size_t PT_FLAG_COUNT;

/* Fills every field with its flags.def default. */
void flags_init(PtFlags *flags);

/* Parses options from argv[1] up to the first operand or "--". Returns 0, or -1 with
 * result->message naming the bad option (node exits 9 on these). String values point
 * into argv. */
int flag_parse(const FlagSpec *specs, size_t count, void *options, int argc, char **argv,
               FlagParseResult *result);

/* Prints the "Options:" part of --help, one line per flag, to a standard stream. */
void flag_print_help(int fd, const FlagSpec *specs, size_t count);

#endif
