/* Describing values for traces and test messages. The boxing itself is all static inline in
 * value.h; this file only holds what would bloat every includer. */
#include "objects/value.h"

#include <stdio.h>

static const char *const reference_kind_names[] = {"object", "string", "symbol", "bigint", "cell"};

char *js_value_describe(JSValue value, char *buffer, size_t size) {
  if (js_is_int32(value)) {
    snprintf(buffer, size, "int32 %d", (int)js_to_int32(value));
  } else if (js_is_double(value)) {
    snprintf(buffer, size, "double %.17g", js_to_double(value));
  } else if (js_is_cell(value)) {
    snprintf(buffer, size, "%s %p", reference_kind_names[js_tag(value) - JS_TAG_FIRST_REFERENCE],
             js_to_cell(value));
  } else if (js_is_undefined(value)) {
    snprintf(buffer, size, "undefined");
  } else if (js_is_null(value)) {
    snprintf(buffer, size, "null");
  } else if (js_is_bool(value)) {
    snprintf(buffer, size, "%s", js_to_bool(value) ? "true" : "false");
  } else if (js_is_hole(value)) {
    snprintf(buffer, size, "hole");
  } else {
    snprintf(buffer, size, "invalid 0x%016llx", (unsigned long long)value.bits);
  }
  return buffer;
}
