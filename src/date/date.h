/* date: the engine-free library under the Date built-in (ECMAScript 21.4). Time values are
 * doubles (ms since the epoch, UTC); NaN is the invalid time value and propagates as the spec's
 * steps say. Local time comes from a DateZone (UTC, the host libc, or a TZif file); text in
 * and out follows V8, so node's output is the expectation. No engine types: plain doubles,
 * byte buffers and lengths. Errors are return values (NaN, false, 0). */
#ifndef PETREL_DATE_DATE_H
#define PETREL_DATE_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DATE_MS_PER_DAY 86400000.0
#define DATE_MAX_TIME 8.64e15

/* ---- 21.4.1 time-value arithmetic (date_math.c) ---------------------------------------- */

/* 21.4.1.3 Day(t) = floor(t / msPerDay), exact for every time value. */
double date_day(double t);
/* 21.4.1.4 TimeWithinDay(t) = t modulo msPerDay (non-negative). */
double date_time_within_day(double t);
/* 21.4.1.5 DaysInYear(y): 365 or 366. */
double date_days_in_year(double y);
/* 21.4.1.6 DayFromYear(y): day number of the first day of year y. */
double date_day_from_year(double y);
/* 21.4.1.7 TimeFromYear(y) = msPerDay * DayFromYear(y). */
double date_time_from_year(double y);
/* 21.4.1.8 YearFromTime(t): closed form (no loop over years). */
double date_year_from_time(double t);
/* 21.4.1.10 InLeapYear(t): 1 in a leap year, else 0. */
double date_in_leap_year(double t);
/* 21.4.1.11 MonthFromTime(t): 0..11. */
double date_month_from_time(double t);
/* 21.4.1.12 DateFromTime(t): 1..31. */
double date_date_from_time(double t);
/* 21.4.1.13 WeekDay(t): 0 (Sunday)..6. */
double date_week_day(double t);
/* 21.4.1.14 HourFromTime(t): 0..23. */
double date_hour_from_time(double t);
/* 21.4.1.15 MinFromTime(t): 0..59. */
double date_min_from_time(double t);
/* 21.4.1.16 SecFromTime(t): 0..59. */
double date_sec_from_time(double t);
/* 21.4.1.17 msFromTime(t): 0..999. */
double date_ms_from_time(double t);
/* 21.4.1.28 MakeTime(hour, min, sec, ms): NaN unless all finite. */
double date_make_time(double hour, double min, double sec, double ms);
/* 21.4.1.29 MakeDay(year, month, date), with V8's year/month bounds (see docs/date.md). */
double date_make_day(double year, double month, double date);
/* 21.4.1.30 MakeDate(day, time): NaN unless finite. */
double date_make_date(double day, double time);
/* 21.4.1.31 TimeClip(time): NaN outside +-8.64e15, else an integer (+0 for -0). */
double date_time_clip(double time);

/* A time value broken into calendar fields (all of them at once, for formatting). */
typedef struct DateFields {
  int64_t year;  /* proleptic Gregorian, astronomical (year 0 = 1 BC) */
  int month;     /* 0..11 */
  int day;       /* 1..31 */
  int weekday;   /* 0 = Sunday */
  int hour, minute, second, ms;
} DateFields;

/* Splits a finite time value (|t| <= about 8.64e15 + a day of zone offset) into fields;
 * false for NaN or a value outside that range. */
bool date_split(double t, DateFields *fields);

/* ---- time zones (date_zone.c, date_zone_libc.c, date_zone_tzif.c) ------------------------ */

#define DATE_ABBREVIATION_SIZE 16

/* What a zone says about one instant. */
typedef struct DateZoneInfo {
  double offset_ms;                           /* local time - UTC */
  bool is_dst;
  char abbreviation[DATE_ABBREVIATION_SIZE];  /* "EST"; "" when the zone has none */
} DateZoneInfo;

typedef struct DateZone DateZone;

/* The zone interface: one provider fills these in. */
struct DateZone {
  /* The offset and names in effect at UTC time value t (finite). False on failure. */
  bool (*info_at_utc)(const DateZone *zone, double t, DateZoneInfo *info);
  /* The IANA id ("America/New_York") or NULL: the key for long names. */
  const char *id;
  void *data;  /* provider state */
};

/* 21.4.1.25 LocalTime(t): t + offset at t; NaN for NaN. */
double date_local_time(const DateZone *zone, double t);
/* 21.4.1.26 UTC(t) for a local time value: V8's choice in gaps and overlaps (the offset in
 * effect before the transition, ICU's "former" rule). NaN for NaN. */
double date_utc_from_local(const DateZone *zone, double local);
/* The offset (ms) of local time from UTC at UTC time t; 0 on failure. */
double date_zone_offset(const DateZone *zone, double t);
/* Date.prototype.getTimezoneOffset: (t - LocalTime(t)) / msPerMinute, truncated to whole
 * minutes as V8 does (LMT offsets have seconds); NaN for NaN. */
double date_timezone_offset_minutes(const DateZone *zone, double t);
/* The long name toString shows in parentheses ("Eastern Standard Time"): a table for common
 * zones keyed by id and DST, then by abbreviation, else ICU's "GMT+05:30" fallback. Writes a
 * NUL-terminated name into buf (DATE_ZONE_NAME_SIZE is enough); returns its length. */
#define DATE_ZONE_NAME_SIZE 64
size_t date_zone_long_name(const DateZone *zone, double t, char *buf, size_t size);

/* The UTC zone (always available). */
const DateZone *date_zone_utc(void);
/* The host C library's local zone (localtime_r/tm_gmtoff), or UTC where libc has no zone
 * data (WASI, Emscripten without a TZ). id is taken from TZ (or NULL). */
const DateZone *date_zone_libc(void);

/* A zone read from TZif bytes (RFC 8536, versions 1-4 with the POSIX TZ footer). The caller
 * keeps `bytes` alive only for the call; the zone owns a copy of what it needs. */
typedef struct DateTzif DateTzif;
/* Parses a TZif file; NULL on malformed input or no memory. id may be NULL. */
DateTzif *date_tzif_new(const uint8_t *bytes, size_t length, const char *id);
/* Frees what date_tzif_new returned. */
void date_tzif_free(DateTzif *tzif);
/* The zone interface over a parsed TZif (valid while tzif lives). */
const DateZone *date_tzif_zone(const DateTzif *tzif);

/* ---- formatting (date_format.c), V8's formats ------------------------------------------- */

/* Buffers of DATE_FORMAT_SIZE bytes hold every output below (NUL-terminated). Each returns
 * the length written, or 0 when the buffer is too small. An invalid time value gives
 * "Invalid Date", except toISOString which returns 0 (the caller throws RangeError). */
#define DATE_FORMAT_SIZE 128
/* Date.prototype.toString: "Tue Nov 24 2026 09:05:07 GMT-0500 (Eastern Standard Time)". */
size_t date_format_string(const DateZone *zone, double t, char *buf, size_t size);
/* Date.prototype.toDateString: "Tue Nov 24 2026". */
size_t date_format_date_string(const DateZone *zone, double t, char *buf, size_t size);
/* Date.prototype.toTimeString: "09:05:07 GMT-0500 (Eastern Standard Time)". */
size_t date_format_time_string(const DateZone *zone, double t, char *buf, size_t size);
/* Date.prototype.toUTCString: "Tue, 24 Nov 2026 14:05:07 GMT". */
size_t date_format_utc_string(double t, char *buf, size_t size);
/* Date.prototype.toISOString: "2026-11-24T14:05:07.000Z", "+012345-..." ; 0 when invalid. */
size_t date_format_iso_string(double t, char *buf, size_t size);
/* toLocaleString with node's default en-US output: "11/24/2026, 9:05:07 AM". */
size_t date_format_locale_string(const DateZone *zone, double t, char *buf, size_t size);
/* toLocaleDateString, node's en-US: "11/24/2026". */
size_t date_format_locale_date_string(const DateZone *zone, double t, char *buf, size_t size);
/* toLocaleTimeString, node's en-US: "9:05:07 AM". */
size_t date_format_locale_time_string(const DateZone *zone, double t, char *buf, size_t size);

/* ---- parsing (date_parse.c), Date.parse ------------------------------------------------- */

/* Date.parse over Latin-1 bytes: the ISO format (21.4.3.2 / 21.4.1.32) first, then V8's
 * legacy formats. Returns the time value or NaN. Local forms use `zone`. */
double date_parse(const DateZone *zone, const uint8_t *text, size_t length);
/* The same over UTF-16 code units; as in V8, every unit from 'A' up except JS whitespace is
 * a word character, so "Nov\u4e00" still names November. */
double date_parse_utf16(const DateZone *zone, const uint16_t *text, size_t length);

#endif
