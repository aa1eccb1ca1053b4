/* Date.parse (ECMAScript 21.4.3.2): the Date Time String Format of 21.4.1.32 first, then the
 * "legacy" formats V8 accepts, step for step as V8's DateParser (src/date/dateparser*.{h,cc}) does
 * it, because the spec leaves non-ISO strings to the implementation and node's answers are
 * what users expect. One tokenizer (numbers, symbols, words, whitespace, parenthesized
 * comments) feeds an ISO pass; whatever the ISO pass does not consume continues in the legacy
 * loop, which fills three composers (day, time, zone). The composed fields then go through
 * MakeDay/MakeTime/MakeDate, and local forms through the zone's UTC(t) with V8's gap rule. */
#include "date/date.h"

#include <limits.h>
#include <math.h>

#define NONE INT_MAX
/* Digits past the ninth are read but ignored (V8's kMaxSignificantDigits). */
#define MAX_SIGNIFICANT_DIGITS 9

static bool between(int x, int lo, int hi) { return (unsigned)(x - lo) <= (unsigned)(hi - lo); }
static bool is_minute(int x) { return between(x, 0, 59); }
static bool is_hour(int x) { return between(x, 0, 23); }
static bool is_second(int x) { return between(x, 0, 59); }
static bool is_hour12(int x) { return between(x, 0, 12); }
static bool is_millisecond(int x) { return between(x, 0, 999); }
static bool is_month(int x) { return between(x, 1, 12); }
static bool is_day(int x) { return between(x, 1, 31); }

/* ---- input: Latin-1 bytes or UTF-16 units, NUL or the end stops it ---------------------- */

typedef struct Reader {
  const uint8_t *bytes;
  const uint16_t *units;
  size_t length, index;
  uint32_t ch;
} Reader;

static void reader_next(Reader *in) {
  if (in->index < in->length) in->ch = in->bytes != NULL ? in->bytes[in->index] : in->units[in->index];
  else in->ch = 0;
  in->index++;
}

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

static bool reader_skip(Reader *in, uint32_t c) {
  if (in->ch != c) return false;
  reader_next(in);
  return true;
}

/* ---- tokens ------------------------------------------------------------------------------ */

typedef enum { KEYWORD_INVALID, MONTH_NAME, TIME_ZONE_NAME, TIME_SEPARATOR, AM_PM } KeywordType;

typedef enum {
  TOKEN_INVALID = -6,
  TOKEN_UNKNOWN = -5,
  TOKEN_WHITESPACE = -4,
  TOKEN_NUMBER = -3,
  TOKEN_SYMBOL = -2,
  TOKEN_END = -1,
  /* 0 and up: a word, tagged with its KeywordType */
} TokenTag;

typedef struct Token {
  int tag, length, value;
} Token;

static Token make_token(int tag, int length, int value) {
  Token token = {tag, length, value};
  return token;
}

static bool is_number(Token t) { return t.tag == TOKEN_NUMBER; }
static bool is_keyword(Token t) { return t.tag >= 0; }
static bool is_symbol(Token t, char c) { return t.tag == TOKEN_SYMBOL && t.value == c; }
static bool is_fixed_number(Token t, int length) { return t.tag == TOKEN_NUMBER && t.length == length; }
static bool is_sign(Token t) { return t.tag == TOKEN_SYMBOL && (t.value == '-' || t.value == '+'); }
static int sign_of(Token t) { return 44 - t.value; }
static bool is_keyword_z(Token t) { return t.tag == TIME_ZONE_NAME && t.length == 1 && t.value == 0; }

/* Words: a three-letter lower-case prefix, its type and value. Longer words match only
 * month names ("November", "Novxyz"). */
static const struct {
  char prefix[3];
  KeywordType type;
  int value;
} keywords[] = {
  {{'j', 'a', 'n'}, MONTH_NAME, 1},  {{'f', 'e', 'b'}, MONTH_NAME, 2},  {{'m', 'a', 'r'}, MONTH_NAME, 3},
  {{'a', 'p', 'r'}, MONTH_NAME, 4},  {{'m', 'a', 'y'}, MONTH_NAME, 5},  {{'j', 'u', 'n'}, MONTH_NAME, 6},
  {{'j', 'u', 'l'}, MONTH_NAME, 7},  {{'a', 'u', 'g'}, MONTH_NAME, 8},  {{'s', 'e', 'p'}, MONTH_NAME, 9},
  {{'o', 'c', 't'}, MONTH_NAME, 10}, {{'n', 'o', 'v'}, MONTH_NAME, 11}, {{'d', 'e', 'c'}, MONTH_NAME, 12},
  {{'a', 'm', 0}, AM_PM, 0},         {{'p', 'm', 0}, AM_PM, 12},        {{'u', 't', 0}, TIME_ZONE_NAME, 0},
  {{'u', 't', 'c'}, TIME_ZONE_NAME, 0}, {{'z', 0, 0}, TIME_ZONE_NAME, 0}, {{'g', 'm', 't'}, TIME_ZONE_NAME, 0},
  {{'c', 'd', 't'}, TIME_ZONE_NAME, -5}, {{'c', 's', 't'}, TIME_ZONE_NAME, -6},
  {{'e', 'd', 't'}, TIME_ZONE_NAME, -4}, {{'e', 's', 't'}, TIME_ZONE_NAME, -5},
  {{'m', 'd', 't'}, TIME_ZONE_NAME, -6}, {{'m', 's', 't'}, TIME_ZONE_NAME, -7},
  {{'p', 'd', 't'}, TIME_ZONE_NAME, -7}, {{'p', 's', 't'}, TIME_ZONE_NAME, -8},
  {{'t', 0, 0}, TIME_SEPARATOR, 0},
};

static Token keyword_token(const uint32_t prefix[3], int length) {
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
    if (prefix[0] == (uint32_t)(uint8_t)keywords[i].prefix[0] && prefix[1] == (uint32_t)(uint8_t)keywords[i].prefix[1] &&
        prefix[2] == (uint32_t)(uint8_t)keywords[i].prefix[2] && (length <= 3 || keywords[i].type == MONTH_NAME))
      return make_token(keywords[i].type, length, keywords[i].value);
  }
  return make_token(KEYWORD_INVALID, length, 0);
}

/* ECMAScript WhiteSpace (12.2) and LineTerminator (12.3). From 'A' up only WhiteSpace ends a
 * word (V8: IsAsciiAlphaOrAbove && !IsWhiteSpaceChar), so U+2028/U+2029 are word units. */
static bool is_space_above_a(uint32_t c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF;
}
static bool is_whitespace_or_terminator(uint32_t c) {
  return c == ' ' || (c >= 9 && c <= 13) || c == 0x2028 || c == 0x2029 || is_space_above_a(c);
}

static Token scan(Reader *in) {
  size_t start = in->index;
  if (in->ch == 0) return make_token(TOKEN_END, 0, -1);
  if (is_digit(in->ch)) {
    /* Leading zeros do not count toward the nine significant digits (but do toward the
     * length that tells "2026" from "02026"). */
    int n = 0, digits = 0;
    while (in->ch == '0') reader_next(in);
    while (is_digit(in->ch)) {
      if (digits < MAX_SIGNIFICANT_DIGITS) n = n * 10 + (int)(in->ch - '0');
      digits++;
      reader_next(in);
    }
    return make_token(TOKEN_NUMBER, (int)(in->index - start), n);
  }
  static const char symbols[] = {':', '-', '+', '.', ')'};
  for (size_t i = 0; i < sizeof symbols; i++) {
    if (reader_skip(in, (uint32_t)symbols[i])) return make_token(TOKEN_SYMBOL, 1, symbols[i]);
  }
  if (in->ch >= 'A' && !is_space_above_a(in->ch)) {
    uint32_t prefix[3] = {0, 0, 0};
    int length = 0;
    for (; in->ch >= 'A' && !is_space_above_a(in->ch); reader_next(in), length++) {
      if (length < 3) prefix[length] = in->ch | 0x20;
    }
    return keyword_token(prefix, length);
  }
  if (is_whitespace_or_terminator(in->ch)) {
    reader_next(in);
    return make_token(TOKEN_WHITESPACE, 1, -1);
  }
  if (in->ch == '(') {
    int balance = 0;
    do {
      if (in->ch == ')') balance--;
      else if (in->ch == '(') balance++;
      reader_next(in);
    } while (balance > 0 && in->ch != 0);
    return make_token(TOKEN_UNKNOWN, 1, -1);
  }
  reader_next(in);
  return make_token(TOKEN_UNKNOWN, 1, -1);
}

typedef struct Scanner {
  Reader *in;
  Token next;
} Scanner;

static Token scanner_next(Scanner *s) {
  Token result = s->next;
  s->next = scan(s->in);
  return result;
}

static bool scanner_skip_symbol(Scanner *s, char c) {
  if (!is_symbol(s->next, c)) return false;
  s->next = scan(s->in);
  return true;
}

/* ---- composers --------------------------------------------------------------------------- */

typedef struct TimeZoneComposer {
  int sign, hour, minute;
} TimeZoneComposer;

static void tz_set(TimeZoneComposer *tz, int offset_hours) {
  tz->sign = offset_hours < 0 ? -1 : 1;
  tz->hour = offset_hours * tz->sign;
  tz->minute = 0;
}
static bool tz_is_expecting(const TimeZoneComposer *tz, int n) {
  return tz->hour != NONE && tz->minute == NONE && is_minute(n);
}
static bool tz_is_utc(const TimeZoneComposer *tz) { return tz->hour == 0 && tz->minute == 0; }

typedef struct TimeComposer {
  int comp[4];
  int index, hour_offset;
} TimeComposer;

static bool time_is_expecting(const TimeComposer *time, int n) {
  return (time->index == 1 && is_minute(n)) || (time->index == 2 && is_second(n)) ||
         (time->index == 3 && is_millisecond(n));
}
static bool time_add(TimeComposer *time, int n) {
  if (time->index >= 4) return false;
  time->comp[time->index++] = n;
  return true;
}
static bool time_add_final(TimeComposer *time, int n) {
  if (!time_add(time, n)) return false;
  while (time->index < 4) time->comp[time->index++] = 0;
  return true;
}

typedef struct DayComposer {
  int comp[3];
  int index, named_month;
  bool is_iso_date;
} DayComposer;

static bool day_add(DayComposer *day, int n) {
  if (day->index >= 3) return false;
  day->comp[day->index++] = n;
  return true;
}

/* The parsed fields; utc_offset_seconds is NONE when the string named no zone. */
typedef struct ParsedDate {
  int year, month, day, hour, minute, second, ms;
  int utc_offset_seconds;
} ParsedDate;

static bool day_write(DayComposer *d, ParsedDate *out) {
  if (d->index < 1) return false;
  while (d->index < 3) d->comp[d->index++] = 1; /* day and month default to 1 */
  int year = 0, month = NONE, day = NONE;    /* year 0 (=> 2000) for KJS compatibility */
  if (d->named_month == NONE) {
    if (d->is_iso_date || (d->index == 3 && !is_day(d->comp[0]))) {
      year = d->comp[0];
      month = d->comp[1];
      day = d->comp[2];
    } else {
      month = d->comp[0];
      day = d->comp[1];
      if (d->index == 3) year = d->comp[2];
    }
  } else {
    month = d->named_month;
    if (d->index == 1) {
      day = d->comp[0];
    } else if (!is_day(d->comp[0])) {
      year = d->comp[0];
      day = d->comp[1];
    } else {
      day = d->comp[0];
      year = d->comp[1];
    }
  }
  if (!d->is_iso_date) {
    if (between(year, 0, 49)) year += 2000;
    else if (between(year, 50, 99)) year += 1900;
  }
  /* V8 also requires a Smi year; a 9-digit numeral always is one. */
  if (!is_month(month) || !is_day(day)) return false;
  out->year = year;
  out->month = month - 1;
  out->day = day;
  return true;
}

static bool time_write(TimeComposer *t, ParsedDate *out) {
  while (t->index < 4) t->comp[t->index++] = 0;
  int hour = t->comp[0], minute = t->comp[1], second = t->comp[2], ms = t->comp[3];
  if (t->hour_offset != NONE) {
    if (!is_hour12(hour)) return false;
    hour %= 12;
    hour += t->hour_offset;
  }
  if (!is_hour(hour) || !is_minute(minute) || !is_second(second) || !is_millisecond(ms)) {
    /* 24:00:00.000 is allowed. */
    if (hour != 24 || minute != 0 || second != 0 || ms != 0) return false;
  }
  out->hour = hour;
  out->minute = minute;
  out->second = second;
  out->ms = ms;
  return true;
}

static bool tz_write(TimeZoneComposer *tz, ParsedDate *out) {
  if (tz->sign == NONE) {
    out->utc_offset_seconds = NONE;
    return true;
  }
  if (tz->hour == NONE) tz->hour = 0;
  if (tz->minute == NONE) tz->minute = 0;
  unsigned total = (unsigned)tz->hour * 3600U + (unsigned)tz->minute * 60U;
  if (total > 0x3FFFFFFFU) return false; /* V8: beyond a 31-bit Smi */
  out->utc_offset_seconds = tz->sign < 0 ? -(int)total : (int)total;
  return true;
}

/* First three significant digits of a fraction numeral, from its value and length. */
static int read_milliseconds(Token token) {
  int number = token.value, length = token.length;
  if (length == 1) return number * 100;
  if (length == 2) return number * 10;
  if (length > 3) {
    if (length > MAX_SIGNIFICANT_DIGITS) length = MAX_SIGNIFICANT_DIGITS;
    int factor = 1;
    do {
      factor *= 10;
      length--;
    } while (length > 3);
    number /= factor;
  }
  return number;
}

/* ---- 21.4.1.32 Date Time String Format ------------------------------------------------- */

/* Reads as much of [+-YY]YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|+-hh:mm|+-hhmm]] as is there.
 * Returns TOKEN_END when the whole string was ISO, TOKEN_INVALID when it cannot be a date
 * any more (a "T" was read), else the first token the legacy loop must handle. */
static Token parse_iso(Scanner *s, DayComposer *day, TimeComposer *time, TimeZoneComposer *tz) {
  if (is_sign(s->next)) {
    Token sign_token = scanner_next(s);
    if (!is_fixed_number(s->next, 6)) return sign_token;
    int sign = sign_of(sign_token);
    int year = scanner_next(s).value;
    if (sign < 0 && year == 0) return sign_token; /* -000000 is not a year */
    day_add(day, sign * year);
  } else if (is_fixed_number(s->next, 4)) {
    day_add(day, scanner_next(s).value);
  } else {
    return scanner_next(s);
  }
  if (scanner_skip_symbol(s, '-')) {
    if (!is_fixed_number(s->next, 2) || !is_month(s->next.value)) return scanner_next(s);
    day_add(day, scanner_next(s).value);
    if (scanner_skip_symbol(s, '-')) {
      if (!is_fixed_number(s->next, 2) || !is_day(s->next.value)) return scanner_next(s);
      day_add(day, scanner_next(s).value);
    }
  }
  if (s->next.tag != TIME_SEPARATOR) {
    if (s->next.tag != TOKEN_END) return scanner_next(s);
  } else {
    scanner_next(s);
    if (!is_fixed_number(s->next, 2) || !between(s->next.value, 0, 24)) return make_token(TOKEN_INVALID, 0, -1);
    bool hour_is_24 = s->next.value == 24;
    time_add(time, scanner_next(s).value);
    if (!scanner_skip_symbol(s, ':')) return make_token(TOKEN_INVALID, 0, -1);
    if (!is_fixed_number(s->next, 2) || !is_minute(s->next.value) || (hour_is_24 && s->next.value > 0))
      return make_token(TOKEN_INVALID, 0, -1);
    time_add(time, scanner_next(s).value);
    if (scanner_skip_symbol(s, ':')) {
      if (!is_fixed_number(s->next, 2) || !is_second(s->next.value) || (hour_is_24 && s->next.value > 0))
        return make_token(TOKEN_INVALID, 0, -1);
      time_add(time, scanner_next(s).value);
      if (scanner_skip_symbol(s, '.')) {
        if (!is_number(s->next) || (hour_is_24 && s->next.value > 0)) return make_token(TOKEN_INVALID, 0, -1);
        time_add(time, read_milliseconds(scanner_next(s)));
      }
    }
    if (is_keyword_z(s->next)) {
      scanner_next(s);
      tz_set(tz, 0);
    } else if (is_sign(s->next)) {
      tz->sign = scanner_next(s).value == '+' ? 1 : -1;
      if (is_fixed_number(s->next, 4)) {
        int hour_minute = scanner_next(s).value;
        if (!is_hour(hour_minute / 100) || !is_minute(hour_minute % 100)) return make_token(TOKEN_INVALID, 0, -1);
        tz->hour = hour_minute / 100;
        tz->minute = hour_minute % 100;
      } else {
        if (!is_fixed_number(s->next, 2) || !is_hour(s->next.value)) return make_token(TOKEN_INVALID, 0, -1);
        tz->hour = scanner_next(s).value;
        if (!scanner_skip_symbol(s, ':')) return make_token(TOKEN_INVALID, 0, -1);
        if (!is_fixed_number(s->next, 2) || !is_minute(s->next.value)) return make_token(TOKEN_INVALID, 0, -1);
        tz->minute = scanner_next(s).value;
      }
    }
    if (s->next.tag != TOKEN_END) return make_token(TOKEN_INVALID, 0, -1);
  }
  /* 21.4.1.32: date-only forms without an offset are UTC, date-time forms local. */
  if (tz->hour == NONE && time->index == 0) tz_set(tz, 0);
  day->is_iso_date = true;
  return make_token(TOKEN_END, 0, -1);
}

/* ---- the legacy loop --------------------------------------------------------------------- */

static bool parse_fields(Reader *in, ParsedDate *out) {
  Scanner scanner = {in, {0, 0, 0}};
  Scanner *s = &scanner;
  s->next = scan(in);
  TimeZoneComposer tz = {NONE, NONE, NONE};
  TimeComposer time = {{0, 0, 0, 0}, 0, NONE};
  DayComposer day = {{0, 0, 0}, 0, NONE, false};

  Token token = parse_iso(s, &day, &time, &tz);
  if (token.tag == TOKEN_INVALID) return false;
  bool has_read_number = day.index != 0;
  for (; token.tag != TOKEN_END; token = scanner_next(s)) {
    if (is_number(token)) {
      has_read_number = true;
      int n = token.value;
      if (scanner_skip_symbol(s, ':')) {
        if (scanner_skip_symbol(s, ':')) {
          /* n followed by "::" */
          if (time.index != 0) return false;
          time_add(&time, n);
          time_add(&time, 0);
        } else {
          if (!time_add(&time, n)) return false;
          if (is_symbol(s->next, '.')) scanner_next(s);
        }
      } else if (scanner_skip_symbol(s, '.') && time_is_expecting(&time, n)) {
        time_add(&time, n);
        if (!is_number(s->next)) return false;
        int ms = read_milliseconds(scanner_next(s));
        if (ms < 0) return false;
        time_add_final(&time, ms);
      } else if (tz_is_expecting(&tz, n)) {
        tz.minute = n;
      } else if (time_is_expecting(&time, n)) {
        time_add_final(&time, n);
        /* A finished time must be followed by the end, whitespace, "Z" or a sign. */
        Token peek = s->next;
        if (peek.tag != TOKEN_END && peek.tag != TOKEN_WHITESPACE && !is_keyword_z(peek) && !is_sign(peek))
          return false;
      } else {
        if (!day_add(&day, n)) return false;
        scanner_skip_symbol(s, '-');
      }
    } else if (is_keyword(token)) {
      KeywordType type = (KeywordType)token.tag;
      if (type == AM_PM && time.index != 0) {
        time.hour_offset = token.value;
      } else if (type == MONTH_NAME) {
        day.named_month = token.value;
        scanner_skip_symbol(s, '-');
      } else if (type == TIME_ZONE_NAME && has_read_number) {
        tz_set(&tz, token.value);
      } else {
        /* Unknown words are allowed only before the first number, and not glued to it. */
        if (has_read_number) return false;
        if (is_number(s->next)) return false;
      }
    } else if (is_sign(token) && (tz_is_utc(&tz) || time.index != 0)) {
      /* A UTC offset after "UTC"/"GMT" or a time: +hh, +hhmm, +hh:mm. */
      tz.sign = sign_of(token) < 0 ? -1 : 1;
      int n = 0, length = 0;
      if (is_number(s->next)) {
        Token number = scanner_next(s);
        length = number.length;
        n = number.value;
      }
      has_read_number = true;
      if (is_symbol(s->next, ':')) {
        tz.hour = n;
        tz.minute = NONE;
      } else if (length == 2 || length == 1) {
        tz.hour = n;
        tz.minute = 0;
      } else if (length == 4 || length == 3) {
        tz.hour = n / 100;
        tz.minute = n % 100;
      } else {
        return false;
      }
    } else if ((is_sign(token) || is_symbol(token, ')')) && has_read_number) {
      return false;
    }
    /* Anything else (whitespace, commas, comments) is skipped. */
  }
  return day_write(&day, out) && time_write(&time, out) && tz_write(&tz, out);
}

/* V8 lets a local date reach 10 days past the time-value range before converting it. */
#define MAX_LOCAL_BEFORE_UTC (DATE_MAX_TIME + 864000000.0)

static double parse_reader(const DateZone *zone, Reader *in) {
  ParsedDate out = {0, 0, 0, 0, 0, 0, 0, NONE};
  reader_next(in);
  if (!parse_fields(in, &out)) return NAN;
  double day = date_make_day(out.year, out.month, out.day);
  double time = date_make_time(out.hour, out.minute, out.second, out.ms);
  double date = date_make_date(day, time);
  if (isnan(date)) return NAN;
  if (out.utc_offset_seconds == NONE) {
    if (date < -MAX_LOCAL_BEFORE_UTC || date > MAX_LOCAL_BEFORE_UTC) return NAN;
    return date_time_clip(date_utc_from_local(zone, date));
  }
  return date_time_clip(date - out.utc_offset_seconds * 1000.0);
}

double date_parse(const DateZone *zone, const uint8_t *text, size_t length) {
  Reader in = {text, NULL, length, 0, 0};
  return parse_reader(zone, &in);
}

double date_parse_utf16(const DateZone *zone, const uint16_t *text, size_t length) {
  Reader in = {NULL, text, length, 0, 0};
  return parse_reader(zone, &in);
}
