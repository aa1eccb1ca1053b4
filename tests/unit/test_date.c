/* src/date: the 21.4.1 arithmetic at the edges of the time-value range, MakeDay/MakeTime
 * overflow and NaN rules, V8's formats in UTC, Date.parse in UTC (ISO and legacy forms), a
 * TZif zone built in memory (fixed offsets and a POSIX rule footer), and the gap/overlap rule.
 * Expected values are node's. */
#include <math.h>
#include <string.h>

#include "date/date.h"
#include "unit.h"

#define CHECK_NUM(actual, expected) CHECK_INT((long long)(actual), (long long)(expected))

static void test_arithmetic_edges(int argc, char **argv) {
  /* +-8.64e15 is +-1e8 days: Sat Sep 13 275760 and Tue Apr 20 -271821. */
  CHECK_NUM(date_day(8.64e15), 100000000);
  CHECK_NUM(date_day(-8.64e15), -100000000);
  CHECK_NUM(date_day(-1), -1);
  CHECK_NUM(date_day(8.64e15 - 1), 99999999);
  CHECK_NUM(date_time_within_day(-1), 86399999);
  CHECK_NUM(date_year_from_time(8.64e15), 275760);
  CHECK_NUM(date_month_from_time(8.64e15), 8);
  CHECK_NUM(date_date_from_time(8.64e15), 13);
  CHECK_NUM(date_week_day(8.64e15), 6);
  CHECK_NUM(date_year_from_time(-8.64e15), -271821);
  CHECK_NUM(date_month_from_time(-8.64e15), 3);
  CHECK_NUM(date_date_from_time(-8.64e15), 20);
  CHECK_NUM(date_week_day(-8.64e15), 2);
  /* Year 0 (1 BC) is a leap year; -1 is not; 1900 and 2100 are not, 2000 and -400 are. */
  double year0 = date_time_from_year(0);
  CHECK_NUM(year0, -62167219200000.0);
  CHECK_NUM(date_year_from_time(year0), 0);
  CHECK_NUM(date_year_from_time(year0 - 1), -1);
  CHECK_NUM(date_in_leap_year(year0), 1);
  CHECK_NUM(date_days_in_year(-1), 365);
  CHECK_NUM(date_days_in_year(1900), 365);
  CHECK_NUM(date_days_in_year(2000), 366);
  CHECK_NUM(date_days_in_year(2100), 365);
  CHECK_NUM(date_days_in_year(-400), 366);
  CHECK_NUM(date_day_from_year(1970), 0);
  CHECK_NUM(date_day_from_year(1969), -365);
  CHECK_NUM(date_day_from_year(-271821), -100000109);
  /* Feb 29 and Mar 1 of a leap century. */
  double feb29 = date_make_date(date_make_day(2000, 1, 29), 0);
  CHECK_NUM(date_month_from_time(feb29), 1);
  CHECK_NUM(date_date_from_time(feb29), 29);
  CHECK_NUM(date_month_from_time(feb29 + DATE_MS_PER_DAY), 2);
  CHECK_NUM(date_hour_from_time(-1), 23);
  CHECK_NUM(date_min_from_time(-1), 59);
  CHECK_NUM(date_sec_from_time(-1), 59);
  CHECK_NUM(date_ms_from_time(-1), 999);
  CHECK(isnan(date_year_from_time(NAN)));
  CHECK(isnan(date_week_day(NAN)));
  CHECK(isnan(date_hour_from_time(NAN)));
}

static void test_make_rules(int argc, char **argv) {
  /* Month overflow into years, negative months, fractional arguments truncated. */
  CHECK_NUM(date_make_day(2020, 12, 1), date_make_day(2021, 0, 1));
  CHECK_NUM(date_make_day(2020, -1, 1), date_make_day(2019, 11, 1));
  CHECK_NUM(date_make_day(2020, -13, 1), date_make_day(2018, 11, 1));
  CHECK_NUM(date_make_day(2020.9, 1.9, 1.9), date_make_day(2020, 1, 1));
  CHECK_NUM(date_make_day(-0.5, 0, 1), date_make_day(0, 0, 1));
  CHECK_NUM(date_make_day(2020, 0, 0), date_make_day(2019, 11, 31));
  CHECK(isnan(date_make_day(NAN, 0, 1)));
  CHECK(isnan(date_make_day(2020, INFINITY, 1)));
  CHECK(isnan(date_make_day(2020, 0, -INFINITY)));
  /* V8's bounds: |year| <= 1e6, |month| <= 1e7. */
  CHECK(!isnan(date_make_day(1000000, 0, 1)));
  CHECK(isnan(date_make_day(1000000.5, 0, 1)));
  CHECK(isnan(date_make_day(0, 10000001, 1)));
  CHECK_NUM(date_make_time(1, 2, 3, 4), 3723004);
  CHECK_NUM(date_make_time(1.7, -2.7, 3.2, 4.9), 3600000 - 120000 + 3000 + 4);
  CHECK(isnan(date_make_time(INFINITY, 0, 0, 0)));
  CHECK(isnan(date_make_time(0, 0, 0, NAN)));
  CHECK(isnan(date_make_date(NAN, 0)));
  CHECK(isnan(date_make_date(1e305, 1e305)));
  CHECK_NUM(date_make_date(1, -1), 86399999);
  CHECK_NUM(date_time_clip(8.64e15), 8.64e15);
  CHECK(isnan(date_time_clip(8.64e15 + 1)));
  CHECK(isnan(date_time_clip(-8.64e15 - 1)));
  CHECK(isnan(date_time_clip(INFINITY)));
  CHECK_NUM(date_time_clip(1.9), 1);
  CHECK_NUM(date_time_clip(-1.9), -1);
  CHECK(!signbit(date_time_clip(-0.5)));
}

static void test_format_utc(int argc, char **argv) {
  const DateZone *utc = date_zone_utc();
  char buf[DATE_FORMAT_SIZE];
  double t = 1795529107000.0; /* 2026-11-24T14:05:07Z */
  date_format_string(utc, t, buf, sizeof buf);
  CHECK_STR(buf, "Tue Nov 24 2026 14:05:07 GMT+0000 (Coordinated Universal Time)");
  date_format_date_string(utc, t, buf, sizeof buf);
  CHECK_STR(buf, "Tue Nov 24 2026");
  date_format_time_string(utc, t, buf, sizeof buf);
  CHECK_STR(buf, "14:05:07 GMT+0000 (Coordinated Universal Time)");
  date_format_utc_string(t, buf, sizeof buf);
  CHECK_STR(buf, "Tue, 24 Nov 2026 14:05:07 GMT");
  date_format_iso_string(t, buf, sizeof buf);
  CHECK_STR(buf, "2026-11-24T14:05:07.000Z");
  date_format_locale_string(utc, t, buf, sizeof buf);
  CHECK_STR(buf, "11/24/2026, 2:05:07 PM");
  date_format_locale_time_string(utc, 0, buf, sizeof buf);
  CHECK_STR(buf, "12:00:00 AM");
  date_format_iso_string(-8.64e15, buf, sizeof buf);
  CHECK_STR(buf, "-271821-04-20T00:00:00.000Z");
  date_format_iso_string(8.64e15, buf, sizeof buf);
  CHECK_STR(buf, "+275760-09-13T00:00:00.000Z");
  date_format_utc_string(-62198755200000.0, buf, sizeof buf);
  CHECK_STR(buf, "Fri, 01 Jan -0001 00:00:00 GMT");
  date_format_locale_date_string(utc, -62198755200000.0, buf, sizeof buf);
  CHECK_STR(buf, "1/1/2");
  CHECK_INT(date_format_iso_string(NAN, buf, sizeof buf), 0);
  date_format_string(utc, NAN, buf, sizeof buf);
  CHECK_STR(buf, "Invalid Date");
  CHECK_INT(date_format_utc_string(t, buf, 10), 0);
}

static bool offset_is_plausible(double offset) { return offset > -DATE_MS_PER_DAY && offset < DATE_MS_PER_DAY; }

static double parse(const char *text) {
  return date_parse(date_zone_utc(), (const uint8_t *)text, strlen(text));
}

static void test_parse(int argc, char **argv) {
  CHECK_NUM(parse("2026-11-24"), 1795478400000.0);
  CHECK_NUM(parse("2026-11-24T10:00"), 1795514400000.0);
  CHECK_NUM(parse("+002026-11-24"), 1795478400000.0);
  CHECK_NUM(parse("2026-11"), 1793491200000.0);
  CHECK_NUM(parse("2026-11-24T24:00"), 1795564800000.0);
  CHECK_NUM(parse("2026-11-24T10:00:00.1234Z"), 1795514400123.0);
  CHECK_NUM(parse("2026-11-24T10:00+01:00"), 1795510800000.0);
  CHECK_NUM(parse("2026-11-24T10:00+0100"), 1795510800000.0);
  CHECK_NUM(parse("-000000-01-01"), 978307200000.0);
  CHECK_NUM(parse("2026-02-30"), 1772409600000.0);
  CHECK(isnan(parse("2026-13-01")));
  CHECK(isnan(parse("2026-11-24T10:00:60")));
  CHECK(isnan(parse("2026-11-24T10")));
  CHECK(isnan(parse("")));
  CHECK(isnan(parse("garbage")));
  CHECK_NUM(parse("Tue Nov 24 2026 09:05:07 GMT-0500 (EST)"), 1795529107000.0);
  CHECK_NUM(parse("Nov 24 2026"), 1795478400000.0);
  CHECK_NUM(parse("24 Nov 2026 10:00 GMT+0100"), 1795510800000.0);
  CHECK_NUM(parse("2026/11/24 10:00"), 1795514400000.0);
  CHECK_NUM(parse("11/24/2026"), 1795478400000.0);
  CHECK_NUM(parse("nov 24 2026 10:00 pm est"), 1795575600000.0);
  CHECK_NUM(parse("1/1/49"), 2493072000000.0);
  CHECK_NUM(parse("1/1/50"), -631152000000.0);
  CHECK_NUM(parse("+275760-09-13T00:00:00Z"), 8.64e15);
  /* Leading zeros do not count toward the 9 significant digits: year 274008031 is NaN. */
  CHECK(isnan(parse("000274008031289")));
  CHECK_NUM(parse("9/13/275760"), 8.64e15);
  CHECK(isnan(parse("1/1/275761")));
  CHECK_NUM(parse("Jan 1 2000 12:00 AM"), 946684800000.0);
  CHECK_NUM(parse("(comment) 2026-11-24"), 1795478400000.0);
  CHECK(isnan(parse("+275760-09-13T00:00:00.001Z")));
}

static double parse16(const char *ascii, uint16_t replace_at, uint16_t unit) {
  uint16_t units[64];
  size_t n = strlen(ascii);
  for (size_t i = 0; i < n; i++) units[i] = (uint8_t)ascii[i];
  if (replace_at < n) units[replace_at] = unit;
  return date_parse_utf16(date_zone_utc(), units, n);
}

static void test_parse_utf16_and_names(int argc, char **argv) {
  /* node: "\u4e00 Nov 24 2026", "Nov\u4e00 24 2026" parse, "Nov 24 2026 \u4e00" does not;
   * U+00A0 and U+3000 are whitespace, U+2028 is a word character (a garbage word). */
  CHECK_NUM(parse16("? Nov 24 2026", 0, 0x4e00), 1795478400000.0);
  CHECK_NUM(parse16("Nov? 24 2026", 3, 0x4e00), 1795478400000.0);
  CHECK(isnan(parse16("Nov 24 2026 ?", 12, 0x4e00)));
  CHECK_NUM(parse16("Nov 24 2026 (?)", 13, 0x4e00), 1795478400000.0);
  CHECK_NUM(parse16("2026-11-24?", 10, 0xa0), 1795478400000.0);
  CHECK_NUM(parse16("2026-11-24?", 10, 0x3000), 1795478400000.0);
  CHECK(isnan(parse16("2026-11-24?", 10, 0x2028)));
  char name[DATE_ZONE_NAME_SIZE];
  CHECK(date_zone_long_name(date_zone_utc(), 0, name, sizeof name) > 0);
  CHECK_STR(name, "Coordinated Universal Time");
  CHECK_INT(date_zone_long_name(date_zone_utc(), 0, name, 4), 0);
  CHECK_INT(date_zone_long_name(date_zone_utc(), NAN, name, sizeof name), 0);
  /* The libc zone always answers (UTC on WASI); its offsets stay within a day. */
  const DateZone *libc = date_zone_libc();
  CHECK(libc != NULL);
  CHECK(offset_is_plausible(date_zone_offset(libc, 1795529107000.0)));
  CHECK(isnan(date_timezone_offset_minutes(libc, NAN)));
  CHECK(isnan(date_utc_from_local(libc, NAN)));
}

/* A TZif v2 file in memory: one transition at 0 from +1h "AAA" to a POSIX rule zone. */
static void test_tzif(int argc, char **argv) {
  uint8_t file[512];
  size_t n = 0;
  memset(file, 0, sizeof file);
  /* Version 1 header with empty counts except typecnt = 1, charcnt = 4. */
  memcpy(file, "TZif2", 5);
  file[20 + 4 * 4 + 3] = 1;
  file[20 + 4 * 5 + 3] = 4;
  n = 44;
  /* v1 block: one type (offset 0, not dst, index 0) and "UTC\0". */
  n += 6;
  memcpy(file + n, "UTC", 4);
  n += 4;
  /* v2 header: timecnt 1, typecnt 1, charcnt 4. */
  size_t header = n;
  memcpy(file + header, "TZif2", 5);
  file[header + 20 + 4 * 3 + 3] = 1;
  file[header + 20 + 4 * 4 + 3] = 1;
  file[header + 20 + 4 * 5 + 3] = 4;
  n += 44;
  n += 8;          /* transition at 0 */
  file[n++] = 0;   /* to type 0 */
  file[n + 2] = 0x0e;
  file[n + 3] = 0x10; /* +3600 */
  n += 6;
  memcpy(file + n, "AAA", 4);
  n += 4;
  const char *footer = "\nEST5EDT,M3.2.0,M11.1.0\n";
  memcpy(file + n, footer, strlen(footer));
  n += strlen(footer);
  DateTzif *tzif = date_tzif_new(file, n, "America/New_York");
  CHECK(tzif != NULL);
  if (tzif == NULL) return;
  const DateZone *zone = date_tzif_zone(tzif);
  CHECK_NUM(date_zone_offset(zone, -1000), 3600000);
  /* 2024-01-15 is EST, 2024-07-01 EDT under the footer rule. */
  CHECK_NUM(date_zone_offset(zone, 1705320000000.0), -5 * 3600000);
  CHECK_NUM(date_zone_offset(zone, 1719835200000.0), -4 * 3600000);
  /* Gap: 2024-03-10 02:30 local is 03:30 EDT (07:30Z); overlap: 2024-11-03 01:30 is EDT. */
  double gap = date_make_date(date_make_day(2024, 2, 10), date_make_time(2, 30, 0, 0));
  CHECK_NUM(date_utc_from_local(zone, gap), 1710055800000.0);
  double overlap = date_make_date(date_make_day(2024, 10, 3), date_make_time(1, 30, 0, 0));
  CHECK_NUM(date_utc_from_local(zone, overlap), 1730611800000.0);
  char buf[DATE_FORMAT_SIZE];
  date_format_string(zone, 1730611800000.0, buf, sizeof buf);
  CHECK_STR(buf, "Sun Nov 03 2024 01:30:00 GMT-0400 (Eastern Daylight Time)");
  date_tzif_free(tzif);
  CHECK(date_tzif_new(file, 30, NULL) == NULL);
}

static const UnitCase cases[] = {
  {"arithmetic at the range edges", test_arithmetic_edges},
  {"MakeDay/MakeTime/TimeClip rules", test_make_rules},
  {"formats in UTC", test_format_utc},
  {"Date.parse", test_parse},
  {"Date.parse over UTF-16, zone names, the libc zone", test_parse_utf16_and_names},
  {"TZif zone and DST transitions", test_tzif},
};

UNIT_MAIN(cases)
