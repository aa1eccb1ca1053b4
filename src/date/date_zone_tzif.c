/* A DateZone read from a TZif file (RFC 8536), so a wasm host can hand the engine the bytes
 * of its zone (/usr/share/zoneinfo/<id>) instead of a libc with zone data. The version 2+
 * 64-bit block is used when present (else version 1's 32-bit one); instants before the first
 * transition use time type 0 (RFC 8536 3.2), instants after the last one the footer's POSIX
 * TZ rule (RFC 8536 3.3, POSIX.1 8.3 "TZ", with version 3's hour range -167..167), else the
 * last type. Transitions are searched by bisection. */
#include "date/date.h"
#include "date/date_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct ZoneType {
  int32_t offset_seconds;
  bool is_dst;
  char abbreviation[DATE_ABBREVIATION_SIZE];
} ZoneType;

/* A POSIX "Mm.w.d/time", "Jn/time" or "n/time" rule date. */
typedef struct RuleDate {
  char kind; /* 'M', 'J' or 'n' */
  int month, week, weekday, day;
  int32_t time_seconds; /* local wall time of the change, default 02:00 */
} RuleDate;

typedef struct PosixRule {
  bool valid, has_dst;
  ZoneType standard, daylight;
  RuleDate start, end;
} PosixRule;

struct DateTzif {
  DateZone zone;
  size_t transition_count, type_count;
  int64_t *transitions; /* UTC seconds, ascending */
  uint8_t *transition_types;
  ZoneType *types;
  PosixRule rule;
  char id[128];
};

static uint32_t read_u32(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t read_i64(const uint8_t *p) {
  return (int64_t)((uint64_t)read_u32(p) << 32 | read_u32(p + 4));
}

/* ---- POSIX TZ strings (the footer) -------------------------------------------------------- */

typedef struct Cursor {
  const char *p, *end;
} Cursor;

static bool parse_number(Cursor *c, int *value, int max_digits) {
  int n = 0, digits = 0;
  while (c->p < c->end && *c->p >= '0' && *c->p <= '9' && digits < max_digits) {
    n = n * 10 + (*c->p++ - '0');
    digits++;
  }
  *value = n;
  return digits > 0;
}

/* [+-]hh[:mm[:ss]] in seconds. */
static bool parse_hms(Cursor *c, int32_t *seconds) {
  int sign = 1, h, m = 0, s = 0;
  if (c->p < c->end && (*c->p == '+' || *c->p == '-')) sign = *c->p++ == '-' ? -1 : 1;
  if (!parse_number(c, &h, 3) || h > 167) return false;
  if (c->p < c->end && *c->p == ':') {
    c->p++;
    if (!parse_number(c, &m, 2)) return false;
    if (c->p < c->end && *c->p == ':') {
      c->p++;
      if (!parse_number(c, &s, 2)) return false;
    }
  }
  *seconds = sign * (h * 3600 + m * 60 + s);
  return true;
}

/* An abbreviation: letters, or <...> quoted with digits and signs. */
static bool parse_abbreviation(Cursor *c, char *out) {
  size_t n = 0;
  if (c->p < c->end && *c->p == '<') {
    c->p++;
    while (c->p < c->end && *c->p != '>') {
      if (n + 1 >= DATE_ABBREVIATION_SIZE) return false;
      out[n++] = *c->p++;
    }
    if (c->p >= c->end) return false;
    c->p++;
  } else {
    while (c->p < c->end && ((*c->p >= 'A' && *c->p <= 'Z') || (*c->p >= 'a' && *c->p <= 'z'))) {
      if (n + 1 >= DATE_ABBREVIATION_SIZE) return false;
      out[n++] = *c->p++;
    }
  }
  out[n] = '\0';
  return n >= 3;
}

static bool parse_rule_date(Cursor *c, RuleDate *date) {
  if (c->p >= c->end) return false;
  date->time_seconds = 7200;
  if (*c->p == 'M') {
    c->p++;
    date->kind = 'M';
    if (!parse_number(c, &date->month, 2) || c->p >= c->end || *c->p++ != '.') return false;
    if (!parse_number(c, &date->week, 1) || c->p >= c->end || *c->p++ != '.') return false;
    if (!parse_number(c, &date->weekday, 1)) return false;
    if (date->month < 1 || date->month > 12 || date->week < 1 || date->week > 5 || date->weekday > 6) return false;
  } else if (*c->p == 'J') {
    c->p++;
    date->kind = 'J';
    if (!parse_number(c, &date->day, 3) || date->day < 1 || date->day > 365) return false;
  } else {
    date->kind = 'n';
    if (!parse_number(c, &date->day, 3) || date->day > 365) return false;
  }
  if (c->p < c->end && *c->p == '/') {
    c->p++;
    if (!parse_hms(c, &date->time_seconds)) return false;
  }
  return true;
}

/* "EST5EDT,M3.2.0,M11.1.0": POSIX offsets are west-positive; ours east-positive. */
static bool parse_posix_rule(const char *text, size_t length, PosixRule *rule) {
  Cursor c = {text, text + length};
  int32_t seconds;
  memset(rule, 0, sizeof *rule);
  if (!parse_abbreviation(&c, rule->standard.abbreviation) || !parse_hms(&c, &seconds)) return false;
  rule->standard.offset_seconds = -seconds;
  if (c.p == c.end) {
    rule->valid = true;
    return true;
  }
  if (!parse_abbreviation(&c, rule->daylight.abbreviation)) return false;
  rule->daylight.is_dst = true;
  rule->daylight.offset_seconds = rule->standard.offset_seconds + 3600;
  if (c.p < c.end && *c.p != ',') {
    if (!parse_hms(&c, &seconds)) return false;
    rule->daylight.offset_seconds = -seconds;
  }
  if (c.p >= c.end || *c.p++ != ',' || !parse_rule_date(&c, &rule->start)) return false;
  if (c.p >= c.end || *c.p++ != ',' || !parse_rule_date(&c, &rule->end)) return false;
  if (c.p != c.end) return false;
  rule->has_dst = true;
  rule->valid = true;
  return true;
}

/* The local-seconds instant (wall time of the rule's own offset still unapplied) at which a
 * rule date falls in `year`. */
static int64_t rule_local_seconds(const RuleDate *date, int64_t year) {
  int64_t day;
  if (date->kind == 'J') {
    /* Julian day 1..365, February 29 never counted. */
    day = date_days_from_civil(year, 1, 1) + date->day - 1 + (date_is_leap_year(year) && date->day >= 60 ? 1 : 0);
  } else if (date->kind == 'n') {
    day = date_days_from_civil(year, 1, 1) + date->day;
  } else {
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int64_t first = date_days_from_civil(year, date->month, 1);
    int64_t first_weekday = ((first + 4) % 7 + 7) % 7;
    int64_t mday = 1 + ((date->weekday - first_weekday) % 7 + 7) % 7 + (date->week - 1) * 7;
    int length = month_days[date->month - 1] + (date->month == 2 && date_is_leap_year(year) ? 1 : 0);
    if (date->week == 5) {
      while (mday > length) mday -= 7;
    }
    day = first + mday - 1;
  }
  return day * 86400 + date->time_seconds;
}

static const ZoneType *rule_type_at(const PosixRule *rule, int64_t seconds) {
  if (!rule->has_dst) return &rule->standard;
  /* The year of the instant in standard time; transitions happen once a year each. */
  int64_t local = seconds + rule->standard.offset_seconds;
  int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  /* Rough year from days, then corrected. */
  int64_t year = 1970 + (int64_t)date_floor((double)days / 365.2425);
  while (date_days_from_civil(year, 1, 1) > days) year--;
  while (date_days_from_civil(year + 1, 1, 1) <= days) year++;
  /* DST starts at the start rule's wall time in standard time and ends at the end rule's
   * wall time in daylight time (POSIX). */
  int64_t start = rule_local_seconds(&rule->start, year) - rule->standard.offset_seconds;
  int64_t end = rule_local_seconds(&rule->end, year) - rule->daylight.offset_seconds;
  bool in_dst = start < end ? (seconds >= start && seconds < end) : !(seconds >= end && seconds < start);
  return in_dst ? &rule->daylight : &rule->standard;
}

/* ---- the zone ------------------------------------------------------------------------------ */

static bool tzif_info(const DateZone *zone, double t, DateZoneInfo *info) {
  const DateTzif *tzif = zone->data;
  if (!isfinite(t)) return false;
  int64_t seconds = (int64_t)date_floor(t / 1000);
  const ZoneType *type;
  if (tzif->transition_count == 0 || seconds < tzif->transitions[0]) {
    type = tzif->type_count > 0 ? &tzif->types[0] : &tzif->rule.standard;
    if (tzif->transition_count == 0 && tzif->rule.valid) type = rule_type_at(&tzif->rule, seconds);
  } else if (seconds >= tzif->transitions[tzif->transition_count - 1] && tzif->rule.valid) {
    type = rule_type_at(&tzif->rule, seconds);
  } else {
    size_t lo = 0, hi = tzif->transition_count; /* transitions[lo] <= seconds < transitions[hi] */
    while (hi - lo > 1) {
      size_t mid = lo + (hi - lo) / 2;
      if (tzif->transitions[mid] <= seconds) lo = mid;
      else hi = mid;
    }
    type = &tzif->types[tzif->transition_types[lo]];
  }
  info->offset_ms = type->offset_seconds * 1000.0;
  info->is_dst = type->is_dst;
  memcpy(info->abbreviation, type->abbreviation, DATE_ABBREVIATION_SIZE);
  return true;
}

void date_tzif_free(DateTzif *tzif) {
  if (tzif == NULL) return;
  free(tzif->transitions);
  free(tzif->transition_types);
  free(tzif->types);
  free(tzif);
}

DateTzif *date_tzif_new(const uint8_t *bytes, size_t length, const char *id) {
  if (length < 44 || memcmp(bytes, "TZif", 4) != 0) return NULL;
  const uint8_t *header = bytes;
  size_t time_size = 4;
  /* RFC 8536 3.1: counts isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt. */
  uint32_t counts[6];
  for (int i = 0; i < 6; i++) counts[i] = read_u32(header + 20 + 4 * i);
  size_t block = counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[0] + counts[1];
  if (header[4] >= '2') {
    /* Skip the version 1 block to the 64-bit header. */
    if (44 + block + 44 > length) return NULL;
    header = bytes + 44 + block;
    if (memcmp(header, "TZif", 4) != 0) return NULL;
    for (int i = 0; i < 6; i++) counts[i] = read_u32(header + 20 + 4 * i);
    time_size = 8;
    block = counts[3] * 9 + counts[4] * 6 + counts[5] + counts[2] * 12 + counts[0] + counts[1];
  }
  const uint8_t *data = header + 44;
  const uint8_t *end = bytes + length;
  if (counts[4] == 0 || counts[4] > 256 || counts[3] > 100000 || counts[5] > 100000) return NULL;
  if ((size_t)(end - data) < block) return NULL;

  DateTzif *tzif = calloc(1, sizeof *tzif);
  if (tzif == NULL) return NULL;
  tzif->transition_count = counts[3];
  tzif->type_count = counts[4];
  tzif->transitions = malloc(sizeof(int64_t) * (counts[3] + 1));
  tzif->transition_types = malloc(counts[3] + 1);
  tzif->types = calloc(counts[4], sizeof(ZoneType));
  if (tzif->transitions == NULL || tzif->transition_types == NULL || tzif->types == NULL) {
    date_tzif_free(tzif);
    return NULL;
  }
  const uint8_t *p = data;
  for (size_t i = 0; i < counts[3]; i++, p += time_size)
    tzif->transitions[i] = time_size == 8 ? read_i64(p) : (int64_t)(int32_t)read_u32(p);
  for (size_t i = 0; i < counts[3]; i++, p++) {
    if (*p >= counts[4]) {
      date_tzif_free(tzif);
      return NULL;
    }
    tzif->transition_types[i] = *p;
  }
  const uint8_t *types = p, *chars = p + counts[4] * 6;
  for (size_t i = 0; i < counts[4]; i++) {
    const uint8_t *entry = types + 6 * i;
    tzif->types[i].offset_seconds = (int32_t)read_u32(entry);
    tzif->types[i].is_dst = entry[4] != 0;
    size_t index = entry[5], n = 0;
    while (index + n < counts[5] && chars[index + n] != 0 && n + 1 < DATE_ABBREVIATION_SIZE) n++;
    memcpy(tzif->types[i].abbreviation, chars + index, n);
    tzif->types[i].abbreviation[n] = '\0';
  }
  /* The footer: "\n" TZ-string "\n" (version 2+). */
  const uint8_t *footer = data + block;
  if (time_size == 8 && footer < end && *footer == '\n') {
    const uint8_t *close = memchr(footer + 1, '\n', (size_t)(end - footer - 1));
    if (close != NULL && close > footer + 1)
      parse_posix_rule((const char *)footer + 1, (size_t)(close - footer - 1), &tzif->rule);
  }
  if (id != NULL && strlen(id) < sizeof tzif->id) strcpy(tzif->id, id);
  tzif->zone.info_at_utc = tzif_info;
  tzif->zone.id = tzif->id[0] != '\0' ? tzif->id : NULL;
  tzif->zone.data = tzif;
  return tzif;
}

const DateZone *date_tzif_zone(const DateTzif *tzif) { return &tzif->zone; }
