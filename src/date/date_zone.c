/* Local time over the DateZone interface (ECMAScript 21.4.1.25 LocalTime, 21.4.1.26 UTC), the
 * UTC provider, and toString's long zone names. A provider only answers "what offset is in
 * effect at this UTC instant"; turning a local time back into UTC is done here once for all
 * providers, with V8's rule for DST transitions: a local time in a gap or an overlap uses the
 * offset in effect before the transition (ICU's UCAL_TZ_LOCAL_FORMER, which V8 asks for), so
 * 02:30 in a New York spring-forward gap is 03:30 EDT and 01:30 in the fall-back overlap is
 * EDT. */
#include "date/date.h"
#include "date/date_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Offsets of real zones stay within +-16 h (LMT included); probing 18 h either side of a
 * local time sees the offsets before and after any one transition that can affect it. */
#define PROBE_MS (18.0 * 3600000.0)

double date_zone_offset(const DateZone *zone, double t) {
  DateZoneInfo info;
  if (isnan(t) || !zone->info_at_utc(zone, t, &info)) return 0;
  return info.offset_ms;
}

double date_local_time(const DateZone *zone, double t) {
  if (isnan(t)) return NAN;
  return t + date_zone_offset(zone, t);
}

double date_timezone_offset_minutes(const DateZone *zone, double t) {
  if (isnan(t)) return NAN;
  double minutes = date_trunc(-date_zone_offset(zone, t) / 60000);
  return minutes == 0 ? 0 : minutes;
}

double date_utc_from_local(const DateZone *zone, double local) {
  if (!isfinite(local)) return NAN;
  /* Candidate offsets: before and after any nearby transition, and the fixed point. */
  double before = date_zone_offset(zone, local - PROBE_MS);
  double after = date_zone_offset(zone, local + PROBE_MS);
  double guess = date_zone_offset(zone, local - date_zone_offset(zone, local));
  double candidates[3] = {before, guess, after};
  /* A candidate o is consistent when the instant local - o really has offset o. In an
   * overlap two are: take the earlier instant (the larger offset, the one before). */
  bool found = false;
  double best = 0;
  for (int i = 0; i < 3; i++) {
    double o = candidates[i];
    if (date_zone_offset(zone, local - o) == o && (!found || o > best)) {
      best = o;
      found = true;
    }
  }
  /* In a gap none is: use the offset in effect before the transition. */
  if (!found) best = before;
  return local - best;
}

static bool utc_info(const DateZone *zone, double t, DateZoneInfo *info) {
  info->offset_ms = 0;
  info->is_dst = false;
  strcpy(info->abbreviation, "UTC");
  return true;
}

static const DateZone utc_zone = {utc_info, "UTC", NULL};

const DateZone *date_zone_utc(void) { return &utc_zone; }

/* ICU's long names (what node prints) for common zones, by IANA id. */
static const struct {
  const char *id, *standard, *daylight;
} zone_names[] = {
  {"UTC", "Coordinated Universal Time", "Coordinated Universal Time"},
  {"Etc/UTC", "Coordinated Universal Time", "Coordinated Universal Time"},
  {"Etc/GMT", "Greenwich Mean Time", "Greenwich Mean Time"},
  {"America/New_York", "Eastern Standard Time", "Eastern Daylight Time"},
  {"America/Detroit", "Eastern Standard Time", "Eastern Daylight Time"},
  {"America/Toronto", "Eastern Standard Time", "Eastern Daylight Time"},
  {"America/Chicago", "Central Standard Time", "Central Daylight Time"},
  {"America/Denver", "Mountain Standard Time", "Mountain Daylight Time"},
  {"America/Phoenix", "Mountain Standard Time", "Mountain Daylight Time"},
  {"America/Los_Angeles", "Pacific Standard Time", "Pacific Daylight Time"},
  {"America/Vancouver", "Pacific Standard Time", "Pacific Daylight Time"},
  {"America/Anchorage", "Alaska Standard Time", "Alaska Daylight Time"},
  {"Pacific/Honolulu", "Hawaii-Aleutian Standard Time", "Hawaii-Aleutian Daylight Time"},
  {"America/Sao_Paulo", "Brasilia Standard Time", "Brasilia Summer Time"},
  {"Europe/London", "Greenwich Mean Time", "British Summer Time"},
  /* tzdata marks Irish winter time as the "daylight" type (negative DST); ICU does not. */
  {"Europe/Dublin", "Irish Standard Time", "Greenwich Mean Time"},
  {"Europe/Lisbon", "Western European Standard Time", "Western European Summer Time"},
  {"Europe/Berlin", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Paris", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Madrid", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Rome", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Amsterdam", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Zurich", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Vienna", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Stockholm", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Warsaw", "Central European Standard Time", "Central European Summer Time"},
  {"Europe/Athens", "Eastern European Standard Time", "Eastern European Summer Time"},
  {"Europe/Helsinki", "Eastern European Standard Time", "Eastern European Summer Time"},
  {"Europe/Kiev", "Eastern European Standard Time", "Eastern European Summer Time"},
  {"Europe/Kyiv", "Eastern European Standard Time", "Eastern European Summer Time"},
  {"Europe/Moscow", "Moscow Standard Time", "Moscow Summer Time"},
  {"Asia/Kolkata", "India Standard Time", "India Standard Time"},
  {"Asia/Calcutta", "India Standard Time", "India Standard Time"},
  {"Asia/Tokyo", "Japan Standard Time", "Japan Daylight Time"},
  {"Asia/Shanghai", "China Standard Time", "China Daylight Time"},
  {"Asia/Hong_Kong", "Hong Kong Standard Time", "Hong Kong Summer Time"},
  {"Asia/Singapore", "Singapore Standard Time", "Singapore Standard Time"},
  {"Asia/Seoul", "Korean Standard Time", "Korean Daylight Time"},
  {"Asia/Dubai", "Gulf Standard Time", "Gulf Standard Time"},
  {"Asia/Kathmandu", "Nepal Time", "Nepal Time"},
  {"Asia/Karachi", "Pakistan Standard Time", "Pakistan Summer Time"},
  {"Asia/Jakarta", "Western Indonesia Time", "Western Indonesia Time"},
  {"Asia/Bangkok", "Indochina Time", "Indochina Time"},
  {"Asia/Manila", "Philippine Standard Time", "Philippine Summer Time"},
  {"Asia/Tehran", "Iran Standard Time", "Iran Daylight Time"},
  {"Asia/Jerusalem", "Israel Standard Time", "Israel Daylight Time"},
  {"Africa/Johannesburg", "South Africa Standard Time", "South Africa Standard Time"},
  {"Africa/Lagos", "West Africa Standard Time", "West Africa Summer Time"},
  {"Africa/Nairobi", "East Africa Time", "East Africa Time"},
  {"America/Argentina/Buenos_Aires", "Argentina Standard Time", "Argentina Summer Time"},
  {"America/Mexico_City", "Central Standard Time", "Central Daylight Time"},
  {"America/Bogota", "Colombia Standard Time", "Colombia Summer Time"},
  {"America/Halifax", "Atlantic Standard Time", "Atlantic Daylight Time"},
  {"America/St_Johns", "Newfoundland Standard Time", "Newfoundland Daylight Time"},
  {"Australia/Sydney", "Australian Eastern Standard Time", "Australian Eastern Daylight Time"},
  {"Australia/Melbourne", "Australian Eastern Standard Time", "Australian Eastern Daylight Time"},
  {"Australia/Brisbane", "Australian Eastern Standard Time", "Australian Eastern Daylight Time"},
  {"Australia/Adelaide", "Australian Central Standard Time", "Australian Central Daylight Time"},
  {"Australia/Perth", "Australian Western Standard Time", "Australian Western Daylight Time"},
  {"Australia/Lord_Howe", "Lord Howe Standard Time", "Lord Howe Daylight Time"},
  {"Pacific/Auckland", "New Zealand Standard Time", "New Zealand Daylight Time"},
};

/* Long names by abbreviation, for zones the id table does not know. */
static const struct {
  const char *abbreviation, *name;
} abbreviation_names[] = {
  {"UTC", "Coordinated Universal Time"},
  {"GMT", "Greenwich Mean Time"},
  {"EST", "Eastern Standard Time"},   {"EDT", "Eastern Daylight Time"},
  {"CST", "Central Standard Time"},   {"CDT", "Central Daylight Time"},
  {"MST", "Mountain Standard Time"},  {"MDT", "Mountain Daylight Time"},
  {"PST", "Pacific Standard Time"},   {"PDT", "Pacific Daylight Time"},
  {"CET", "Central European Standard Time"}, {"CEST", "Central European Summer Time"},
  {"EET", "Eastern European Standard Time"}, {"EEST", "Eastern European Summer Time"},
  {"WET", "Western European Standard Time"}, {"WEST", "Western European Summer Time"},
  {"BST", "British Summer Time"},
  {"JST", "Japan Standard Time"},
  {"AEST", "Australian Eastern Standard Time"}, {"AEDT", "Australian Eastern Daylight Time"},
};

static size_t copy_name(const char *name, char *buf, size_t size) {
  size_t length = strlen(name);
  if (length + 1 > size) return 0;
  memcpy(buf, name, length + 1);
  return length;
}

/* V8 (DateCache::EquivalentYear): a year in 2008..2035 with the same leap-ness and the same
 * weekday on January 1. */
static double equivalent_year(double year) {
  int week_day = (int)date_week_day(date_time_from_year(year));
  int recent_year = (date_days_in_year(year) == 366 ? 1956 : 1967) + (week_day * 12) % 28;
  return 2008 + (recent_year + 3 * 28 - 2008) % 28;
}

/* V8 decides standard vs daylight name for instants before 1970 or after 2038 at the same
 * date and time of the equivalent year (DateCache::LocalTimezone), so a 1900 summer date in
 * New York says "Eastern Daylight Time" even though the offset is LMT or standard. */
static double name_time(double t) {
  if (t >= 0 && t <= 2147483647000.0) return t;
  double day = date_make_day(equivalent_year(date_year_from_time(t)), date_month_from_time(t), date_date_from_time(t));
  return date_make_date(day, date_time_within_day(t));
}

size_t date_zone_long_name(const DateZone *zone, double t, char *buf, size_t size) {
  DateZoneInfo info;
  if (isnan(t) || !zone->info_at_utc(zone, name_time(t), &info)) return 0;
  if (zone->id != NULL) {
    for (size_t i = 0; i < sizeof zone_names / sizeof zone_names[0]; i++) {
      if (strcmp(zone->id, zone_names[i].id) == 0)
        return copy_name(info.is_dst ? zone_names[i].daylight : zone_names[i].standard, buf, size);
    }
  }
  for (size_t i = 0; i < sizeof abbreviation_names / sizeof abbreviation_names[0]; i++) {
    if (strcmp(info.abbreviation, abbreviation_names[i].abbreviation) == 0)
      return copy_name(abbreviation_names[i].name, buf, size);
  }
  /* ICU's localized GMT format: "GMT+05:30", "GMT-03", "GMT" for zero. */
  long minutes = (long)(info.offset_ms / 60000);
  long magnitude = minutes < 0 ? -minutes : minutes;
  char text[32];
  if (minutes == 0) snprintf(text, sizeof text, "GMT");
  else if (magnitude % 60 == 0) snprintf(text, sizeof text, "GMT%c%02ld:00", minutes < 0 ? '-' : '+', magnitude / 60);
  else snprintf(text, sizeof text, "GMT%c%02ld:%02ld", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
  return copy_name(text, buf, size);
}
