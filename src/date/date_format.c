/* Date to text exactly as V8 prints it (ECMAScript 21.4.4.41 toString and its helpers
 * DateString, TimeString, TimeZoneString; 21.4.4.43 toUTCString; 21.4.4.36 toISOString with
 * 21.4.1.32's expanded years), plus node's default en-US toLocale*String ("11/24/2026,
 * 9:05:07 AM": numeric month/day/year, 12-hour clock, era years 1 - y for y <= 0, as ICU
 * prints them without an era). Zone offsets print truncated to whole minutes, as V8 does. */
#include "date/date.h"
#include "date/date_internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const week_days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* vsnprintf into buf; the length, or 0 when it does not fit. */
static size_t format_into(char *buf, size_t size, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int n = vsnprintf(buf, size, format, args);
  va_end(args);
  if (n < 0 || (size_t)n >= size) {
    if (size > 0) buf[0] = '\0';
    return 0;
  }
  return (size_t)n;
}

static size_t invalid_date(char *buf, size_t size) { return format_into(buf, size, "Invalid Date"); }

/* Local fields, offset (whole minutes, V8's truncation) and long name for t. */
typedef struct LocalView {
  DateFields fields;
  long offset_minutes;
  char zone_name[DATE_ZONE_NAME_SIZE];
} LocalView;

static bool local_view(const DateZone *zone, double t, LocalView *view) {
  if (isnan(t)) return false;
  double offset = date_zone_offset(zone, t);
  if (!date_split(t + offset, &view->fields)) return false;
  view->offset_minutes = (long)date_trunc(offset / 60000);
  if (date_zone_long_name(zone, t, view->zone_name, sizeof view->zone_name) == 0) view->zone_name[0] = '\0';
  return true;
}

/* "Tue Nov 24 2026": V8 pads the year to 4 digits, or "-" and 4 digits when negative. */
static size_t date_part(const DateFields *f, char *buf, size_t size) {
  return format_into(buf, size, f->year < 0 ? "%s %s %02d %05lld" : "%s %s %02d %04lld", week_days[f->weekday],
                     month_names[f->month], f->day, (long long)f->year);
}

/* "09:05:07 GMT-0500 (Eastern Standard Time)". */
static size_t time_part(const LocalView *view, char *buf, size_t size) {
  long magnitude = view->offset_minutes < 0 ? -view->offset_minutes : view->offset_minutes;
  return format_into(buf, size, "%02d:%02d:%02d GMT%c%02ld%02ld (%s)", view->fields.hour, view->fields.minute,
                     view->fields.second, view->offset_minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60,
                     view->zone_name);
}

size_t date_format_string(const DateZone *zone, double t, char *buf, size_t size) {
  LocalView view;
  if (!local_view(zone, t, &view)) return invalid_date(buf, size);
  char date[48], time[DATE_ZONE_NAME_SIZE + 32];
  if (date_part(&view.fields, date, sizeof date) == 0 || time_part(&view, time, sizeof time) == 0) return 0;
  return format_into(buf, size, "%s %s", date, time);
}

size_t date_format_date_string(const DateZone *zone, double t, char *buf, size_t size) {
  LocalView view;
  if (!local_view(zone, t, &view)) return invalid_date(buf, size);
  return date_part(&view.fields, buf, size);
}

size_t date_format_time_string(const DateZone *zone, double t, char *buf, size_t size) {
  LocalView view;
  if (!local_view(zone, t, &view)) return invalid_date(buf, size);
  return time_part(&view, buf, size);
}

size_t date_format_utc_string(double t, char *buf, size_t size) {
  DateFields f;
  if (isnan(t) || !date_split(t, &f)) return invalid_date(buf, size);
  return format_into(buf, size, f.year < 0 ? "%s, %02d %s %05lld %02d:%02d:%02d GMT" : "%s, %02d %s %04lld %02d:%02d:%02d GMT",
                     week_days[f.weekday], f.day, month_names[f.month], (long long)f.year, f.hour, f.minute, f.second);
}

size_t date_format_iso_string(double t, char *buf, size_t size) {
  DateFields f;
  if (isnan(t) || !date_split(t, &f)) {
    if (size > 0) buf[0] = '\0';
    return 0;
  }
  /* 21.4.1.32.1: years outside 0..9999 take a sign and six digits. */
  const char *format = f.year >= 0 && f.year <= 9999 ? "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ"
                       : f.year < 0                  ? "-%06lld-%02d-%02dT%02d:%02d:%02d.%03dZ"
                                                     : "+%06lld-%02d-%02dT%02d:%02d:%02d.%03dZ";
  long long year = f.year < 0 ? -(long long)f.year : (long long)f.year;
  return format_into(buf, size, format, year, f.month + 1, f.day, f.hour, f.minute, f.second, f.ms);
}

/* en-US numeric date "11/24/2026"; ICU shows years <= 0 as era years (1 BC is 1). */
static size_t locale_date(const DateFields *f, char *buf, size_t size) {
  long long year = f->year <= 0 ? 1 - (long long)f->year : (long long)f->year;
  return format_into(buf, size, "%d/%d/%lld", f->month + 1, f->day, year);
}

/* en-US time "9:05:07 AM": node 20.20 (ICU 78, CLDR 48) puts a plain space before AM/PM. */
static size_t locale_time(const DateFields *f, char *buf, size_t size) {
  int hour = f->hour % 12 == 0 ? 12 : f->hour % 12;
  return format_into(buf, size, "%d:%02d:%02d %s", hour, f->minute, f->second, f->hour < 12 ? "AM" : "PM");
}

size_t date_format_locale_string(const DateZone *zone, double t, char *buf, size_t size) {
  LocalView view;
  if (!local_view(zone, t, &view)) return invalid_date(buf, size);
  char date[48], time[48];
  if (locale_date(&view.fields, date, sizeof date) == 0 || locale_time(&view.fields, time, sizeof time) == 0) return 0;
  return format_into(buf, size, "%s, %s", date, time);
}

size_t date_format_locale_date_string(const DateZone *zone, double t, char *buf, size_t size) {
  LocalView view;
  if (!local_view(zone, t, &view)) return invalid_date(buf, size);
  return locale_date(&view.fields, buf, size);
}

size_t date_format_locale_time_string(const DateZone *zone, double t, char *buf, size_t size) {
  LocalView view;
  if (!local_view(zone, t, &view)) return invalid_date(buf, size);
  return locale_time(&view.fields, buf, size);
}
