/* The randomized heap test: random object graphs with a shadow model. Random steps allocate
 * young, tenured and large nodes, link them (old→young stores included), make weak
 * references, move roots between the persistent table, handles and a fake VM stack, and
 * collect — scavenge or mark-compact, in random order, at safepoints. After every
 * collection the live graph reached from the real roots must equal the model's, cleared
 * weak references must have dead targets (and after a mark-compact every dead target must
 * be cleared), heap_verify must pass, and after a mark-compact the heap's used bytes must
 * equal the model's live bytes exactly: dead cells are reclaimed.
 *
 *   test_heap_random [--gc-stress] [--seed=N] [--steps=N]     (or PETREL_HEAP_SEED=N)
 * The seed is printed first; a failure reproduces with the same seed. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "heap_test.h"

enum { ROOTS_PER_KIND = 16, ROOT_COUNT = 3 * ROOTS_PER_KIND, MAX_SLOTS = 8, LARGE_SLOTS = 2100 };

typedef enum SlotKind { SLOT_INT, SLOT_REF, SLOT_WEAK } SlotKind;

typedef struct ModelSlot {
  SlotKind kind;
  int32_t value;      /* SLOT_INT: the number; SLOT_REF/SLOT_WEAK: target id (-1: cleared) */
  uint32_t weak_size; /* SLOT_WEAK: the weak-ref cell's size */
} ModelSlot;

typedef struct ModelNode {
  bool alive;         /* may still be reachable; false once a GC proved it dead */
  uint32_t slot_count, raw_bytes;
  size_t size;
  ModelSlot *slots;
  GcCell *address;    /* valid until the next collection */
} ModelNode;

typedef struct World {
  Heap *heap;
  uint64_t rng;
  bool stress;
  ModelNode *nodes;
  uint32_t node_count, node_capacity;
  uint32_t *candidates; /* ids of alive nodes with a valid address */
  uint32_t candidate_count;
  int32_t roots[ROOT_COUNT];
  uint32_t persistent_ids[ROOTS_PER_KIND];
  JSValue *handles[ROOTS_PER_KIND];
  JSValue stack[ROOTS_PER_KIND];
  uint32_t *queue;
  bool *seen;
  int failures;
  uint64_t collections, majors, weak_cleared_seen;
} World;

static uint64_t next_random(World *world) {
  uint64_t x = world->rng;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  world->rng = x;
  return x * UINT64_C(2685821657736338717);
}

static uint32_t below(World *world, uint32_t bound) { return (uint32_t)(next_random(world) % bound); }

static void fail(World *world, const char *what, uint32_t id) {
  if (world->failures++ < 10) out_printf(OUT_STDOUT, "  random heap: %s (node %u)\n", what, id);
  unit_fail(__FILE__, __LINE__, what);
}

static void visit_stack(GcVisitor *visitor, void *data) {
  gc_visit_range(visitor, ((World *)data)->stack, ROOTS_PER_KIND);
}

static uint8_t raw_byte(uint32_t id, uint32_t index) { return (uint8_t)(id * 31 + index * 7 + 1); }

static JSValue read_root(World *world, int index) {
  if (index < ROOTS_PER_KIND) return heap_persistent_get(world->heap, world->persistent_ids[index]);
  if (index < 2 * ROOTS_PER_KIND) return *world->handles[index - ROOTS_PER_KIND];
  return world->stack[index - 2 * ROOTS_PER_KIND];
}

static void write_root(World *world, int index, JSValue value) {
  if (index < ROOTS_PER_KIND) {
    heap_persistent_set(world->heap, world->persistent_ids[index], value);
  } else if (index < 2 * ROOTS_PER_KIND) {
    *world->handles[index - ROOTS_PER_KIND] = value;
  } else {
    world->stack[index - 2 * ROOTS_PER_KIND] = value;
  }
}

static bool grow_nodes(World *world) {
  if (world->node_count < world->node_capacity) return true;
  uint32_t capacity = world->node_capacity ? world->node_capacity * 2 : 1024;
  ModelNode *nodes = realloc(world->nodes, capacity * sizeof *nodes);
  uint32_t *candidates = realloc(world->candidates, capacity * sizeof *candidates);
  uint32_t *queue = realloc(world->queue, capacity * sizeof *queue);
  bool *seen = realloc(world->seen, capacity * sizeof *seen);
  if (nodes) world->nodes = nodes;
  if (candidates) world->candidates = candidates;
  if (queue) world->queue = queue;
  if (seen) world->seen = seen;
  if (!nodes || !candidates || !queue || !seen) return false;
  world->node_capacity = capacity;
  return true;
}

static int32_t new_node(World *world) {
  if (!grow_nodes(world)) return -1;
  uint32_t id = world->node_count;
  uint32_t roll = below(world, 100);
  bool large = roll == 0;
  bool tenured = roll < 10;
  uint32_t slot_count = large ? LARGE_SLOTS + below(world, 200) : below(world, MAX_SLOTS + 1);
  uint32_t raw_bytes = 4 + below(world, 40);
  GcCell *cell = heap_alloc_slots(world->heap, slot_count, raw_bytes, tenured);
  if (cell == NULL) {
    fail(world, "allocation failed", id);
    return -1;
  }
  unsigned char *raw = gc_slots_raw(cell);
  memcpy(raw, &id, sizeof id);
  for (uint32_t i = 4; i < raw_bytes; i++) raw[i] = raw_byte(id, i);
  ModelNode *node = &world->nodes[world->node_count++];
  node->alive = true;
  node->slot_count = slot_count;
  node->raw_bytes = raw_bytes;
  node->size = gc_cell_size(cell);
  node->slots = calloc(slot_count ? slot_count : 1, sizeof(ModelSlot));
  node->address = cell;
  for (uint32_t i = 0; i < slot_count; i++) {
    node->slots[i] = (ModelSlot){SLOT_INT, 0, 0};
    gc_slots(cell)->slots[i] = js_from_int32(0);
  }
  world->candidates[world->candidate_count++] = id;
  return (int32_t)id;
}

static uint32_t random_candidate(World *world) {
  return world->candidates[below(world, world->candidate_count)];
}

static void set_slot(World *world, uint32_t host_id, uint32_t slot, JSValue value, ModelSlot model) {
  ModelNode *host = &world->nodes[host_id];
  gc_store_value(world->heap, host->address, &gc_slots(host->address)->slots[slot], value);
  host->slots[slot] = model;
}

static JSValue node_value(World *world, int32_t id) {
  return id < 0 ? JS_NULL : test_ref(world->nodes[id].address);
}

/* One random mutation; never collects. */
static void mutate(World *world) {
  uint32_t roll = below(world, 100);
  if (roll < 30 || world->candidate_count == 0) {
    int32_t id = new_node(world);
    if (id < 0) return;
    uint32_t where = below(world, 10);
    if (where < 3) {
      int index = (int)below(world, ROOT_COUNT);
      write_root(world, index, node_value(world, id));
      world->roots[index] = id;
    } else if (where < 8) {
      uint32_t host = random_candidate(world);
      if (world->nodes[host].slot_count > 0) {
        uint32_t slot = below(world, world->nodes[host].slot_count);
        set_slot(world, host, slot, node_value(world, id), (ModelSlot){SLOT_REF, id, 0});
      }
    } /* else: garbage from birth */
    return;
  }
  if (roll < 36) {
    /* Short-lived garbage the model never sees: fills new space, so scavenges also come
     * from allocation failure at safepoints. */
    for (uint32_t i = 0, count = below(world, 40); i < count; i++) {
      if (heap_alloc(world->heap, CELL_BYTES, 16 + below(world, 200)) == NULL) fail(world, "garbage allocation failed", 0);
    }
    return;
  }
  uint32_t host = random_candidate(world);
  ModelNode *node = &world->nodes[host];
  if (roll < 65 && node->slot_count > 0) {
    uint32_t target = random_candidate(world);
    set_slot(world, host, below(world, node->slot_count), node_value(world, (int32_t)target),
             (ModelSlot){SLOT_REF, (int32_t)target, 0});
  } else if (roll < 72 && node->slot_count > 0) {
    int32_t number = (int32_t)below(world, 1000000);
    set_slot(world, host, below(world, node->slot_count), js_from_int32(number),
             (ModelSlot){SLOT_INT, number, 0});
  } else if (roll < 80 && node->slot_count > 0) {
    uint32_t target = random_candidate(world);
    GcCell *weak = heap_alloc_weak_ref(world->heap, node_value(world, (int32_t)target));
    if (weak == NULL) {
      fail(world, "weak-ref allocation failed", host);
      return;
    }
    set_slot(world, host, below(world, node->slot_count), js_from_cell(JS_TAG_CELL, weak),
             (ModelSlot){SLOT_WEAK, (int32_t)target, (uint32_t)gc_cell_size(weak)});
  } else if (roll < 95) {
    int index = (int)below(world, ROOT_COUNT);
    int32_t target = below(world, 4) == 0 ? -1 : (int32_t)random_candidate(world);
    write_root(world, index, node_value(world, target));
    world->roots[index] = target;
  } else {
    /* Move a root between kinds: persistent ↔ handle ↔ stack. */
    int from = (int)below(world, ROOT_COUNT), to = (int)below(world, ROOT_COUNT);
    write_root(world, to, read_root(world, from));
    world->roots[to] = world->roots[from];
  }
}

/* Marks every node the model can reach from its roots; the others die. */
static size_t model_reachability(World *world) {
  memset(world->seen, 0, world->node_count * sizeof(bool));
  uint32_t head = 0, tail = 0;
  size_t live_bytes = 0;
  for (int i = 0; i < ROOT_COUNT; i++) {
    int32_t id = world->roots[i];
    if (id >= 0 && !world->seen[id]) {
      world->seen[id] = true;
      world->queue[tail++] = (uint32_t)id;
    }
  }
  while (head < tail) {
    ModelNode *node = &world->nodes[world->queue[head++]];
    live_bytes += node->size;
    for (uint32_t i = 0; i < node->slot_count; i++) {
      ModelSlot *slot = &node->slots[i];
      if (slot->kind == SLOT_WEAK) live_bytes += slot->weak_size;
      if (slot->kind == SLOT_REF && !world->seen[slot->value]) {
        world->seen[slot->value] = true;
        world->queue[tail++] = (uint32_t)slot->value;
      }
    }
  }
  world->candidate_count = 0;
  for (uint32_t id = 0; id < world->node_count; id++) {
    if (world->nodes[id].alive && !world->seen[id]) {
      world->nodes[id].alive = false;
      world->nodes[id].address = NULL;
    }
    if (world->seen[id]) world->candidates[world->candidate_count++] = id;
  }
  return live_bytes;
}

/* Checks one real cell against its model node. */
static void check_node(World *world, uint32_t id, GcCell *cell, bool after_major, uint32_t *tail) {
  ModelNode *node = &world->nodes[id];
  if (gc_cell_type(cell) != CELL_SLOTS || gc_slots(cell)->count != node->slot_count ||
      gc_slots(cell)->raw_bytes != node->raw_bytes || gc_cell_size(cell) != node->size) {
    fail(world, "cell shape differs from the model", id);
    return;
  }
  const unsigned char *raw = gc_slots_raw(cell);
  for (uint32_t i = 4; i < node->raw_bytes; i++) {
    if (raw[i] != raw_byte(id, i)) {
      fail(world, "raw bytes damaged", id);
      break;
    }
  }
  for (uint32_t i = 0; i < node->slot_count; i++) {
    ModelSlot *slot = &node->slots[i];
    JSValue value = gc_slots(cell)->slots[i];
    if (slot->kind == SLOT_INT) {
      if (!js_is_int32(value) || js_to_int32(value) != slot->value) fail(world, "number slot differs", id);
    } else if (slot->kind == SLOT_REF) {
      if (!js_is_object(value) || test_node_id(test_cell(value)) != (uint32_t)slot->value) {
        fail(world, "reference slot differs", id);
        continue;
      }
      uint32_t target = (uint32_t)slot->value;
      if (world->nodes[target].address == NULL) {
        world->nodes[target].address = test_cell(value);
        world->queue[(*tail)++] = target;
      } else if (world->nodes[target].address != test_cell(value)) {
        fail(world, "one node reached at two addresses", target);
      }
    } else {
      GcCell *weak = js_is_cell(value) ? test_cell(value) : NULL;
      if (weak == NULL || gc_cell_type(weak) != CELL_WEAK_REF) {
        fail(world, "weak slot lost its weak-ref cell", id);
        continue;
      }
      JSValue target = gc_weak_ref_get(weak);
      if (js_is_undefined(target)) {
        if (slot->value >= 0 && world->nodes[slot->value].alive) fail(world, "weak ref to a live node cleared", id);
        if (slot->value >= 0) world->weak_cleared_seen++;
        slot->value = -1;
      } else if (slot->value < 0) {
        fail(world, "cleared weak ref came back", id);
      } else if (test_node_id(test_cell(target)) != (uint32_t)slot->value) {
        fail(world, "weak ref points to the wrong node", id);
      } else if (after_major && !world->nodes[slot->value].alive) {
        fail(world, "mark-compact left a weak ref to a dead node", id);
      }
    }
  }
}

/* After a collection: the graph reached from the real roots must be the model's. */
static void check_world(World *world, bool after_major) {
  size_t live_bytes = model_reachability(world);
  for (uint32_t id = 0; id < world->node_count; id++) world->nodes[id].address = NULL;
  uint32_t head = 0, tail = 0;
  for (int i = 0; i < ROOT_COUNT; i++) {
    JSValue value = read_root(world, i);
    int32_t id = world->roots[i];
    if (id < 0) {
      if (!js_is_null(value)) fail(world, "empty root holds something", (uint32_t)i);
      continue;
    }
    if (!js_is_object(value) || test_node_id(test_cell(value)) != (uint32_t)id) {
      fail(world, "root points to the wrong node", (uint32_t)id);
      continue;
    }
    if (world->nodes[id].address == NULL) {
      world->nodes[id].address = test_cell(value);
      world->queue[tail++] = (uint32_t)id;
    } else if (world->nodes[id].address != test_cell(value)) {
      fail(world, "two roots disagree on a node's address", (uint32_t)id);
    }
  }
  while (head < tail) {
    uint32_t id = world->queue[head++];
    check_node(world, id, world->nodes[id].address, after_major, &tail);
  }
  for (uint32_t i = 0; i < world->candidate_count; i++) {
    if (world->nodes[world->candidates[i]].address == NULL) fail(world, "live node not reached", world->candidates[i]);
  }
  if (heap_verify(world->heap) != 0) fail(world, "heap_verify failed", 0);
  if (after_major) {
    HeapStats stats = test_stats(world->heap);
    if (stats.total_used != live_bytes) {
      out_printf(OUT_STDOUT, "  random heap: used %zu bytes, model says %zu live\n", stats.total_used, live_bytes);
      fail(world, "dead cells not reclaimed (or live ones lost)", 0);
    }
  }
}

/* Checks the world if a collection ran between `before` and now. */
static void check_if_collected(World *world, const HeapStats *before) {
  HeapStats after = test_stats(world->heap);
  uint64_t majors = after.mark_compact_count - before->mark_compact_count;
  if (after.scavenge_count + after.mark_compact_count == before->scavenge_count + before->mark_compact_count) return;
  world->collections++;
  world->majors += majors;
  check_world(world, majors > 0);
}

static void collect_at_safepoint(World *world) {
  HeapStats before = test_stats(world->heap);
  CHECK_INT(gc_safepoint(world->heap), 0); /* collects only if requested, or always under --gc-stress */
  check_if_collected(world, &before);
}

static void collect(World *world) {
  HeapStats before = test_stats(world->heap);
  uint32_t roll = below(world, 10);
  if (roll < 6) {
    CHECK_INT(gc_safepoint(world->heap), 0);
  } else {
    CHECK_INT(heap_collect(world->heap, roll < 8 ? GC_SCAVENGE : GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  }
  check_if_collected(world, &before);
}

static uint64_t choose_seed(int argc, char **argv, uint32_t *steps, bool *stress) {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  uint64_t seed = (uint64_t)now.tv_sec * 1000000007u + (uint64_t)now.tv_nsec;
  const char *env = getenv("PETREL_HEAP_SEED");
  if (env != NULL && *env) seed = strtoull(env, NULL, 10);
  for (int i = 1; i < argc; i++) {
    if (strncmp(argv[i], "--seed=", 7) == 0) seed = strtoull(argv[i] + 7, NULL, 10);
    if (strncmp(argv[i], "--steps=", 8) == 0) *steps = (uint32_t)strtoul(argv[i] + 8, NULL, 10);
    if (strcmp(argv[i], "--gc-stress") == 0) *stress = true;
  }
  return seed;
}

/* One run: compaction on; or off, so that swept pages and free lists carry the load, with a
 * tiny mark stack, so that marking keeps overflowing and recovering. */
static void run_world(uint64_t seed, uint32_t steps, bool stress, bool never_compact) {
  World world;
  memset(&world, 0, sizeof world);
  world.stress = stress;
  out_printf(OUT_STDOUT, "# seed %llu%s%s, %u steps (rerun: --seed=%llu or PETREL_HEAP_SEED)\n",
             (unsigned long long)seed, stress ? ", --gc-stress" : "", never_compact ? ", never compact, 16-entry mark stack" : "",
             steps, (unsigned long long)seed);
  world.rng = seed * 2 + 1;
  HeapConfig config;
  heap_config_default(&config);
  config.max_semi_space_size = GC_PAGE_SIZE;
  config.max_old_space_size = (size_t)256 << 20;
  config.gc_stress = stress;
  config.never_compact = never_compact;
  config.mark_stack_limit = never_compact ? 16 : 0;
  CHECK_INT(heap_new(&config, &world.heap), 0);
  if (world.heap == NULL) return;
  HandleScope scope;
  heap_scope_open(world.heap, &scope);
  for (int i = 0; i < ROOTS_PER_KIND; i++) {
    CHECK_INT(heap_persistent_new(world.heap, JS_NULL, &world.persistent_ids[i]), 0);
    world.handles[i] = heap_handle_new(world.heap, JS_NULL);
    world.stack[i] = JS_NULL;
  }
  for (int i = 0; i < ROOT_COUNT; i++) world.roots[i] = -1;
  CHECK_INT(heap_add_root_provider(world.heap, visit_stack, &world), 0);

  for (uint32_t step = 0; step < steps && world.failures == 0; step++) {
    if (below(&world, 1000) < 25) {
      collect(&world);
    } else {
      mutate(&world);
      /* Under --gc-stress every safepoint collects: put one after every step, as the
       * interpreter will at every back-edge and call. */
      if (world.stress) collect_at_safepoint(&world);
    }
  }
  CHECK_INT(heap_collect(world.heap, GC_MARK_COMPACT, GC_REASON_TESTING), 0);
  world.collections++;
  world.majors++;
  check_world(&world, true);
  HeapStats stats = test_stats(world.heap);
  out_printf(OUT_STDOUT, "# %u nodes, %llu checked collections (%llu mark-compacts), %llu weak refs seen cleared, "
             "%llu bytes promoted\n", world.node_count, (unsigned long long)world.collections,
             (unsigned long long)world.majors, (unsigned long long)world.weak_cleared_seen,
             (unsigned long long)stats.promoted_bytes_total);
  CHECK(world.collections > 10);
  CHECK(stats.promoted_bytes_total > 0);
  if (world.failures) out_printf(OUT_STDOUT, "# FAILED with seed %llu\n", (unsigned long long)seed);

  heap_scope_close(world.heap, &scope);
  heap_free(world.heap);
  for (uint32_t id = 0; id < world.node_count; id++) free(world.nodes[id].slots);
  free(world.nodes);
  free(world.candidates);
  free(world.queue);
  free(world.seen);
}

static void random_graphs_match_the_model(int argc, char **argv) {
  uint32_t steps = 0;
  bool stress = false;
  uint64_t seed = choose_seed(argc, argv, &steps, &stress);
  if (steps == 0) steps = stress ? 1200 : 6000;
  run_world(seed, steps, stress, false);
  run_world(seed, steps, stress, true);
}

static const UnitCase cases[] = {
  {"random graphs match the model", random_graphs_match_the_model},
};

UNIT_MAIN(cases)
