/* Reads date operations from stdin, one per line, and answers each on one line of stdout, so
 * tests/host/date.test.mjs can compare src/date with node (tests/date/node_oracle.mjs answers
 * the same lines). The zone is the host libc's (TZ), or with --tzif=PATH [--id=ID] a zone
 * read from that TZif file. Operations (numbers as JS prints them):
 *   F t                    every getter of new Date(t), UTC then local, and getTimezoneOffset
 *   U y m d h mi s ms      Date.UTC(...)
 *   L y m d h mi s ms      new Date(y, m, d, h, mi, s, ms).getTime()
 *   S t                    the eight to*String results joined by '|'
 *   P hex                  Date.parse of the Latin-1 string given as hex bytes */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date/date.h"

static void print_number(double x) {
  if (isnan(x)) fputs("NaN", stdout);
  else if (x == 0) fputs("0", stdout);
  else if (x > -1e18 && x < 1e18 && x == (double)(long long)x) printf("%.0f", x);
  else printf("%.17g", x);
}

/* The getters of 21.4.4 on time value t (already a time value: NaN or integral). */
static void print_fields(const DateZone *zone, double t) {
  for (int pass = 0; pass < 2; pass++) {
    double v = pass == 0 ? t : date_local_time(zone, t);
    double values[8] = {date_year_from_time(v), date_month_from_time(v), date_date_from_time(v),
                        date_week_day(v),       date_hour_from_time(v),  date_min_from_time(v),
                        date_sec_from_time(v),  date_ms_from_time(v)};
    for (int i = 0; i < 8; i++) {
      print_number(values[i]);
      putchar(' ');
    }
  }
  print_number(date_timezone_offset_minutes(zone, t));
  putchar('\n');
}

/* Date.UTC and the Date constructor's year rule: 0..99 mean 1900..1999 (21.4.3.4 step 8). */
static double make_full(double args[7]) {
  double y = args[0];
  if (!isnan(y)) {
    /* ToIntegerOrInfinity(y) in 0..99 exactly when -1 < y < 100 (no libm in the build). */
    if (y > -1 && y < 100) y = 1900 + (double)(long long)y;
  }
  return date_make_date(date_make_day(y, args[1], args[2]), date_make_time(args[3], args[4], args[5], args[6]));
}

static int hex_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

int main(int argc, char **argv) {
  const DateZone *zone = date_zone_libc();
  DateTzif *tzif = NULL;
  const char *id = NULL, *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (strncmp(argv[i], "--tzif=", 7) == 0) path = argv[i] + 7;
    else if (strncmp(argv[i], "--id=", 5) == 0) id = argv[i] + 5;
    else if (strcmp(argv[i], "--utc") == 0) zone = date_zone_utc();
  }
  if (path != NULL) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) return 2;
    static uint8_t bytes[1 << 20];
    size_t length = fread(bytes, 1, sizeof bytes, file);
    fclose(file);
    tzif = date_tzif_new(bytes, length, id);
    if (tzif == NULL) return 3;
    zone = date_tzif_zone(tzif);
  }
  static char line[1 << 16];
  static uint8_t text[1 << 15];
  char out[DATE_FORMAT_SIZE];
  while (fgets(line, sizeof line, stdin) != NULL) {
    char op = line[0];
    char *p = line + 1;
    if (op == 'F') {
      print_fields(zone, date_time_clip(strtod(p, NULL)));
    } else if (op == 'U' || op == 'L') {
      double args[7];
      for (int i = 0; i < 7; i++) args[i] = strtod(p, &p);
      double t = make_full(args);
      print_number(date_time_clip(op == 'U' ? t : date_utc_from_local(zone, t)));
      putchar('\n');
    } else if (op == 'S') {
      double t = date_time_clip(strtod(p, NULL)); /* new Date(t) */
      size_t (*local_formats[])(const DateZone *, double, char *, size_t) = {
        date_format_string, date_format_date_string, date_format_time_string};
      for (int i = 0; i < 3; i++) {
        local_formats[i](zone, t, out, sizeof out);
        printf("%s|", out);
      }
      date_format_utc_string(t, out, sizeof out);
      printf("%s|", out);
      printf("%s|", date_format_iso_string(t, out, sizeof out) == 0 ? "RangeError" : out);
      size_t (*locale_formats[])(const DateZone *, double, char *, size_t) = {
        date_format_locale_string, date_format_locale_date_string, date_format_locale_time_string};
      for (int i = 0; i < 3; i++) {
        locale_formats[i](zone, t, out, sizeof out);
        printf(i == 2 ? "%s\n" : "%s|", out);
      }
    } else if (op == 'P') {
      size_t n = 0;
      while (*p == ' ') p++;
      while (hex_value(p[0]) >= 0 && hex_value(p[1]) >= 0 && n < sizeof text) {
        text[n++] = (uint8_t)(hex_value(p[0]) * 16 + hex_value(p[1]));
        p += 2;
      }
      print_number(date_parse(zone, text, n));
      putchar('\n');
    } else {
      puts("?");
    }
  }
  date_tzif_free(tzif);
  return 0;
}
