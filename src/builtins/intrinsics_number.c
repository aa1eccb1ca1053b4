/* Intrinsics over numbers: primitive conversions, Number::toString, Math, Random, Now.
 *
 * $MathOp(op, x) numbering (also MathOp1 in builtins.h; the library mirrors it):
 *    0 abs    1 acos   2 acosh  3 asin   4 asinh  5 atan   6 atanh  7 cbrt   8 ceil
 *    9 cos   10 cosh  11 exp   12 expm1 13 floor 14 fround 15 log  16 log1p 17 log10
 *   18 log2  19 round 20 sign  21 sin   22 sinh  23 sqrt  24 tan   25 tanh  26 trunc
 *   27 clz32
 * $MathOp2(op, x, y): 0 atan2, 1 pow (Number::exponentiate), 2 imul, 3 hypot of two.
 * Arguments are numbers already (the library ran ToNumber); anything else is a TypeError. */
#include <math.h>
#include <stdint.h>
#include <time.h>

#include "base/errors.h"
#include "builtins/builtins.h"
#include "numconv/numconv.h"
#include "objects/atom.h"
#include "objects/symbol.h"

/* --- conversions of primitives -------------------------------------------------------------- */

int intrinsic_ToNumberPrimitive(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  if (js_is_number(value)) {
    *out = value;
  } else if (js_is_undefined(value)) {
    *out = js_from_double(NAN);
  } else if (js_is_null(value)) {
    *out = js_from_int32(0);
  } else if (js_is_bool(value)) {
    *out = js_from_int32(js_to_bool(value) ? 1 : 0);
  } else if (js_is_string(value)) {
    /* num_from_string implements all of 7.1.4.1.1 StringToNumber: WhiteSpace and
     * LineTerminator trimming, "" → 0, [+-]Infinity, 0x/0o/0b (unsigned), decimals. */
    StrView view;
    int status = bi_view(vm, value, &view);
    if (status != 0) return status;
    double number = view.one_byte != NULL ? num_from_string((const char *)view.one_byte, view.length)
                                          : num_from_string_utf16(view.two_byte, view.length);
    *out = js_from_number(number);
  } else if (js_is_symbol(value)) {
    return vm_throw(vm, ERROR_TYPE, "Cannot convert a Symbol value to a number");
  } else if (js_is_bigint(value)) {
    return vm_throw(vm, ERROR_TYPE, "Cannot convert a BigInt value to a number");
  } else {
    return vm_throw(vm, ERROR_TYPE, "ToNumberPrimitive: not a primitive");
  }
  return 0;
}

static int number_to_string(Vm *vm, double number, JSValue *out) {
  char text[NUM_TO_STRING_SIZE];
  int length = num_to_string(number, text);
  return bi_status(vm, str_from_latin1(vm->heap, (const uint8_t *)text, (size_t)length, out));
}

int intrinsic_ToStringPrimitive(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue value = bi_arg(args, argc, 0);
  if (js_is_string(value)) {
    *out = value;
    return 0;
  }
  if (js_is_number(value)) return number_to_string(vm, js_number_value(value), out);
  if (js_is_undefined(value)) return vm_atom(vm, "undefined", out);
  if (js_is_null(value)) return vm_atom(vm, "null", out);
  if (js_is_bool(value)) return vm_atom(vm, js_to_bool(value) ? "true" : "false", out);
  if (js_is_symbol(value)) return vm_throw(vm, ERROR_TYPE, "Cannot convert a Symbol value to a string");
  if (js_is_bigint(value)) return bi_bigint_to_string(vm, value, 10, out);
  return vm_throw(vm, ERROR_TYPE, "ToStringPrimitive: unsupported value");
}

int intrinsic_ToPropertyKeyPrimitive(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  return bi_to_key(vm, bi_arg(args, argc, 0), out);
}

static double to_integer_or_infinity(double number) {
  if (isnan(number) || number == 0) return 0; /* -0 too */
  if (isinf(number)) return number;
  double result = trunc(number);
  return result == 0 ? 0 : result;
}

int intrinsic_ToIntegerOrInfinity(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  double number;
  int status = bi_number_arg(vm, bi_arg(args, argc, 0), "ToIntegerOrInfinity", &number);
  if (status != 0) return status;
  *out = js_from_number(to_integer_or_infinity(number));
  return 0;
}

int intrinsic_ToLength(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  double number;
  int status = bi_number_arg(vm, bi_arg(args, argc, 0), "ToLength", &number);
  if (status != 0) return status;
  double length = to_integer_or_infinity(number);
  if (length <= 0) length = 0;
  if (length > 9007199254740991.0) length = 9007199254740991.0;
  *out = js_from_number(length);
  return 0;
}

/* (number, radix): radix an integer 2..36 (undefined: 10); else a RangeError. */
int intrinsic_NumberToString(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  double number;
  int status = bi_number_arg(vm, bi_arg(args, argc, 0), "NumberToString", &number);
  if (status != 0) return status;
  JSValue radix_value = bi_arg(args, argc, 1);
  double radix = js_is_undefined(radix_value) ? 10 : js_is_number(radix_value) ? js_number_value(radix_value) : -1;
  radix = to_integer_or_infinity(radix);
  if (!(radix >= 2 && radix <= 36)) return vm_throw(vm, ERROR_RANGE, "toString() radix must be between 2 and 36");
  if (radix == 10) return number_to_string(vm, number, out);
  char text[NUM_RADIX_SIZE];
  int length = num_to_radix_string(number, (int)radix, text);
  if (length < 0) return vm_throw(vm, ERROR_RANGE, "toString() radix must be between 2 and 36");
  return bi_status(vm, str_from_latin1(vm->heap, (const uint8_t *)text, (size_t)length, out));
}

int intrinsic_NumberToInspect(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  double number;
  int status = bi_number_arg(vm, bi_arg(args, argc, 0), "NumberToInspect", &number);
  if (status != 0) return status;
  if (number == 0 && signbit(number)) return vm_atom(vm, "-0", out);
  return number_to_string(vm, number, out);
}

/* --- Math ----------------------------------------------------------------------------------- */

/* 7.1.7 ToUint32 of a number. */
static uint32_t to_uint32(double number) {
  if (!isfinite(number)) return 0;
  double truncated = trunc(number);
  double modulo = fmod(truncated, 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  return (uint32_t)modulo;
}

/* 21.3.2.28 Math.round: the integer closest to x, ties toward +∞; -0 for [-0.5, -0]. */
static double math_round(double x) {
  if (!isfinite(x) || x == 0) return x;
  if (x > 0 && x < 0.5) return 0.0;
  if (x < 0 && x >= -0.5) return -0.0;
  double floor_x = floor(x);
  /* x - floor(x) is exact for every double, so no x + 0.5 rounding trap. */
  return x - floor_x >= 0.5 ? floor_x + 1 : floor_x;
}

static double math_sign(double x) {
  if (isnan(x) || x == 0) return x;
  return x > 0 ? 1 : -1;
}

static double math_clz32(double x) {
  uint32_t n = to_uint32(x);
  if (n == 0) return 32;
  int count = 0;
  while (!(n & 0x80000000u)) {
    n <<= 1;
    count++;
  }
  return count;
}

int intrinsic_MathOp(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue op_value = bi_arg(args, argc, 0);
  double x;
  int status = bi_number_arg(vm, bi_arg(args, argc, 1), "MathOp", &x);
  if (status != 0) return status;
  if (!js_is_int32(op_value)) return vm_throw(vm, ERROR_TYPE, "MathOp: bad operation");
  double result;
  switch (js_to_int32(op_value)) {
    case MATH_ABS: result = fabs(x); break;
    case MATH_ACOS: result = acos(x); break;
    case MATH_ACOSH: result = acosh(x); break;
    case MATH_ASIN: result = asin(x); break;
    case MATH_ASINH: result = asinh(x); break;
    case MATH_ATAN: result = atan(x); break;
    case MATH_ATANH: result = atanh(x); break;
    case MATH_CBRT: result = cbrt(x); break;
    case MATH_CEIL: result = ceil(x); break;
    case MATH_COS: result = cos(x); break;
    case MATH_COSH: result = cosh(x); break;
    case MATH_EXP: result = exp(x); break;
    case MATH_EXPM1: result = expm1(x); break;
    case MATH_FLOOR: result = floor(x); break;
    case MATH_FROUND: result = (double)(float)x; break;
    case MATH_LOG: result = log(x); break;
    case MATH_LOG1P: result = log1p(x); break;
    case MATH_LOG10: result = log10(x); break;
    case MATH_LOG2: result = log2(x); break;
    case MATH_ROUND: result = math_round(x); break;
    case MATH_SIGN: result = math_sign(x); break;
    case MATH_SIN: result = sin(x); break;
    case MATH_SINH: result = sinh(x); break;
    case MATH_SQRT: result = sqrt(x); break;
    case MATH_TAN: result = tan(x); break;
    case MATH_TANH: result = tanh(x); break;
    case MATH_TRUNC: result = trunc(x); break;
    case MATH_CLZ32: result = math_clz32(x); break;
    default: return vm_throw(vm, ERROR_TYPE, "MathOp: bad operation");
  }
  *out = js_from_number(result);
  return 0;
}

/* 6.1.6.1.3 Number::exponentiate: C's pow differs for a NaN exponent with base 1 and for
 * |base| = 1 with an infinite exponent. */
static double math_pow(double base, double exponent) {
  if (isnan(exponent)) return NAN;
  if (exponent == 0) return 1;
  if (isnan(base)) return NAN;
  if (fabs(base) == 1 && isinf(exponent)) return NAN;
  return pow(base, exponent);
}

int intrinsic_MathOp2(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue op_value = bi_arg(args, argc, 0);
  double x, y;
  int status = bi_number_arg(vm, bi_arg(args, argc, 1), "MathOp2", &x);
  if (status == 0) status = bi_number_arg(vm, bi_arg(args, argc, 2), "MathOp2", &y);
  if (status != 0) return status;
  if (!js_is_int32(op_value)) return vm_throw(vm, ERROR_TYPE, "MathOp2: bad operation");
  double result;
  switch (js_to_int32(op_value)) {
    case MATH_ATAN2: result = atan2(x, y); break;
    case MATH_POW: result = math_pow(x, y); break;
    case MATH_IMUL: result = (double)(int32_t)(to_uint32(x) * to_uint32(y)); break;
    case MATH_HYPOT:
      /* 21.3.2.18: an infinity wins over NaN; C's hypot agrees, and gives +0 for ±0. */
      result = hypot(x, y);
      break;
    default: return vm_throw(vm, ERROR_TYPE, "MathOp2: bad operation");
  }
  *out = js_from_number(result);
  return 0;
}

/* --- Random, Now ---------------------------------------------------------------------------- */

static double now_ms(void) {
  struct timespec now;
  if (clock_gettime(CLOCK_REALTIME, &now) != 0) return 0;
  return (double)now.tv_sec * 1000.0 + (double)(now.tv_nsec / 1000000);
}

/* splitmix64 over vm->random_state (the VM keeps 64 bits of state, too few for
 * xorshift128+; splitmix64 passes BigCrush and needs only a counter). Seeded from the
 * clock and the VM's address on first use; 53 random bits make a double in [0, 1). */
int intrinsic_Random(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  if (vm->random_state == 0) {
    struct timespec now;
    uint64_t seed = (uint64_t)(uintptr_t)vm;
    if (clock_gettime(CLOCK_REALTIME, &now) == 0) {
      seed ^= (uint64_t)now.tv_sec * UINT64_C(1000000007) ^ (uint64_t)now.tv_nsec;
    }
    vm->random_state = seed != 0 ? seed : UINT64_C(0x853C49E6748FEA9B);
  }
  vm->random_state += UINT64_C(0x9E3779B97F4A7C15);
  uint64_t z = vm->random_state;
  z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
  z ^= z >> 31;
  *out = js_from_double((double)(z >> 11) * (1.0 / 9007199254740992.0));
  return 0;
}

/* Milliseconds since the epoch, whole (Date.now()). */
int intrinsic_Now(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  *out = js_from_number(now_ms());
  return 0;
}
