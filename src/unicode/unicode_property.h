/* Which Unicode property names and values a RegExp \p{...} may name (ECMA-262 22.2.2.9),
 * for the pattern syntax checker. Names are plain byte strings; no engine types. */
#ifndef PETREL_UNICODE_PROPERTY_H
#define PETREL_UNICODE_PROPERTY_H

#include <stdbool.h>
#include <stddef.h>

typedef enum UnicodePropertyKind {
  UNICODE_PROPERTY_INVALID,
  UNICODE_PROPERTY_CODE_POINTS, /* a set of code points: any u or v pattern */
  UNICODE_PROPERTY_STRINGS,     /* a property of strings: v patterns only */
} UnicodePropertyKind;

/* What `\p{name}` (value == NULL) or `\p{name=value}` names. */
UnicodePropertyKind unicode_property_lookup(const char *name, size_t name_length, const char *value,
                                            size_t value_length);

#endif
