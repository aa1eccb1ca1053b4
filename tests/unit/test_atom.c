/* Atoms (src/objects/atom.c): one atom per content whatever the representation it came
 * from, array-index atoms recognized once, and the table's entries weak — an atom nothing
 * references is collected and its content interned afresh later; a referenced one survives
 * scavenges and mark-compacts and is still the one found. */
#include "objects_test.h"

static JSValue intern(TestWorld *world, JSValue string) {
  JSValue atom = JS_UNDEFINED;
  CHECK_INT(atom_intern(world->cx->atoms, string, &atom), 0);
  return atom;
}

static void interned_once(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  JSValue a = world_atom(&world, "prototype");
  JSValue b = world_atom(&world, "prototype");
  CHECK(js_same_bits(a, b));
  CHECK(atom_is_atom(a));
  /* From a rope and from a UTF-16 string with the same units: the same atom. */
  JSValue rope = JS_UNDEFINED;
  CHECK_INT(str_concat(world.heap, world_string(&world, "proto"), world_string(&world, "type-and-more"), &rope), 0);
  JSValue prefix = JS_UNDEFINED;
  CHECK_INT(str_substring(world.heap, rope, 0, 9, &prefix), 0);
  CHECK(!atom_is_atom(prefix));
  CHECK(js_same_bits(intern(&world, prefix), a));
  JSValue long_atom = intern(&world, rope);
  CHECK(atom_is_atom(long_atom));
  CHECK(js_same_bits(world_atom(&world, "prototype-and-more"), long_atom));
  /* Non-ASCII content goes through the slow path to the same atom. */
  JSValue cafe = world_atom(&world, "caf\xC3\xA9");
  CHECK(js_same_bits(world_atom(&world, "caf\xC3\xA9"), cafe));
  const uint16_t units[] = {'c', 'a', 'f', 0xE9};
  JSValue from_units = JS_UNDEFINED;
  CHECK_INT(str_from_utf16(world.heap, units, 4, &from_units), 0);
  CHECK(js_same_bits(intern(&world, from_units), cafe));
  CHECK(!js_same_bits(world_atom(&world, "cafe"), cafe));
  /* Distinct atoms are unequal without looking at their units. */
  bool equal = true;
  CHECK_INT(str_equals(world.heap, a, cafe, &equal), 0);
  CHECK(!equal);
  /* "length" was interned by the context. */
  CHECK(js_same_bits(world_atom(&world, "length"), world.cx->length_atom));
  world_close(&world);
}

static void index_atoms(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  uint32_t index = 1;
  CHECK(atom_is_index(world_atom(&world, "0"), &index) && index == 0);
  CHECK(atom_is_index(world_atom(&world, "4294967294"), &index) && index == 4294967294u);
  CHECK(!atom_is_index(world_atom(&world, "4294967295"), &index));
  CHECK(!atom_is_index(world_atom(&world, "01"), &index));
  CHECK(!atom_is_index(world_atom(&world, "-0"), &index));
  CHECK(!atom_is_index(world_atom(&world, "x1"), &index));
  world_close(&world);
}

static void unreferenced_atoms_die(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  world_collect(&world, GC_MARK_COMPACT);
  size_t base = atom_table_count(world.cx->atoms);
  /* 3000 atoms; every tenth kept in a rooted list. */
  enum { COUNT = 3000 };
  GcCell *list = heap_alloc_slots(world.heap, COUNT / 10, 0, false);
  JSValue *kept = world_keep(&world, js_from_cell(JS_TAG_CELL, list));
  char name[32];
  for (int i = 0; i < COUNT; i++) {
    snprintf(name, sizeof name, "atom-%d", i);
    JSValue atom = world_atom(&world, name);
    if (i % 10 == 0) {
      GcCell *cell = (GcCell *)js_to_cell(*kept);
      gc_store_value(world.heap, cell, &gc_slots(cell)->slots[i / 10], atom);
    }
  }
  CHECK_INT(atom_table_count(world.cx->atoms), base + COUNT);
  world_collect(&world, GC_SCAVENGE); /* the atoms are young: a scavenge proves them dead */
  CHECK_INT(atom_table_count(world.cx->atoms), base + COUNT / 10);
  world_collect(&world, GC_SCAVENGE);
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(atom_table_count(world.cx->atoms), base + COUNT / 10);
  /* The kept ones moved and are still the atoms for their content. */
  GcCell *cell = (GcCell *)js_to_cell(*kept);
  bool all_found = true;
  for (int i = 0; i < COUNT; i += 10) {
    snprintf(name, sizeof name, "atom-%d", i);
    all_found = all_found && js_same_bits(world_atom(&world, name), gc_slots(cell)->slots[i / 10]);
  }
  CHECK(all_found);
  /* Old atoms die in a mark-compact once unreferenced. */
  for (uint32_t i = 0; i < gc_slots(cell)->count; i++) gc_slots(cell)->slots[i] = JS_UNDEFINED;
  world_collect(&world, GC_SCAVENGE);
  CHECK_INT(atom_table_count(world.cx->atoms), base + COUNT / 10); /* old: a scavenge cannot tell */
  world_collect(&world, GC_MARK_COMPACT);
  CHECK_INT(atom_table_count(world.cx->atoms), base);
  /* Interning again makes new atoms that work as before. */
  JSValue again = world_atom(&world, "atom-10");
  CHECK(js_same_bits(world_atom(&world, "atom-10"), again));
  CHECK_INT(atom_table_count(world.cx->atoms), base + 1);
  world_close(&world);
}

static void table_growth_with_stress(int argc, char **argv) {
  TestWorld world;
  world_open(&world, argc, argv);
  /* Interleave interning with safepoints (collections under --gc-stress) and keep half. */
  enum { COUNT = 2000 };
  GcCell *list = heap_alloc_slots(world.heap, COUNT, 0, false);
  JSValue *kept = world_keep(&world, js_from_cell(JS_TAG_CELL, list));
  char name[32];
  for (int i = 0; i < COUNT; i++) {
    snprintf(name, sizeof name, "k%d", i * 7919);
    JSValue atom = world_atom(&world, name);
    GcCell *cell = (GcCell *)js_to_cell(*kept);
    if (i % 2 == 0) gc_store_value(world.heap, cell, &gc_slots(cell)->slots[i], atom);
    if (i % 100 == 0) world_safepoint(&world);
  }
  world_collect(&world, GC_MARK_COMPACT);
  GcCell *cell = (GcCell *)js_to_cell(*kept);
  bool all_found = true;
  for (int i = 0; i < COUNT; i += 2) {
    snprintf(name, sizeof name, "k%d", i * 7919);
    JSValue atom = world_atom(&world, name);
    all_found = all_found && js_same_bits(atom, gc_slots(cell)->slots[i]);
    JSValue flat = gc_slots(cell)->slots[i];
    all_found = all_found && strcmp(world_utf8(&world, flat), name) == 0;
  }
  CHECK(all_found);
  world_close(&world);
}

static const UnitCase cases[] = {
    {"one atom per content, from any representation", interned_once},
    {"array-index atoms", index_atoms},
    {"unreferenced atoms are collected, referenced ones kept", unreferenced_atoms_die},
    {"the table grows across collections", table_growth_with_stress},
};

UNIT_MAIN(cases)
