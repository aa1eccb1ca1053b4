/* Shapes, descriptor tables and the transition tree (see shape.h).
 *
 * A transition table (CELL_TRANSITIONS) is an open-addressed hash set of child shapes in
 * weak slots: JS_HOLE (never used), undefined (the child died; the collector cleared it) or
 * the child. A child is found by hashing what reached it — kind, key hash and attributes, or
 * the new prototype's identity hash — and comparing the child's own transition fields, so
 * the table stores no keys of its own and keeps nothing alive.
 * Invariant: at least a quarter of a transition table's slots are JS_HOLE, so every probe
 * ends; shapes, descriptor tables and transition tables are allocated tenured, as they
 * usually live as long as the program. */
#include "objects/shape.h"

#include <string.h>

#include "base/errors.h"
#include "objects/atom.h"
#include "objects/cell_trace.h"
#include "objects/object.h"

/* --- shapes -------------------------------------------------------------------------------- */

bool shape_is_property_key(JSValue key) {
  uint32_t index;
  if (js_is_symbol(key)) return true;
  return atom_is_atom(key) && !atom_is_index(key, &index);
}

static Shape *alloc_shape(ObjContext *cx, JSValue prototype, GcCell *parent) {
  GcCell *cell = heap_alloc_tenured(cx->heap, CELL_SHAPE, sizeof(Shape));
  if (cell == NULL) return NULL;
  Shape *shape = (Shape *)cell;
  gc_store_value(cx->heap, cell, &shape->prototype, prototype);
  gc_store_cell(cx->heap, cell, &shape->parent, parent);
  shape->transition_key = JS_UNDEFINED;
  shape->inobject_capacity = SHAPE_INOBJECT_SLOTS;
  shape->id = cx->next_shape_id++;
  return shape;
}

int shape_new_root(ObjContext *cx, JSValue prototype, Shape **out) {
  Shape *shape = alloc_shape(cx, prototype, NULL);
  if (shape == NULL) return PT_ENOMEM;
  *out = shape;
  return 0;
}

int shape_new_dictionary(ObjContext *cx, JSValue prototype, bool is_array, Shape **out) {
  GcCell *cell = heap_alloc(cx->heap, CELL_SHAPE, sizeof(Shape)); /* dies with its object */
  if (cell == NULL) return PT_ENOMEM;
  Shape *shape = (Shape *)cell;
  gc_store_value(cx->heap, cell, &shape->prototype, prototype);
  shape->transition_key = JS_UNDEFINED;
  shape->inobject_capacity = SHAPE_INOBJECT_SLOTS;
  shape->id = cx->next_shape_id++;
  shape->flags = SHAPE_FLAG_DICTIONARY | (is_array ? SHAPE_FLAG_ARRAY : 0);
  *out = shape;
  return 0;
}

/* Copies the fields a child inherits: prototype, layout, the parent's descriptors. */
static Shape *alloc_child(ObjContext *cx, Shape *from, JSValue prototype) {
  Shape *child = alloc_shape(cx, prototype, &from->cell);
  if (child == NULL) return NULL;
  gc_store_cell(cx->heap, &child->cell, &child->descriptors, from->descriptors);
  child->property_count = from->property_count;
  child->slot_count = from->slot_count;
  child->inobject_capacity = from->inobject_capacity;
  child->flags = from->flags & SHAPE_FLAG_ARRAY;
  return child;
}

/* --- descriptor tables --------------------------------------------------------------------- */

typedef struct DescriptorIndex {
  GcCell cell;
  uint32_t mask;
  uint32_t unused;
  uint16_t buckets[]; /* 0: empty, else entry + 1 */
} DescriptorIndex;

static void index_insert(DescriptorIndex *index, uint32_t hash, uint32_t entry) {
  uint32_t at = hash & index->mask;
  while (index->buckets[at] != 0) at = (at + 1) & index->mask;
  index->buckets[at] = (uint16_t)(entry + 1);
}

/* Gives a table with more than SHAPE_LINEAR_SEARCH_LIMIT entries room its hash index. */
static int build_index(Heap *heap, DescriptorTable *table) {
  uint32_t buckets = 16;
  while (buckets < table->capacity * 2) buckets *= 2;
  GcCell *cell = heap_alloc_tenured(heap, CELL_BYTES, sizeof(DescriptorIndex) + buckets * sizeof(uint16_t));
  if (cell == NULL) return PT_ENOMEM;
  DescriptorIndex *index = (DescriptorIndex *)cell;
  index->mask = buckets - 1;
  for (uint32_t i = 0; i < table->used; i++) index_insert(index, shape_key_hash(table->entries[i].key), i);
  gc_store_cell(heap, &table->cell, &table->index, cell);
  return 0;
}

/* A new table holding the first `count` entries of `from` (may be NULL), with room for at
 * least `capacity`. */
static int copy_table(Heap *heap, DescriptorTable *from, uint32_t count, uint32_t capacity,
                      DescriptorTable **out) {
  GcCell *cell = heap_alloc_tenured(heap, CELL_DESCRIPTORS,
                                    sizeof(DescriptorTable) + (size_t)capacity * sizeof(Descriptor));
  if (cell == NULL) return PT_ENOMEM;
  DescriptorTable *table = (DescriptorTable *)cell;
  table->capacity = capacity;
  for (uint32_t i = 0; i < count; i++) {
    gc_store_value(heap, cell, &table->entries[i].key, from->entries[i].key);
    table->entries[i].slot = from->entries[i].slot;
    table->entries[i].attrs = from->entries[i].attrs;
  }
  table->used = count;
  if (count > SHAPE_LINEAR_SEARCH_LIMIT) {
    int status = build_index(heap, table);
    if (status != 0) return status;
  }
  *out = table;
  return 0;
}

/* Appends key → slot + attrs to `shape`'s descriptors: in place when the shape owns the end
 * of its table and there is room, else in a copy the shape then points to. */
static int append_descriptor(Heap *heap, Shape *shape, JSValue key, uint32_t slot, uint32_t attrs) {
  DescriptorTable *table = (DescriptorTable *)shape->descriptors;
  uint32_t count = shape->property_count;
  if (table == NULL || table->used != count || table->used == table->capacity) {
    uint32_t capacity = count < 4 ? 4 : count + count / 2 + 1;
    if (capacity > SHAPE_MAX_FAST_PROPERTIES + 1) capacity = count + 1;
    DescriptorTable *copy;
    int status = copy_table(heap, table, count, capacity, &copy);
    if (status != 0) return status;
    gc_store_cell(heap, &shape->cell, &shape->descriptors, &copy->cell);
    table = copy;
  }
  Descriptor *entry = &table->entries[count];
  gc_store_value(heap, &table->cell, &entry->key, key);
  entry->slot = slot;
  entry->attrs = attrs;
  table->used = count + 1;
  if (table->index != NULL) {
    index_insert((DescriptorIndex *)table->index, shape_key_hash(key), count);
  } else if (table->used > SHAPE_LINEAR_SEARCH_LIMIT) {
    int status = build_index(heap, table);
    if (status != 0) {
      table->used = count; /* the entry is not claimed; the table stays consistent */
      return status;
    }
  }
  shape->property_count = count + 1;
  return 0;
}

int32_t shape_find(Shape *shape, JSValue key, uint32_t hash) {
  DescriptorTable *table = (DescriptorTable *)shape->descriptors;
  uint32_t count = shape->property_count;
  if (count == 0) return -1;
  if (count <= SHAPE_LINEAR_SEARCH_LIMIT || table->index == NULL) {
    for (uint32_t i = 0; i < count; i++) {
      if (js_same_bits(table->entries[i].key, key)) return (int32_t)i;
    }
    return -1;
  }
  DescriptorIndex *index = (DescriptorIndex *)table->index;
  for (uint32_t at = hash & index->mask;; at = (at + 1) & index->mask) {
    uint32_t entry = index->buckets[at];
    if (entry == 0) return -1;
    /* Keys are unique among the table's used entries: a match past `count` belongs to a
     * longer chain sharing the table, so this shape does not have the key. */
    if (js_same_bits(table->entries[entry - 1].key, key)) return entry - 1 < count ? (int32_t)(entry - 1) : -1;
  }
}

/* --- transitions --------------------------------------------------------------------------- */

static uint32_t transition_hash(uint32_t kind, JSValue key, uint32_t attrs, JSValue prototype) {
  uint32_t hash;
  if (kind == SHAPE_TRANSITION_PROTOTYPE) {
    hash = (js_is_object(prototype) ? obj_identity_hash(prototype) : 0x51ED27u) ^ attrs;
  } else {
    hash = shape_key_hash(key) * 31u + attrs * 7u;
  }
  return (hash ^ (kind * 0x9E3779B9u)) * 0x85EBCA6Bu;
}

static uint32_t child_hash(Shape *child) {
  return transition_hash(child->transition_kind, child->transition_key, child->transition_attrs,
                         child->prototype);
}

typedef struct TransitionTable {
  GcCell cell;
  uint32_t capacity; /* a power of two */
  uint32_t used;     /* slots that are not JS_HOLE, dead ones included */
  JSValue children[];
} TransitionTable;

/* The child in a slot, or NULL (never used, or the child died). */
static Shape *slot_child(JSValue slot) {
  return js_is_cell(slot) ? (Shape *)js_to_cell(slot) : NULL;
}

static Shape *find_transition(Shape *from, uint32_t kind, JSValue key, uint32_t attrs, JSValue prototype) {
  if (from->transitions == NULL) return NULL;
  TransitionTable *table = (TransitionTable *)from->transitions;
  uint32_t mask = table->capacity - 1;
  for (uint32_t at = transition_hash(kind, key, attrs, prototype) & mask;; at = (at + 1) & mask) {
    if (js_is_hole(table->children[at])) return NULL;
    Shape *child = slot_child(table->children[at]);
    if (child == NULL || child->transition_kind != kind) continue;
    if (child->transition_attrs == attrs &&
        (kind == SHAPE_TRANSITION_PROTOTYPE ? js_same_bits(child->prototype, prototype)
                                            : js_same_bits(child->transition_key, key))) {
      return child;
    }
  }
}

/* Puts a child at the first unused or dead slot of its probe sequence. */
static void place(Heap *heap, TransitionTable *table, Shape *child) {
  uint32_t mask = table->capacity - 1;
  uint32_t at = child_hash(child) & mask;
  while (slot_child(table->children[at]) != NULL) at = (at + 1) & mask;
  if (js_is_hole(table->children[at])) table->used++;
  gc_store_value(heap, &table->cell, &table->children[at], shape_value(child));
}

static int add_transition(ObjContext *cx, Shape *from, Shape *child) {
  Heap *heap = cx->heap;
  TransitionTable *table = (TransitionTable *)from->transitions;
  if (table == NULL || (table->used + 1) * 4 > table->capacity * 3) {
    /* Rebuild without the dead children, at least twice as large as the live ones. */
    uint32_t live = shape_transition_count(from);
    uint32_t capacity = 4;
    while (capacity < (live + 1) * 2) capacity *= 2;
    GcCell *cell = heap_alloc_tenured(heap, CELL_TRANSITIONS, sizeof(TransitionTable) + capacity * sizeof(JSValue));
    if (cell == NULL) return PT_ENOMEM;
    TransitionTable *fresh = (TransitionTable *)cell;
    fresh->capacity = capacity;
    for (uint32_t i = 0; i < capacity; i++) fresh->children[i] = JS_HOLE;
    for (uint32_t i = 0; table != NULL && i < table->capacity; i++) {
      Shape *existing = slot_child(table->children[i]);
      if (existing != NULL) place(heap, fresh, existing);
    }
    gc_store_cell(heap, &from->cell, &from->transitions, cell);
    table = fresh;
  }
  place(heap, table, child);
  return 0;
}

uint32_t shape_transition_count(Shape *shape) {
  if (shape->transitions == NULL) return 0;
  TransitionTable *table = (TransitionTable *)shape->transitions;
  uint32_t live = 0;
  for (uint32_t i = 0; i < table->capacity; i++) live += slot_child(table->children[i]) != NULL;
  return live;
}

/* --- the transitions themselves ------------------------------------------------------------ */

int shape_add_property(ObjContext *cx, Shape *from, JSValue key, uint32_t attrs, Shape **out) {
  Shape *child = find_transition(from, SHAPE_TRANSITION_ADD, key, attrs, JS_UNDEFINED);
  if (child != NULL) {
    *out = child;
    return 0;
  }
  child = alloc_child(cx, from, from->prototype);
  if (child == NULL) return PT_ENOMEM;
  child->transition_kind = SHAPE_TRANSITION_ADD;
  child->transition_attrs = (uint8_t)attrs;
  gc_store_value(cx->heap, &child->cell, &child->transition_key, key);
  int status = append_descriptor(cx->heap, child, key, from->slot_count, attrs);
  if (status != 0) return status;
  child->slot_count = from->slot_count + 1;
  status = add_transition(cx, from, child);
  if (status != 0) return status;
  *out = child;
  return 0;
}

int shape_reconfigure(ObjContext *cx, Shape *from, uint32_t index, uint32_t attrs, Shape **out) {
  JSValue key = shape_descriptor(from, index)->key;
  Shape *child = find_transition(from, SHAPE_TRANSITION_RECONFIGURE, key, attrs, JS_UNDEFINED);
  if (child != NULL) {
    *out = child;
    return 0;
  }
  child = alloc_child(cx, from, from->prototype);
  if (child == NULL) return PT_ENOMEM;
  child->transition_kind = SHAPE_TRANSITION_RECONFIGURE;
  child->transition_attrs = (uint8_t)attrs;
  gc_store_value(cx->heap, &child->cell, &child->transition_key, key);
  DescriptorTable *copy;
  int status = copy_table(cx->heap, (DescriptorTable *)from->descriptors, from->property_count,
                          from->property_count, &copy);
  if (status != 0) return status;
  copy->entries[index].attrs = attrs;
  gc_store_cell(cx->heap, &child->cell, &child->descriptors, &copy->cell);
  status = add_transition(cx, from, child);
  if (status != 0) return status;
  *out = child;
  return 0;
}

/* The child of `from` with this prototype; array_flag (0 or 1) says whether it is an
 * array shape, so the root can lead to both kinds with the same prototype. */
static int prototype_transition(ObjContext *cx, Shape *from, JSValue prototype, uint32_t array_flag, Shape **out) {
  Shape *child = find_transition(from, SHAPE_TRANSITION_PROTOTYPE, JS_UNDEFINED, array_flag, prototype);
  if (child != NULL) {
    *out = child;
    return 0;
  }
  child = alloc_child(cx, from, prototype);
  if (child == NULL) return PT_ENOMEM;
  child->transition_kind = SHAPE_TRANSITION_PROTOTYPE;
  child->transition_attrs = (uint8_t)array_flag;
  if (array_flag) child->flags |= SHAPE_FLAG_ARRAY;
  int status = add_transition(cx, from, child);
  if (status != 0) return status;
  *out = child;
  return 0;
}

int shape_set_prototype(ObjContext *cx, Shape *from, JSValue prototype, Shape **out) {
  if (js_same_bits(from->prototype, prototype)) {
    *out = from;
    return 0;
  }
  return prototype_transition(cx, from, prototype, (from->flags & SHAPE_FLAG_ARRAY) ? 1 : 0, out);
}

int shape_initial(ObjContext *cx, JSValue prototype, bool is_array, Shape **out) {
  Shape *root = shape_cell(cx->root_shape);
  if (js_is_object(prototype)) ((JSObject *)js_to_cell(prototype))->flags |= OBJ_FLAG_PROTOTYPE;
  if (!is_array && js_same_bits(root->prototype, prototype)) {
    *out = root;
    return 0;
  }
  return prototype_transition(cx, root, prototype, is_array ? 1 : 0, out);
}

/* --- GC ------------------------------------------------------------------------------------ */

void shape_trace(GcCell *cell, GcVisitor *visitor) {
  Shape *shape = (Shape *)cell;
  gc_visit_value(visitor, &shape->prototype);
  gc_visit_cell(visitor, &shape->parent);
  gc_visit_cell(visitor, &shape->descriptors);
  gc_visit_cell(visitor, &shape->transitions);
  gc_visit_value(visitor, &shape->transition_key);
}

void shape_trace_descriptors(GcCell *cell, GcVisitor *visitor) {
  DescriptorTable *table = (DescriptorTable *)cell;
  gc_visit_cell(visitor, &table->index);
  for (uint32_t i = 0; i < table->used; i++) gc_visit_value(visitor, &table->entries[i].key);
}

void shape_trace_transitions_weak(GcCell *cell, GcVisitor *visitor) {
  TransitionTable *table = (TransitionTable *)cell;
  gc_visit_range(visitor, table->children, table->capacity);
}
