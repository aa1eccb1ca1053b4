# date: time-value arithmetic, zones (UTC, libc, TZif), V8's formats and Date.parse
# (separable: doubles and byte buffers, no engine types).
list(APPEND PETREL_SOURCES
  src/date/date_math.c
  src/date/date_zone.c
  src/date/date_zone_libc.c
  src/date/date_zone_tzif.c
  src/date/date_format.c
  src/date/date_parse.c)
