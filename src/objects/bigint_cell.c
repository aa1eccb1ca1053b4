/* BigInt cells (see bigint_cell.h): allocated at their exact length, written once. */
#include "objects/bigint_cell.h"

#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "objects/string.h"

int bigint_cell_new(Heap *heap, BigIntView value, JSValue *out) {
  if (value.length > BIGINT_CELL_MAX_LENGTH) return PT_E2BIG;
  GcCell *cell = heap_alloc(heap, CELL_BIGINT, sizeof(JSBigInt) + value.length * sizeof(uint32_t));
  if (cell == NULL) return PT_ENOMEM;
  JSBigInt *bigint = (JSBigInt *)cell;
  bigint->length = (uint32_t)value.length;
  bigint->negative = value.negative && value.length > 0;
  if (value.length > 0) memcpy(bigint->digits, value.digits, value.length * sizeof(uint32_t));
  *out = js_from_cell(JS_TAG_BIGINT, cell);
  return 0;
}

int bigint_cell_from_int64(Heap *heap, int64_t value, JSValue *out) {
  uint32_t digits[BIGINT_INT64_MAX_LENGTH];
  BigIntBuffer buffer = {digits, 0, false};
  bigint_from_int64(value, &buffer);
  return bigint_cell_new(heap, bigint_view(&buffer), out);
}

int bigint_cell_to_string(Heap *heap, JSValue value, int radix, JSValue *out) {
  BigIntView view = bigint_cell_view(value);
  size_t capacity = bigint_to_string_max_length(view, radix);
  char small[64];
  char *text = capacity <= sizeof small ? small : malloc(capacity);
  if (text == NULL) return PT_ENOMEM;
  size_t length = 0;
  BigIntStatus status = bigint_to_string(view, radix, text, &length);
  int result = status == BIGINT_OK ? str_from_latin1(heap, (const uint8_t *)text, length, out)
               : status == BIGINT_OUT_OF_MEMORY ? PT_ENOMEM : PT_EINVAL;
  if (text != small) free(text);
  return result;
}

bool bigint_cell_equal(JSValue a, JSValue b) {
  return bigint_equal(bigint_cell_view(a), bigint_cell_view(b));
}
