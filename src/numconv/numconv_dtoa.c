/* Double -> decimal text, exactly. Every digit comes from exact big-integer ratios r/s with
 * r/s = x / 10^k (x = f * 2^e decomposed from the bits), never from floating arithmetic:
 *  - shortest digits: Steele & White's free-format algorithm as Burger & Dybvig and V8's
 *    bignum-dtoa state it, with the rounding interval's bounds inclusive for an even
 *    significand (round-half-even input reading), and the last digit rounded to the closest
 *    (ties to even) — so the result is the shortest string that round-trips, and the closest
 *    one to x among them;
 *  - a fixed count of significant digits (toExponential(f), toPrecision(p)): Dragon4's fixed
 *    mode, rounding the exact remainder half up ("pick the larger n");
 *  - toFixed: n = floor(x * 10^f + 1/2) as one big integer.
 * Then the spec's formatting rules (ECMA-262 6.1.6.1.20 and 21.1.3). */
#include "numconv/numconv.h"

#include "numconv/bignum.h"
#include "numconv/numconv_internal.h"

/* x = f * 2^e with f < 2^53. */
typedef struct Decomposed {
  uint64_t f;
  int e;
  bool lower_boundary_closer; /* x is a power of two above the smallest normal */
} Decomposed;

static Decomposed decompose(double x) {
  uint64_t bits = num_bits(x);
  int biased = (int)((bits >> 52) & 0x7FF);
  uint64_t fraction = bits & NUM_SIGNIFICAND_MASK;
  Decomposed d;
  if (biased == 0) {
    d.f = fraction;
    d.e = -1074;
  } else {
    d.f = fraction | NUM_HIDDEN_BIT;
    d.e = biased - 1075;
  }
  d.lower_boundary_closer = fraction == 0 && biased > 1;
  return d;
}

static int bit_length_u64(uint64_t v) {
  int n = 0;
  while (v != 0) {
    n++;
    v >>= 1;
  }
  return n;
}

/* An estimate of ceil(log10(x)) that is the true floor(log10(x)) + 1 or one less. */
static int estimate_power10(const Decomposed *d) {
  double estimate = (double)(d->e + bit_length_u64(d->f) - 1) * 0.30102999566398114 - 1e-10;
  int k = (int)estimate;
  if ((double)k < estimate) k++;
  return k;
}

/* Scales r (and the margins) or s so that r/s = x / 10^k. */
static void scale_by_power10(int k, NumBig *r, NumBig *s, NumBig *plus, NumBig *minus) {
  if (k >= 0) {
    num_big_mul_pow10(s, k);
  } else {
    num_big_mul_pow10(r, -k);
    if (plus) num_big_mul_pow10(plus, -k);
    if (minus) num_big_mul_pow10(minus, -k);
  }
}

int num_shortest(double x, char digits[NUM_SHORTEST_SIZE], int *point) {
  *point = 0;
  if (x != x || x == num_infinity() || x == -num_infinity()) return 0;
  if (x < 0) x = -x;
  if (x == 0) {
    digits[0] = '0';
    *point = 1;
    return 1;
  }
  if (x < 9007199254740992.0 && x == (double)(uint64_t)x) {
    /* An integer below 2^53: its neighbours are at most 1 away, so no shorter string (a
     * multiple of 10) rounds to it; its own digits without trailing zeros are the answer. */
    uint64_t n = (uint64_t)x;
    char reversed[NUM_SHORTEST_SIZE];
    int count = 0;
    do {
      reversed[count++] = (char)('0' + n % 10);
      n /= 10;
    } while (n != 0);
    *point = count;
    int first = 0;
    while (first < count - 1 && reversed[first] == '0') first++;
    for (int i = 0; i < count - first; i++) digits[i] = reversed[count - 1 - i];
    return count - first;
  }
  Decomposed d = decompose(x);
  bool even = (d.f & 1) == 0;
  NumBig r, s, plus, minus;
  /* r/s = x; plus/s and minus/s are half the gaps to the neighbouring doubles. */
  num_big_set_u64(&r, d.f);
  num_big_set_u64(&s, 1);
  num_big_set_u64(&plus, 1);
  num_big_set_u64(&minus, 1);
  int closer = d.lower_boundary_closer ? 1 : 0;
  if (d.e >= 0) {
    num_big_shift_left(&r, d.e + 1 + closer);
    num_big_shift_left(&s, 1 + closer);
    num_big_shift_left(&plus, d.e + closer);
    num_big_shift_left(&minus, d.e);
  } else {
    num_big_shift_left(&r, 1 + closer);
    num_big_shift_left(&s, 1 - d.e + closer);
    num_big_shift_left(&plus, closer);
  }
  int k = estimate_power10(&d);
  scale_by_power10(k, &r, &s, &plus, &minus);
  /* The estimate may be one too small: then the upper bound already reaches 10^k. */
  int cmp = num_big_plus_compare(&r, &plus, &s);
  if (even ? cmp >= 0 : cmp > 0) {
    *point = k + 1;
  } else {
    *point = k;
    num_big_mul_add_small(&r, 10, 0);
    num_big_mul_add_small(&plus, 10, 0);
    num_big_mul_add_small(&minus, 10, 0);
  }
  int length = 0;
  for (;;) {
    int digit = num_big_divmod_digit(&r, &s);
    digits[length++] = (char)('0' + digit);
    int low_cmp = num_big_compare(&r, &minus);
    bool low = even ? low_cmp <= 0 : low_cmp < 0;
    int high_cmp = num_big_plus_compare(&r, &plus, &s);
    bool high = even ? high_cmp >= 0 : high_cmp > 0;
    if (!low && !high) {
      num_big_mul_add_small(&r, 10, 0);
      num_big_mul_add_small(&plus, 10, 0);
      num_big_mul_add_small(&minus, 10, 0);
      continue;
    }
    bool round_up;
    if (low && high) {
      int half = num_big_plus_compare(&r, &r, &s);
      round_up = half > 0 || (half == 0 && digit % 2 != 0);
    } else {
      round_up = high;
    }
    /* The loop would have stopped a digit earlier if this could carry past a 9. */
    if (round_up) digits[length - 1]++;
    return length;
  }
}

/* Exactly `count` (1..101) significant digits of x (finite, > 0), the exact value rounded
 * half up: writes them and sets *point as num_shortest does. */
static void fixed_digits(double x, int count, char *digits, int *point) {
  Decomposed d = decompose(x);
  NumBig r, s;
  num_big_set_u64(&r, d.f);
  num_big_set_u64(&s, 1);
  if (d.e >= 0) num_big_shift_left(&r, d.e);
  else num_big_shift_left(&s, -d.e);
  int k = estimate_power10(&d);
  scale_by_power10(k, &r, &s, NULL, NULL);
  if (num_big_compare(&r, &s) >= 0) {
    *point = k + 1;
  } else {
    *point = k;
    num_big_mul_add_small(&r, 10, 0);
  }
  for (int i = 0; i < count; i++) {
    if (i > 0) num_big_mul_add_small(&r, 10, 0);
    digits[i] = (char)('0' + num_big_divmod_digit(&r, &s));
  }
  if (num_big_plus_compare(&r, &r, &s) >= 0) {
    int i = count - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i >= 0) {
      digits[i]++;
    } else {
      digits[0] = '1';
      (*point)++;
    }
  }
}

static int append(char *out, int length, const char *text, int count) {
  memcpy(out + length, text, (size_t)count);
  return length + count;
}

static int append_zeros(char *out, int length, int count) {
  for (int i = 0; i < count; i++) out[length++] = '0';
  return length;
}

static int append_exponent(char *out, int length, int exponent) {
  out[length++] = 'e';
  out[length++] = exponent < 0 ? '-' : '+';
  if (exponent < 0) exponent = -exponent;
  char text[8];
  int n = 0;
  do {
    text[n++] = (char)('0' + exponent % 10);
    exponent /= 10;
  } while (exponent != 0);
  while (n > 0) out[length++] = text[--n];
  return length;
}

/* Writes NaN / Infinity / -Infinity if x is not finite; returns the length or 0. */
static int format_non_finite(double x, char *out) {
  if (x != x) return append(out, 0, "NaN", 4) - 1;
  if (x == num_infinity()) return append(out, 0, "Infinity", 9) - 1;
  if (x == -num_infinity()) return append(out, 0, "-Infinity", 10) - 1;
  return 0;
}

int num_to_string(double x, char out[NUM_TO_STRING_SIZE]) {
  /* 6.1.6.1.20 Number::toString, steps 1-4. */
  int length = format_non_finite(x, out);
  if (length != 0) return length;
  if (x == 0) return append(out, 0, "0", 2) - 1;
  if (x < 0) {
    out[length++] = '-';
    x = -x;
  }
  /* Step 5: k digits, n the decimal point position. */
  char digits[NUM_SHORTEST_SIZE] = {0};
  int n;
  int k = num_shortest(x, digits, &n);
  if (k <= n && n <= 21) {
    /* Step 6. */
    length = append(out, length, digits, k);
    length = append_zeros(out, length, n - k);
  } else if (0 < n && n <= 21) {
    /* Step 7. */
    length = append(out, length, digits, n);
    out[length++] = '.';
    length = append(out, length, digits + n, k - n);
  } else if (-6 < n && n <= 0) {
    /* Step 8. */
    length = append(out, length, "0.", 2);
    length = append_zeros(out, length, -n);
    length = append(out, length, digits, k);
  } else {
    /* Steps 9-10. */
    out[length++] = digits[0];
    if (k > 1) {
      out[length++] = '.';
      length = append(out, length, digits + 1, k - 1);
    }
    length = append_exponent(out, length, n - 1);
  }
  out[length] = '\0';
  return length;
}

/* Decimal digits of a big integer, most significant first; returns their count. */
static int big_to_decimal(NumBig *n, char *out) {
  char reversed[NUM_FORMAT_SIZE + 16];
  int count = 0;
  while (!num_big_is_zero(n)) {
    uint32_t chunk = num_big_div_small(n, 1000000000);
    for (int i = 0; i < 9; i++) {
      reversed[count++] = (char)('0' + chunk % 10);
      chunk /= 10;
    }
  }
  while (count > 1 && reversed[count - 1] == '0') count--;
  if (count == 0) reversed[count++] = '0';
  for (int i = 0; i < count; i++) out[i] = reversed[count - 1 - i];
  return count;
}

int num_to_fixed(double x, int f, char out[NUM_FORMAT_SIZE]) {
  /* 21.1.3.3 steps 4-5: the range check comes before the finiteness check. */
  if (f < 0 || f > 100) return -1;
  if (x != x || x == num_infinity() || x == -num_infinity()) return num_to_string(x, out);
  int length = 0;
  if (x < 0) {
    out[length++] = '-';
    x = -x;
  }
  if (x >= 1e21) {
    /* Step 8: s followed by ToString(x). */
    return length + num_to_string(x, out + length);
  }
  /* Step 9: n = floor(x * 10^f + 1/2), exactly. */
  Decomposed d = decompose(x);
  NumBig n;
  num_big_set_u64(&n, d.f);
  num_big_mul_pow10(&n, f);
  if (d.e >= 0) {
    num_big_shift_left(&n, d.e);
  } else if (!num_big_is_zero(&n)) {
    NumBig half;
    num_big_set_u64(&half, 1);
    num_big_shift_left(&half, -d.e - 1);
    num_big_add(&n, &half);
    num_big_shift_right(&n, -d.e);
  }
  char m[NUM_FORMAT_SIZE];
  int k = big_to_decimal(&n, m);
  if (f != 0) {
    if (k <= f) {
      length = append_zeros(out, length, f + 1 - k);
      length = append(out, length, m, k);
      k = f + 1;
    } else {
      length = append(out, length, m, k);
    }
    /* Insert the point before the last f digits. */
    memmove(out + length - f + 1, out + length - f, (size_t)f);
    out[length - f] = '.';
    length++;
  } else {
    length = append(out, length, m, k);
  }
  out[length] = '\0';
  return length;
}

int num_to_exponential(double x, int f, char out[NUM_FORMAT_SIZE]) {
  /* 21.1.3.2 steps 4-5: non-finite values print before the range check. */
  if (x != x || x == num_infinity() || x == -num_infinity()) return num_to_string(x, out);
  if (f != NUM_DIGITS_UNDEFINED && (f < 0 || f > 100)) return -1;
  int length = 0;
  if (x < 0) {
    out[length++] = '-';
    x = -x;
  }
  char digits[NUM_FORMAT_SIZE] = {0};
  int count, e;
  if (x == 0) {
    /* Step 8. */
    count = f == NUM_DIGITS_UNDEFINED ? 1 : f + 1;
    memset(digits, '0', (size_t)count);
    e = 0;
  } else if (f == NUM_DIGITS_UNDEFINED) {
    /* Step 9 with fractionDigits undefined: as few digits as round-trip. */
    int point;
    count = num_shortest(x, digits, &point);
    e = point - 1;
  } else {
    int point;
    count = f + 1;
    fixed_digits(x, count, digits, &point);
    e = point - 1;
  }
  /* Steps 10-13. */
  out[length++] = digits[0];
  if (count > 1) {
    out[length++] = '.';
    length = append(out, length, digits + 1, count - 1);
  }
  length = append_exponent(out, length, e);
  out[length] = '\0';
  return length;
}

int num_to_precision(double x, int p, char out[NUM_FORMAT_SIZE]) {
  /* 21.1.3.5 steps 4-5. */
  if (x != x || x == num_infinity() || x == -num_infinity()) return num_to_string(x, out);
  if (p < 1 || p > 100) return -1;
  int length = 0;
  if (x < 0) {
    out[length++] = '-';
    x = -x;
  }
  char m[NUM_FORMAT_SIZE];
  int e;
  if (x == 0) {
    /* Step 8. */
    memset(m, '0', (size_t)p);
    e = 0;
  } else {
    /* Step 9. */
    int point;
    fixed_digits(x, p, m, &point);
    e = point - 1;
    if (e < -6 || e >= p) {
      /* Step 9.b: exponential notation. */
      out[length++] = m[0];
      if (p != 1) {
        out[length++] = '.';
        length = append(out, length, m + 1, p - 1);
      }
      length = append_exponent(out, length, e);
      out[length] = '\0';
      return length;
    }
  }
  if (e == p - 1) {
    /* Step 10. */
    length = append(out, length, m, p);
  } else if (e >= 0) {
    /* Step 11. */
    length = append(out, length, m, e + 1);
    out[length++] = '.';
    length = append(out, length, m + e + 1, p - (e + 1));
  } else {
    /* Step 12. */
    length = append(out, length, "0.", 2);
    length = append_zeros(out, length, -(e + 1));
    length = append(out, length, m, p);
  }
  out[length] = '\0';
  return length;
}
