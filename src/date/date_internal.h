/* Helpers shared inside src/date only. The library needs no libm (the engine does not link
 * it): floor, trunc and fabs on doubles are done here exactly, by conversion through int64
 * where a double can have a fraction (|x| < 2^52) and by identity beyond. */
#ifndef PETREL_DATE_DATE_INTERNAL_H
#define PETREL_DATE_DATE_INTERNAL_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#define DATE_TWO_52 4503599627370496.0

static inline double date_fabs(double x) { return x < 0 ? -x : x; }

/* trunc(x): toward zero; NaN and infinities unchanged; keeps the sign of zero like trunc. */
static inline double date_trunc(double x) {
  if (!(date_fabs(x) < DATE_TWO_52)) return x;
  double r = (double)(int64_t)x;
  return r == 0 && x < 0 ? -0.0 : r;
}

/* floor(x). */
static inline double date_floor(double x) {
  double r = date_trunc(x);
  return r > x ? r - 1 : r;
}

/* Days from 1970-01-01 to year-month(1..12)-day in the proleptic Gregorian calendar; exact
 * for every int64 year the library meets (date_math.c). */
int64_t date_days_from_civil(int64_t year, int month, int day);

/* Gregorian leap-year rule. */
bool date_is_leap_year(int64_t year);

#endif
