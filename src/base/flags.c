/* The flag parser and the process flag table. Options come before the script path, as in
 * node; everything after the script path belongs to the script. */
#include "base/flags.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/out.h"

const FlagSpec PT_FLAG_SPECS[] = {
#define FLAG(kind, field, ctype, default_value, name, short_name, value_name, help) \
  {name, short_name, FLAG_##kind, offsetof(PtFlags, field), value_name, help},
#include "base/flags.def"
#undef FLAG
};
const size_t PT_FLAG_COUNT = sizeof PT_FLAG_SPECS / sizeof PT_FLAG_SPECS[0];

void flags_init(PtFlags *flags) {
#define FLAG(kind, field, ctype, default_value, name, short_name, value_name, help) \
  flags->field = default_value;
#include "base/flags.def"
#undef FLAG
}

/* Compares a user-typed name (length given, '_' allowed for '-') with a spec name. */
static bool names_match(const char *typed, size_t typed_length, const char *name) {
  size_t i = 0;
  for (; i < typed_length; i++) {
    char c = typed[i] == '_' ? '-' : typed[i];
    if (name[i] == '\0' || c != name[i]) return false;
  }
  return name[i] == '\0';
}

static const FlagSpec *find_long(const FlagSpec *specs, size_t count, const char *typed,
                                 size_t typed_length) {
  for (size_t i = 0; i < count; i++) {
    if (names_match(typed, typed_length, specs[i].name)) return &specs[i];
  }
  return NULL;
}

static const FlagSpec *find_short(const FlagSpec *specs, size_t count, char short_name) {
  for (size_t i = 0; i < count; i++) {
    if (specs[i].short_name != 0 && specs[i].short_name == short_name) return &specs[i];
  }
  return NULL;
}

/* Stores a textual value into a flag's field; fails with a message on a malformed one. */
static int store_value(const FlagSpec *spec, void *options, const char *spelled,
                       const char *value, FlagParseResult *result) {
  char *field = (char *)options + spec->offset;
  switch (spec->kind) {
    case FLAG_BOOL:
      if (strcmp(value, "true") == 0) {
        *(bool *)field = true;
      } else if (strcmp(value, "false") == 0) {
        *(bool *)field = false;
      } else {
        snprintf(result->message, sizeof result->message,
                 "%s expects true or false, got '%s'", spelled, value);
        return -1;
      }
      return 0;
    case FLAG_INT: {
      char *end = NULL;
      errno = 0;
      long long number = strtoll(value, &end, 10);
      if (value[0] == '\0' || *end != '\0' || errno == ERANGE) {
        snprintf(result->message, sizeof result->message,
                 "%s expects an integer, got '%s'", spelled, value);
        return -1;
      }
      *(int64_t *)field = (int64_t)number;
      return 0;
    }
    case FLAG_STRING:
      *(const char **)field = value;
      return 0;
  }
  return -1;
}

int flag_parse(const FlagSpec *specs, size_t count, void *options, int argc, char **argv,
               FlagParseResult *result) {
  result->message[0] = '\0';
  int i = 1;
  while (i < argc) {
    const char *arg = argv[i];
    if (strcmp(arg, "--") == 0) {
      i++;
      break;
    }
    if (arg[0] != '-' || arg[1] == '\0') break; /* the script path, or "-" for stdin */

    const FlagSpec *spec = NULL;
    const char *inline_value = NULL;
    bool negated = false;
    if (arg[1] == '-') {
      const char *name = arg + 2;
      const char *equals = strchr(name, '=');
      size_t name_length = equals != NULL ? (size_t)(equals - name) : strlen(name);
      if (equals != NULL) inline_value = equals + 1;
      spec = find_long(specs, count, name, name_length);
      if (spec == NULL && name_length > 3 && strncmp(name, "no", 2) == 0 &&
          (name[2] == '-' || name[2] == '_')) {
        spec = find_long(specs, count, name + 3, name_length - 3);
        if (spec != NULL && spec->kind == FLAG_BOOL && inline_value == NULL) {
          negated = true;
        } else {
          spec = NULL;
        }
      }
    } else if (arg[2] == '\0') {
      spec = find_short(specs, count, arg[1]);
    }
    if (spec == NULL) {
      snprintf(result->message, sizeof result->message, "bad option: %s", arg);
      return -1;
    }

    char spelled[128];
    size_t spelled_length = inline_value != NULL ? (size_t)(inline_value - 1 - arg) : strlen(arg);
    if (spelled_length >= sizeof spelled) spelled_length = sizeof spelled - 1;
    memcpy(spelled, arg, spelled_length);
    spelled[spelled_length] = '\0';

    if (spec->kind == FLAG_BOOL && inline_value == NULL) {
      *(bool *)((char *)options + spec->offset) = !negated;
      i++;
      continue;
    }
    const char *value = inline_value;
    if (value == NULL) {
      if (i + 1 >= argc) {
        snprintf(result->message, sizeof result->message, "%s requires an argument", spelled);
        return -1;
      }
      value = argv[++i];
    }
    if (store_value(spec, options, spelled, value, result) != 0) return -1;
    i++;
  }
  result->first_operand = i;
  return 0;
}

void flag_print_help(int fd, const FlagSpec *specs, size_t count) {
  for (size_t i = 0; i < count; i++) {
    const FlagSpec *spec = &specs[i];
    char left[96];
    int used = 0;
    if (spec->short_name != 0) {
      used = snprintf(left, sizeof left, "-%c, --%s", spec->short_name, spec->name);
    } else {
      used = snprintf(left, sizeof left, "--%s", spec->name);
    }
    if (spec->kind != FLAG_BOOL && spec->value_name != NULL && used > 0 &&
        (size_t)used < sizeof left) {
      snprintf(left + used, sizeof left - (size_t)used, " %s", spec->value_name);
    }
    out_printf(fd, "  %-30s %s\n", left, spec->help);
  }
}
