/* Property-name lookups for \p{...}: General_Category and Script values from the generated
 * lists (scripts/gen-unicode-properties.mjs, sorted, so binary search), binary properties
 * and properties of strings from binary_properties.def. */
#include "unicode/unicode_property.h"

#include <string.h>

extern const char *const unicode_general_category_names[];
extern const size_t unicode_general_category_names_count;
extern const char *const unicode_script_names[];
extern const size_t unicode_script_names_count;

static bool equals(const char *text, const char *name, size_t length) {
  return strlen(text) == length && memcmp(text, name, length) == 0;
}

/* Compares a NUL-terminated string with name[0..length) as strcmp would. */
static int compare(const char *text, const char *name, size_t length) {
  size_t text_length = strlen(text);
  size_t n = text_length < length ? text_length : length;
  int c = memcmp(text, name, n);
  if (c != 0) return c;
  return text_length < length ? -1 : text_length > length ? 1 : 0;
}

static bool in_sorted(const char *const *list, size_t count, const char *name, size_t length) {
  size_t low = 0, high = count;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    int c = compare(list[middle], name, length);
    if (c == 0) return true;
    if (c < 0) low = middle + 1;
    else high = middle;
  }
  return false;
}

static const struct { const char *name, *alias; } binary_properties[] = {
#define BINARY(name, alias) {name, alias},
#include "unicode/binary_properties.def"
};

static const char *const string_properties[] = {
#define STRINGS(name) name,
#include "unicode/binary_properties.def"
};

UnicodePropertyKind unicode_property_lookup(const char *name, size_t name_length, const char *value,
                                            size_t value_length) {
  if (value != NULL) {
    if (equals("General_Category", name, name_length) || equals("gc", name, name_length))
      return in_sorted(unicode_general_category_names, unicode_general_category_names_count, value, value_length)
                 ? UNICODE_PROPERTY_CODE_POINTS : UNICODE_PROPERTY_INVALID;
    if (equals("Script", name, name_length) || equals("sc", name, name_length) ||
        equals("Script_Extensions", name, name_length) || equals("scx", name, name_length))
      return in_sorted(unicode_script_names, unicode_script_names_count, value, value_length)
                 ? UNICODE_PROPERTY_CODE_POINTS : UNICODE_PROPERTY_INVALID;
    return UNICODE_PROPERTY_INVALID;
  }
  if (in_sorted(unicode_general_category_names, unicode_general_category_names_count, name, name_length))
    return UNICODE_PROPERTY_CODE_POINTS;
  for (size_t i = 0; i < sizeof binary_properties / sizeof binary_properties[0]; i++)
    if (equals(binary_properties[i].name, name, name_length) ||
        (binary_properties[i].alias && equals(binary_properties[i].alias, name, name_length)))
      return UNICODE_PROPERTY_CODE_POINTS;
  for (size_t i = 0; i < sizeof string_properties / sizeof string_properties[0]; i++)
    if (equals(string_properties[i], name, name_length)) return UNICODE_PROPERTY_STRINGS;
  return UNICODE_PROPERTY_INVALID;
}
