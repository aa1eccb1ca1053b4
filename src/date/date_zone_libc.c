/* The host C library as a DateZone: localtime_r answers the offset at an instant, natively
 * from the system's zone database (TZ or /etc/localtime) and under Emscripten from the host's
 * JS Date. The offset is recomputed from the broken-down local fields (local seconds minus UTC
 * seconds), which needs no tm_gmtoff (absent under plain _XOPEN_SOURCE=700) and keeps zones'
 * second-precision LMT offsets. WASI has no zone data: there the local zone is UTC. */
#include "date/date.h"
#include "date/date_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#if defined(__wasi__)

const DateZone *date_zone_libc(void) { return date_zone_utc(); }

#else

static bool libc_info(const DateZone *zone, double t, DateZoneInfo *info) {
  if (!isfinite(t)) return false;
  double seconds = date_floor(t / 1000);
  /* A 32-bit time_t cannot hold every time value: check before converting. */
  double limit = sizeof(time_t) >= 8 ? 9.0e15 : 2147483647.0;
  if (seconds > limit || seconds < -limit - 1) return false;
  time_t when = (time_t)seconds;
  struct tm local;
  if (localtime_r(&when, &local) == NULL) return false;
  int64_t local_seconds = date_days_from_civil((int64_t)local.tm_year + 1900, local.tm_mon + 1, local.tm_mday) * 86400 +
                          local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
  info->offset_ms = (double)(local_seconds - (int64_t)seconds) * 1000;
  info->is_dst = local.tm_isdst > 0;
  const char *name = tzname[info->is_dst ? 1 : 0];
  size_t length = name != NULL ? strlen(name) : 0;
  if (length >= DATE_ABBREVIATION_SIZE) length = 0;
  memcpy(info->abbreviation, name != NULL ? name : "", length);
  info->abbreviation[length] = '\0';
  return true;
}

static DateZone libc_zone = {libc_info, NULL, NULL};
static bool libc_zone_ready;
static char libc_zone_id[256];

/* The IANA id: TZ ("America/New_York" or ":America/New_York"), else /etc/localtime's link. */
static const char *find_zone_id(void) {
  const char *tz = getenv("TZ");
  if (tz != NULL && tz[0] != '\0') {
    if (tz[0] == ':') tz++;
    if (strlen(tz) < sizeof libc_zone_id) {
      strcpy(libc_zone_id, tz);
      return libc_zone_id;
    }
    return NULL;
  }
  ssize_t length = readlink("/etc/localtime", libc_zone_id, sizeof libc_zone_id - 1);
  if (length <= 0) return NULL;
  libc_zone_id[length] = '\0';
  const char *marker = strstr(libc_zone_id, "zoneinfo/");
  return marker != NULL ? marker + strlen("zoneinfo/") : NULL;
}

const DateZone *date_zone_libc(void) {
  if (!libc_zone_ready) {
    tzset();
    libc_zone.id = find_zone_id();
    libc_zone_ready = true;
  }
  return &libc_zone;
}

#endif
