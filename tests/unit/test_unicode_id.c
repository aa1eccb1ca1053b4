/* The generated identifier tables: ASCII, the ECMAScript extras ($, _, ZWNJ, ZWJ), and code
 * points from several planes, against DerivedCoreProperties. */
#include "unicode/unicode_id.h"
#include "unit.h"

static void ascii(int argc, char **argv) {
  CHECK(unicode_is_id_start('a') && unicode_is_id_start('Z') && unicode_is_id_start('$') && unicode_is_id_start('_'));
  CHECK(!unicode_is_id_start('0') && !unicode_is_id_start(' ') && !unicode_is_id_start('#') && !unicode_is_id_start('\\'));
  CHECK(unicode_is_id_continue('0') && unicode_is_id_continue('9') && unicode_is_id_continue('$'));
  CHECK(!unicode_is_id_continue('-') && !unicode_is_id_continue(0x7F));
}

static void joiners(int argc, char **argv) {
  CHECK(unicode_is_id_continue(0x200C) && unicode_is_id_continue(0x200D));
  CHECK(!unicode_is_id_start(0x200C) && !unicode_is_id_start(0x200D));
}

static void other_planes(int argc, char **argv) {
  CHECK(unicode_is_id_start(0x00AA));    /* FEMININE ORDINAL INDICATOR, Lo */
  CHECK(unicode_is_id_start(0x2118));    /* SCRIPT CAPITAL P: Other_ID_Start, folded in */
  CHECK(unicode_is_id_start(0x212E));    /* ESTIMATED SYMBOL: Other_ID_Start */
  CHECK(unicode_is_id_start(0x4E00));    /* CJK */
  CHECK(unicode_is_id_start(0x1D400));   /* MATHEMATICAL BOLD CAPITAL A */
  CHECK(unicode_is_id_start(0x20000));   /* CJK Extension B */
  CHECK(!unicode_is_id_start(0x00B7));   /* MIDDLE DOT: ID_Continue only */
  CHECK(unicode_is_id_continue(0x00B7));
  CHECK(unicode_is_id_continue(0x0300)); /* COMBINING GRAVE ACCENT */
  CHECK(!unicode_is_id_start(0x0300));
  CHECK(!unicode_is_id_start(0x2E2F));   /* VERTICAL TILDE: Pattern_Syntax, excluded */
  CHECK(!unicode_is_id_start(0x00A0) && !unicode_is_id_continue(0x3000));
  CHECK(!unicode_is_id_start(0xD800) && !unicode_is_id_continue(0x10FFFF) && !unicode_is_id_start(0x110000));
  CHECK(!unicode_is_id_start(0x1F600)); /* emoji */
}

static void version(int argc, char **argv) {
  const char *v = unicode_id_tables_version();
  CHECK(v != NULL && v[0] >= '1' && v[0] <= '9');
}

static const UnitCase cases[] = {
  {"ascii", ascii},
  {"zwnj and zwj continue but do not start", joiners},
  {"other planes and excluded code points", other_planes},
  {"tables know their Unicode version", version},
};
UNIT_MAIN(cases)
