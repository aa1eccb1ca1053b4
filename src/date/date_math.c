/* Time-value arithmetic, ECMAScript 21.4.1. Every function takes and returns doubles so NaN
 * propagates exactly as the spec's steps do. Calendar conversion is closed-form (Hinnant's
 * days_from_civil / civil_from_days over 400-year eras) in 64-bit integers, so it is exact
 * for the whole +-8.64e15 ms range with no loop over years. Day(t) is an integer floor
 * division whenever t is integral (a double division could round k*msPerDay - 1 up to k). */
#include "date/date.h"
#include "date/date_internal.h"

#include <math.h>

#define MS_PER_SECOND 1000.0
#define MS_PER_MINUTE 60000.0
#define MS_PER_HOUR 3600000.0

/* Largest |t| handled with integers; far beyond any time value, well inside int64. */
#define INTEGER_LIMIT 9.0e15

static int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

int64_t date_days_from_civil(int64_t year, int month, int day) {
  year -= month <= 2;
  int64_t era = floor_div(year, 400);
  int64_t year_of_era = year - era * 400;
  int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

/* The inverse: a day number to year, month (1..12), day (1..31). */
static void civil_from_days(int64_t days, int64_t *year, int *month, int *day) {
  days += 719468;
  int64_t era = floor_div(days, 146097);
  int64_t day_of_era = days - era * 146097;
  int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t mp = (5 * day_of_year + 2) / 153;
  *day = (int)(day_of_year - (153 * mp + 2) / 5 + 1);
  *month = (int)(mp < 10 ? mp + 3 : mp - 9);
  *year = year_of_era + era * 400 + (*month <= 2);
}

static bool is_integral(double t) { return date_fabs(t) <= INTEGER_LIMIT && t == date_floor(t); }

double date_day(double t) {
  if (isnan(t)) return NAN;
  if (is_integral(t)) return (double)floor_div((int64_t)t, 86400000);
  return date_floor(t / DATE_MS_PER_DAY);
}

double date_time_within_day(double t) {
  if (isnan(t)) return NAN;
  if (is_integral(t)) {
    int64_t r = (int64_t)t % 86400000;
    return (double)(r < 0 ? r + 86400000 : r);
  }
  /* Non-integral or beyond any time value: t - Day(t) * msPerDay in doubles. */
  return t - date_day(t) * DATE_MS_PER_DAY;
}

bool date_is_leap_year(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

double date_days_in_year(double y) {
  if (!isfinite(y) || date_fabs(y) > 1e15 || y != date_floor(y)) return NAN;
  return date_is_leap_year((int64_t)y) ? 366 : 365;
}

double date_day_from_year(double y) {
  if (!isfinite(y)) return NAN;
  if (date_fabs(y) > 1e12 || y != date_floor(y)) {
    /* 21.4.1.6 literally, in doubles, for years no time value reaches. */
    return 365 * (y - 1970) + date_floor((y - 1969) / 4) - date_floor((y - 1901) / 100) + date_floor((y - 1601) / 400);
  }
  return (double)date_days_from_civil((int64_t)y, 1, 1);
}

double date_time_from_year(double y) { return DATE_MS_PER_DAY * date_day_from_year(y); }

/* The calendar date of t's day; false when t is NaN or no time value. */
static bool civil_of_time(double t, int64_t *year, int *month, int *day) {
  double d = date_day(t);
  if (isnan(d) || date_fabs(d) > 1e12) return false;
  civil_from_days((int64_t)d, year, month, day);
  return true;
}

double date_year_from_time(double t) {
  int64_t year;
  int month, day;
  if (!civil_of_time(t, &year, &month, &day)) return NAN;
  return (double)year;
}

double date_in_leap_year(double t) {
  double y = date_year_from_time(t);
  if (isnan(y)) return NAN;
  return date_days_in_year(y) == 366 ? 1 : 0;
}

double date_month_from_time(double t) {
  int64_t year;
  int month, day;
  if (!civil_of_time(t, &year, &month, &day)) return NAN;
  return month - 1;
}

double date_date_from_time(double t) {
  int64_t year;
  int month, day;
  if (!civil_of_time(t, &year, &month, &day)) return NAN;
  return day;
}

double date_week_day(double t) {
  double d = date_day(t);
  if (isnan(d)) return NAN;
  if (date_fabs(d) < 9.0e18) {
    int64_t r = ((int64_t)d + 4) % 7;
    return (double)(r < 0 ? r + 7 : r);
  }
  return d + 4 - date_floor((d + 4) / 7) * 7;
}

/* 21.4.1.14-17: date_floor(t / unit) modulo range, non-negative. */
static double time_part(double t, double unit, double range) {
  double within = date_time_within_day(t);
  if (isnan(within)) return NAN;
  int64_t units = (int64_t)date_floor(within / unit); /* within is in [0, msPerDay) */
  return (double)(units % (int64_t)range);
}

double date_hour_from_time(double t) { return time_part(t, MS_PER_HOUR, 24); }
double date_min_from_time(double t) { return time_part(t, MS_PER_MINUTE, 60); }
double date_sec_from_time(double t) { return time_part(t, MS_PER_SECOND, 60); }
double date_ms_from_time(double t) { return time_part(t, 1, 1000); }

/* 7.1.5 ToIntegerOrInfinity for a number (NaN already excluded by the callers). */
static double to_integer(double x) {
  double r = date_trunc(x);
  return r == 0 ? 0 : r;
}

double date_make_time(double hour, double min, double sec, double ms) {
  /* Step 1: any non-finite argument gives NaN. */
  if (!isfinite(hour) || !isfinite(min) || !isfinite(sec) || !isfinite(ms)) return NAN;
  /* Steps 2-6, evaluated left to right in IEEE doubles as the spec says. */
  return to_integer(hour) * MS_PER_HOUR + to_integer(min) * MS_PER_MINUTE +
         to_integer(sec) * MS_PER_SECOND + to_integer(ms);
}

/* V8's bounds (builtins-date / date.cc MakeDay): beyond them the result is NaN even where the
 * spec's day would be finite; no time value lies outside them anyway. */
#define MAKE_DAY_MAX_YEAR 1000000.0
#define MAKE_DAY_MAX_MONTH 10000000.0

double date_make_day(double year, double month, double date) {
  /* Step 1: non-finite -> NaN. */
  if (!isfinite(year) || !isfinite(month) || !isfinite(date)) return NAN;
  /* Steps 2-4: ToIntegerOrInfinity. */
  if (!(year >= -MAKE_DAY_MAX_YEAR && year <= MAKE_DAY_MAX_YEAR)) return NAN;
  if (!(month >= -MAKE_DAY_MAX_MONTH && month <= MAKE_DAY_MAX_MONTH)) return NAN;
  double y = to_integer(year), m = to_integer(month), dt = to_integer(date);
  /* Steps 5-7: month overflow into years. */
  int64_t ym = (int64_t)y + floor_div((int64_t)m, 12);
  int mn = (int)((int64_t)m - floor_div((int64_t)m, 12) * 12);
  /* Steps 8-9: the first day of that month, plus date - 1. */
  return (double)date_days_from_civil(ym, mn + 1, 1) + dt - 1;
}

double date_make_date(double day, double time) {
  if (!isfinite(day) || !isfinite(time)) return NAN;
  double tv = day * DATE_MS_PER_DAY + time;
  return isfinite(tv) ? tv : NAN;
}

double date_time_clip(double time) {
  if (!isfinite(time)) return NAN;
  if (date_fabs(time) > DATE_MAX_TIME) return NAN;
  return to_integer(time);
}

bool date_split(double t, DateFields *fields) {
  if (!is_integral(t)) return false;
  int64_t ms = (int64_t)t;
  int64_t days = floor_div(ms, 86400000);
  int64_t within = ms - days * 86400000;
  int month, day;
  civil_from_days(days, &fields->year, &month, &day);
  fields->month = month - 1;
  fields->day = day;
  int64_t weekday = (days + 4) % 7;
  fields->weekday = (int)(weekday < 0 ? weekday + 7 : weekday);
  fields->hour = (int)(within / 3600000);
  fields->minute = (int)(within / 60000 % 60);
  fields->second = (int)(within / 1000 % 60);
  fields->ms = (int)(within % 1000);
  return true;
}
