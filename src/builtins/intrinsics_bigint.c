/* Intrinsics over BigInt values: the operators' BigInt steps (6.1.6.2), comparisons with
 * Numbers and Strings (7.2.13 IsLessThan, 7.2.14 IsLooselyEqual), the conversions
 * (7.1.13 ToBigInt of a primitive, 21.2.1.1.1 NumberToBigInt, Number(bigint), toString with
 * a radix, 7.1.14 StringToBigInt) and BigInt.asIntN/asUintN. The digit arithmetic is the
 * separable library in src/bigint/; this file maps its statuses to V8's errors.
 *
 * A result is computed into a buffer sized by the library's *_max_length (inline limbs for
 * small values, malloc beyond), then copied into a cell of its exact length, so cells never
 * carry unused limbs. The interpreter calls these directly for its slow paths. */
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "bigint/bigint.h"
#include "builtins/builtins.h"
#include "numconv/numconv.h"
#include "objects/bigint_cell.h"

/* --- results -------------------------------------------------------------------------------- */

enum { RESULT_INLINE_LIMBS = 32 };

typedef struct Result {
  BigIntBuffer buffer;
  uint32_t inline_digits[RESULT_INLINE_LIMBS];
} Result;

/* Maps a library status to the error V8 throws; BIGINT_OK is 0. */
static int bigint_status(Vm *vm, BigIntStatus status) {
  switch (status) {
    case BIGINT_OK: return 0;
    case BIGINT_DIVISION_BY_ZERO: return vm_throw(vm, ERROR_RANGE, "Division by zero");
    /* V8's message, name placeholder and all, as node prints it */
    case BIGINT_NEGATIVE_EXPONENT: return vm_throw(vm, ERROR_RANGE, "undefined must be positive");
    case BIGINT_TOO_BIG: return vm_throw(vm, ERROR_RANGE, "Maximum BigInt size exceeded");
    case BIGINT_OUT_OF_MEMORY: return PT_ENOMEM;
    case BIGINT_SYNTAX: return vm_throw(vm, ERROR_SYNTAX, "Cannot convert to a BigInt");
    case BIGINT_NOT_INTEGRAL: return vm_throw(vm, ERROR_RANGE, "Not an integer");
  }
  return vm_throw(vm, ERROR_TYPE, "internal error: BigInt status");
}

static int result_begin(Vm *vm, Result *result, size_t capacity) {
  result->buffer.length = 0;
  result->buffer.negative = false;
  if (capacity > BIGINT_CELL_MAX_LENGTH + 1) return bigint_status(vm, BIGINT_TOO_BIG);
  if (capacity <= RESULT_INLINE_LIMBS) {
    result->buffer.digits = result->inline_digits;
    return 0;
  }
  result->buffer.digits = malloc(capacity * sizeof(uint32_t));
  return result->buffer.digits == NULL ? PT_ENOMEM : 0;
}

static void result_release(Result *result) {
  if (result->buffer.digits != result->inline_digits) free(result->buffer.digits);
  result->buffer.digits = result->inline_digits;
}

/* The cell for a finished result (status: the library's); releases the buffer either way. */
static int result_finish(Vm *vm, Result *result, BigIntStatus status, JSValue *out) {
  int error = bigint_status(vm, status);
  if (error == 0) {
    error = bigint_cell_new(vm->heap, bigint_view(&result->buffer), out);
    if (error == PT_E2BIG) error = bigint_status(vm, BIGINT_TOO_BIG);
  }
  result_release(result);
  return error;
}

/* --- the operators (6.1.6.2) ---------------------------------------------------------------- */

/* 13.15.3 ApplyStringOrNumericBinaryOperator steps 3-7 after ToPrimitive: ToNumeric of each
 * operand in order (a Symbol throws there), then mixing a BigInt with a Number throws. */
static int require_bigints(Vm *vm, JSValue a, JSValue b) {
  const JSValue operands[2] = {a, b};
  for (int i = 0; i < 2; i++) {
    if (js_is_bigint(operands[i]) || js_is_number(operands[i])) continue;
    JSValue number, operand = operands[i];
    int status = intrinsic_ToNumberPrimitive(vm, &operand, 1, &number);
    if (status != 0) return status;
  }
  if (js_is_bigint(a) && js_is_bigint(b)) return 0;
  return vm_throw(vm, ERROR_TYPE, "Cannot mix BigInt and other types, use explicit conversions");
}

static int binary(Vm *vm, int op, BigIntView a, BigIntView b, JSValue *out) {
  Result result;
  size_t capacity = 0;
  BigIntStatus status = BIGINT_OK;
  /* Sizing first: ** and << know their length (or that it is too big) before computing. */
  switch (op) {
    case BIGINT_OP_ADD: case BIGINT_OP_SUB: capacity = bigint_add_max_length(a.length, b.length); break;
    case BIGINT_OP_MUL: capacity = bigint_multiply_max_length(a.length, b.length); break;
    case BIGINT_OP_DIV:
    case BIGINT_OP_MOD:
      if (b.length == 0) return bigint_status(vm, BIGINT_DIVISION_BY_ZERO);
      capacity = op == BIGINT_OP_DIV ? bigint_divide_max_length(a.length, b.length)
                                     : bigint_remainder_max_length(a.length, b.length);
      break;
    case BIGINT_OP_EXP:
      status = bigint_exponentiate_max_length(a, b, BIGINT_CELL_MAX_LENGTH, &capacity);
      break;
    case BIGINT_OP_BIT_OR: case BIGINT_OP_BIT_AND: case BIGINT_OP_BIT_XOR:
      capacity = bigint_bitwise_max_length(a.length, b.length);
      break;
    case BIGINT_OP_SHL: status = bigint_left_shift_max_length(a, b, BIGINT_CELL_MAX_LENGTH, &capacity); break;
    case BIGINT_OP_SAR:
      status = bigint_signed_right_shift_max_length(a, b, BIGINT_CELL_MAX_LENGTH, &capacity);
      break;
    case BIGINT_OP_SHR:
      /* 6.1.6.2.11 BigInt::unsignedRightShift */
      return vm_throw(vm, ERROR_TYPE, "BigInts have no unsigned right shift, use >> instead");
    case BIGINT_OP_NEGATE: capacity = a.length; break;
    case BIGINT_OP_BIT_NOT: capacity = a.length + 1; break;
    case BIGINT_OP_INC: case BIGINT_OP_DEC: capacity = bigint_add_max_length(a.length, 1); break;
    default: return vm_throw(vm, ERROR_TYPE, "internal error: bad BigInt operation");
  }
  if (status != BIGINT_OK) return bigint_status(vm, status);
  int error = result_begin(vm, &result, capacity);
  if (error != 0) return error;
  BigIntBuffer *buffer = &result.buffer;
  static const uint32_t one_digit = 1;
  const BigIntView one = {&one_digit, 1, false};
  switch (op) {
    case BIGINT_OP_ADD: bigint_add(a, b, buffer); break;
    case BIGINT_OP_SUB: bigint_subtract(a, b, buffer); break;
    case BIGINT_OP_MUL: status = bigint_multiply(a, b, buffer); break;
    case BIGINT_OP_DIV: status = bigint_divide(a, b, buffer); break;
    case BIGINT_OP_MOD: status = bigint_remainder(a, b, buffer); break;
    case BIGINT_OP_EXP: status = bigint_exponentiate(a, b, BIGINT_CELL_MAX_LENGTH, buffer); break;
    case BIGINT_OP_BIT_OR: bigint_bitwise_or(a, b, buffer); break;
    case BIGINT_OP_BIT_AND: bigint_bitwise_and(a, b, buffer); break;
    case BIGINT_OP_BIT_XOR: bigint_bitwise_xor(a, b, buffer); break;
    case BIGINT_OP_SHL: status = bigint_left_shift(a, b, BIGINT_CELL_MAX_LENGTH, buffer); break;
    case BIGINT_OP_SAR: status = bigint_signed_right_shift(a, b, BIGINT_CELL_MAX_LENGTH, buffer); break;
    case BIGINT_OP_NEGATE: bigint_negate(a, buffer); break;
    case BIGINT_OP_BIT_NOT: bigint_bitwise_not(a, buffer); break;
    case BIGINT_OP_INC: bigint_add(a, one, buffer); break;
    case BIGINT_OP_DEC: bigint_subtract(a, one, buffer); break;
  }
  return result_finish(vm, &result, status, out);
}

/* (op, a, b): a BigIntOp (interp/intrinsics.h); unary operations ignore b. */
int intrinsic_BigIntOp(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue op_value = bi_arg(args, argc, 0), a = bi_arg(args, argc, 1), b = bi_arg(args, argc, 2);
  if (!js_is_int32(op_value)) return vm_throw(vm, ERROR_TYPE, "BigIntOp: bad operation");
  int op = js_to_int32(op_value);
  if (op >= BIGINT_OP_NEGATE) {
    if (!js_is_bigint(a)) return vm_throw(vm, ERROR_TYPE, "BigIntOp: not a BigInt");
    return binary(vm, op, bigint_cell_view(a), bigint_cell_view(a), out);
  }
  int status = require_bigints(vm, a, b);
  if (status != 0) return status;
  return binary(vm, op, bigint_cell_view(a), bigint_cell_view(b), out);
}

/* --- StringToBigInt, comparisons ------------------------------------------------------------ */

/* 7.1.14 StringToBigInt: *out is the BigInt, or undefined when the text is not a
 * StringIntegerLiteral. */
static int string_to_bigint(Vm *vm, JSValue string, JSValue *out) {
  StrView view;
  int status = bi_view(vm, string, &view);
  if (status != 0) return status;
  Result result;
  status = result_begin(vm, &result, bigint_from_string_max_length(view.length));
  if (status != 0) return status;
  BigIntStatus parsed = view.one_byte != NULL
                            ? bigint_from_string((const char *)view.one_byte, view.length, BIGINT_CELL_MAX_LENGTH,
                                                 &result.buffer)
                            : bigint_from_string_utf16(view.two_byte, view.length, BIGINT_CELL_MAX_LENGTH,
                                                       &result.buffer);
  if (parsed == BIGINT_SYNTAX) {
    result_release(&result);
    *out = JS_UNDEFINED;
    return 0;
  }
  return result_finish(vm, &result, parsed, out);
}

/* One operand of a comparison with a BigInt as a BigInt, a Number or undefined (a String
 * that is no integer): 7.2.13 steps 3-4 and 7.2.14 steps 6-7, else ToNumeric. */
static int comparable(Vm *vm, JSValue value, JSValue *out) {
  if (js_is_bigint(value) || js_is_number(value)) {
    *out = value;
    return 0;
  }
  if (js_is_string(value)) return string_to_bigint(vm, value, out);
  return intrinsic_ToNumberPrimitive(vm, &value, 1, out);
}

/* (a, b) → -1, 0, 1, or undefined when unordered: primitives, at least one a BigInt; Strings
 * read as BigInts, Booleans, null and undefined as Numbers (Symbols throw). The left operand
 * converts first. */
int intrinsic_BigIntCompare(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue a, b;
  int status = comparable(vm, bi_arg(args, argc, 0), &a);
  if (status == 0) status = comparable(vm, bi_arg(args, argc, 1), &b);
  if (status != 0) return status;
  int order;
  if (js_is_undefined(a) || js_is_undefined(b)) {
    order = BIGINT_UNORDERED;
  } else if (js_is_bigint(a) && js_is_bigint(b)) {
    order = bigint_compare(bigint_cell_view(a), bigint_cell_view(b));
  } else if (js_is_bigint(a) && js_is_number(b)) {
    order = bigint_compare_double(bigint_cell_view(a), js_number_value(b));
  } else if (js_is_number(a) && js_is_bigint(b)) {
    order = bigint_compare_double(bigint_cell_view(b), js_number_value(a));
    if (order != BIGINT_UNORDERED) order = -order;
  } else {
    return vm_throw(vm, ERROR_TYPE, "BigIntCompare: no BigInt operand");
  }
  *out = order == BIGINT_UNORDERED ? JS_UNDEFINED : js_from_int32(order);
  return 0;
}

/* --- conversions ---------------------------------------------------------------------------- */

/* A value's text for messages ("Cannot convert x to a BigInt"): malloc'd, or NULL. */
static char *describe(Vm *vm, JSValue value) {
  JSValue text;
  if (js_is_number(value)) {
    char buffer[NUM_TO_STRING_SIZE];
    int length = num_to_string(js_number_value(value), buffer);
    char *copy = malloc((size_t)length + 1);
    if (copy != NULL) {
      memcpy(copy, buffer, (size_t)length);
      copy[length] = 0;
    }
    return copy;
  }
  if (vm_describe(vm, value, &text) != 0) return NULL;
  return vm_string_to_cstring(vm, text);
}

static int throw_describing(Vm *vm, ErrorKind kind, const char *format, JSValue value) {
  char *text = describe(vm, value);
  int status = vm_throw(vm, kind, format, text != NULL ? text : "");
  free(text);
  return status;
}

/* 21.2.1.1.1 NumberToBigInt: RangeError for NaN, infinities and fractions. */
static int number_to_bigint(Vm *vm, JSValue number, JSValue *out) {
  if (js_is_int32(number)) return bigint_cell_from_int64(vm->heap, js_to_int32(number), out);
  uint32_t digits[BIGINT_DOUBLE_MAX_LENGTH];
  BigIntBuffer buffer = {digits, 0, false};
  if (bigint_from_double(js_to_double(number), &buffer) != BIGINT_OK) {
    return throw_describing(vm, ERROR_RANGE,
                            "The number %s cannot be converted to a BigInt because it is not an integer", number);
  }
  return bigint_cell_new(vm->heap, bigint_view(&buffer), out);
}

int intrinsic_NumberToBigInt(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue number = bi_arg(args, argc, 0);
  if (!js_is_number(number)) return vm_throw(vm, ERROR_TYPE, "NumberToBigInt: expected a number");
  return number_to_bigint(vm, number, out);
}

/* 7.1.13 ToBigInt of a primitive (the library ran ToPrimitive with hint number). */
int intrinsic_ToBigIntPrimitive(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  if (js_is_bigint(value)) {
    *out = value;
    return 0;
  }
  if (js_is_bool(value)) return bigint_cell_from_int64(vm->heap, js_to_bool(value) ? 1 : 0, out);
  if (js_is_string(value)) {
    int status = string_to_bigint(vm, value, out);
    if (status == 0 && js_is_undefined(*out)) {
      return throw_describing(vm, ERROR_SYNTAX, "Cannot convert %s to a BigInt", value);
    }
    return status;
  }
  if (js_is_object(value)) return vm_throw(vm, ERROR_TYPE, "ToBigIntPrimitive: not a primitive");
  /* undefined, null, Numbers and Symbols */
  return throw_describing(vm, ERROR_TYPE, "Cannot convert %s to a BigInt", value);
}

/* 21.1.1.1 Number ( value ) step 2.a: the Number value of a BigInt, rounded to nearest. */
int intrinsic_BigIntToNumber(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  if (!js_is_bigint(value)) return vm_throw(vm, ERROR_TYPE, "BigIntToNumber: expected a BigInt");
  *out = js_from_number(bigint_to_double(bigint_cell_view(value)));
  return 0;
}

/* 6.1.6.2.21 BigInt::toString(x, radix) as a string value. */
int bi_bigint_to_string(Vm *vm, JSValue value, int radix, JSValue *out) {
  return bi_status(vm, bigint_cell_to_string(vm->heap, value, radix, out));
}

/* (bigint, radix): radix an integer 2..36 (the library checked the range). */
int intrinsic_BigIntToString(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0), radix = bi_arg(args, argc, 1);
  if (!js_is_bigint(value)) return vm_throw(vm, ERROR_TYPE, "BigIntToString: expected a BigInt");
  int radix_number = js_is_int32(radix) ? js_to_int32(radix) : 0;
  if (radix_number < 2 || radix_number > 36) {
    return vm_throw(vm, ERROR_RANGE, "toString() radix argument must be between 2 and 36");
  }
  return bi_bigint_to_string(vm, value, radix_number, out);
}

/* (bits, bigint, unsigned): 21.2.2.1 BigInt.asIntN / 21.2.2.2 BigInt.asUintN with bits
 * already through ToIndex (an integral number in 0 … 2^53 - 1). */
int intrinsic_BigIntAsN(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue bits_value = bi_arg(args, argc, 0), value = bi_arg(args, argc, 1);
  bool is_unsigned = js_is_bool(bi_arg(args, argc, 2)) && js_to_bool(bi_arg(args, argc, 2));
  if (!js_is_number(bits_value) || !js_is_bigint(value)) return vm_throw(vm, ERROR_TYPE, "BigIntAsN: bad arguments");
  double bits_number = js_number_value(bits_value);
  if (!(bits_number >= 0 && bits_number <= 9007199254740991.0)) {
    return vm_throw(vm, ERROR_RANGE, "Invalid value: not (convertible to) a safe integer");
  }
  uint64_t bits = (uint64_t)bits_number;
  BigIntView view = bigint_cell_view(value);
  Result result;
  size_t capacity;
  if (is_unsigned) {
    int status = bigint_status(vm, bigint_as_uint_n_max_length(bits, view, BIGINT_CELL_MAX_LENGTH, &capacity));
    if (status != 0) return status;
  } else {
    capacity = bigint_as_int_n_max_length(bits, view);
  }
  int status = result_begin(vm, &result, capacity);
  if (status != 0) return status;
  BigIntStatus computed = BIGINT_OK;
  if (is_unsigned) computed = bigint_as_uint_n(bits, view, BIGINT_CELL_MAX_LENGTH, &result.buffer);
  else bigint_as_int_n(bits, view, &result.buffer);
  return result_finish(vm, &result, computed, out);
}
