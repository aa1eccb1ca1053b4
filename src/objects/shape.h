/* Shapes (hidden classes): what an object's named properties look like — its prototype and,
 * for each key, a slot number and attributes — shared by every object built the same way.
 *
 * Shapes form a transition tree rooted at the context's empty shape: adding a key (with
 * given attributes), changing a property's attributes, or changing the prototype leads from
 * a shape to a child, and taking the same step again from the same shape finds the same
 * child, so objects built in the same order end up with the same Shape pointer — which is
 * what inline caches compare. A parent holds its children weakly (a CELL_TRANSITIONS
 * table of weak slots): a child no object and no descendant uses dies at the next mark-compact. A child
 * holds its parent strongly (`parent`).
 *
 * Descriptors (key, slot, attributes) live in a DescriptorTable shared along a chain: a
 * child appends to its parent's table when nobody appended after the parent, else it copies.
 * A shape sees only the first `property_count` entries. Small shapes are searched linearly;
 * past SHAPE_LINEAR_SEARCH_LIMIT the table carries a hash index.
 *
 * A dictionary shape (SHAPE_FLAG_DICTIONARY) belongs to a single object whose properties
 * live in its own Dictionary (dictionary.h); it has no descriptors and no transitions, and
 * a dictionary-mode object keeps it while its properties change, so inline caches must not
 * cache own-property slots for dictionary shapes.
 *
 * Invariants: a shape never changes once created except for gaining transitions; within a
 * table's used entries every key appears once; slots are numbered in order of addition. */
#ifndef PETREL_OBJECTS_SHAPE_H
#define PETREL_OBJECTS_SHAPE_H

#include <stdbool.h>
#include <stdint.h>

#include "heap/heap.h"
#include "objects/context.h"
#include "objects/string.h"
#include "objects/symbol.h"
#include "objects/value.h"

/* Property attributes (6.1.7.1). An accessor's slot holds a CELL_ACCESSOR_PAIR value. */
enum {
  PROP_WRITABLE = 1u << 0,
  PROP_ENUMERABLE = 1u << 1,
  PROP_CONFIGURABLE = 1u << 2,
  PROP_ACCESSOR = 1u << 3,
  PROP_DEFAULT = PROP_WRITABLE | PROP_ENUMERABLE | PROP_CONFIGURABLE, /* a = 1 */
  PROP_ATTRS_MASK = 0xF
};

/* Past this many named properties an object goes to dictionary mode (V8 uses ~128 too). */
#define SHAPE_MAX_FAST_PROPERTIES 128u
/* Up to this many properties a lookup scans the descriptors; beyond, it uses a hash index. */
#define SHAPE_LINEAR_SEARCH_LIMIT 8u
/* In-object slots of an ordinary object; further properties go to the out-of-line store. */
#define SHAPE_INOBJECT_SLOTS 4u

enum {
  SHAPE_FLAG_DICTIONARY = 1u << 0,
  /* Shapes of Array objects: never shared with ordinary objects, so an inline cache keyed
   * on a shape knows whether `length` is the array's length field. Children inherit it. */
  SHAPE_FLAG_ARRAY = 1u << 1
};

/* How a shape was reached from its parent (what its transition entry matches on). */
typedef enum ShapeTransitionKind {
  SHAPE_TRANSITION_NONE = 0, /* a root or a dictionary shape */
  SHAPE_TRANSITION_ADD,      /* transition_key added with transition_attrs */
  SHAPE_TRANSITION_RECONFIGURE, /* transition_key's attributes became transition_attrs */
  SHAPE_TRANSITION_PROTOTYPE /* the prototype changed to `prototype` (transition_attrs: 1 for arrays) */
} ShapeTransitionKind;

typedef struct Shape {
  GcCell cell;
  JSValue prototype;      /* an object or null */
  GcCell *parent;         /* the shape this one was reached from; NULL for roots */
  GcCell *descriptors;    /* DescriptorTable, NULL while there are no properties */
  GcCell *transitions;    /* CELL_TRANSITIONS: children in weak slots (open addressing), or NULL */
  JSValue transition_key; /* see ShapeTransitionKind; undefined when none */
  uint32_t property_count;
  uint32_t slot_count;        /* slots in use: the next added property's slot */
  uint32_t inobject_capacity; /* slots below this are in the object, the rest out of line */
  uint32_t id;                /* unique per context, for traces; identity is the pointer */
  uint8_t flags;              /* SHAPE_FLAG_* */
  uint8_t transition_kind;    /* ShapeTransitionKind */
  uint8_t transition_attrs;
  uint8_t unused;
} Shape;

typedef struct Descriptor {
  JSValue key;    /* an atom or a symbol */
  uint32_t slot;
  uint32_t attrs; /* PROP_* */
} Descriptor;

typedef struct DescriptorTable {
  GcCell cell;
  uint32_t capacity;
  uint32_t used;   /* entries claimed by some shape; a shape appends only when this equals its count */
  GcCell *index;   /* CELL_BYTES hash index (entry + 1 per bucket), or NULL */
  Descriptor entries[];
} DescriptorTable;

/* Shapes travel as JS_TAG_CELL values when rooted; these convert both ways. */
static inline Shape *shape_cell(JSValue value) { return (Shape *)js_to_cell(value); }
static inline JSValue shape_value(Shape *shape) { return js_from_cell(JS_TAG_CELL, shape); }
/* A dictionary shape belongs to one object; its properties are in the object's Dictionary. */
static inline bool shape_is_dictionary(const Shape *shape) { return (shape->flags & SHAPE_FLAG_DICTIONARY) != 0; }
/* The i-th property (i < property_count) in order of addition. */
static inline Descriptor *shape_descriptor(Shape *shape, uint32_t i) {
  return &((DescriptorTable *)shape->descriptors)->entries[i];
}
/* The hash a property key is filed under: an atom's content hash or a symbol's hash. */
static inline uint32_t shape_key_hash(JSValue key) {
  return js_is_string(key) ? str_cell(key)->hash : symbol_hash(key);
}
/* A property key for named properties: an atom that is not an array index, or a symbol. */
bool shape_is_property_key(JSValue key);

/* A new root shape (no properties) with this prototype; the context's root uses null.
 * 0 or PT_ENOMEM. */
int shape_new_root(ObjContext *cx, JSValue prototype, Shape **out);

/* The shared initial shape of ordinary objects (or arrays) with this prototype (object or
 * null): the root's prototype transition. 0 or PT_ENOMEM. */
int shape_initial(ObjContext *cx, JSValue prototype, bool is_array, Shape **out);

/* The child that adds `key` (absent from `from`) with `attrs`: found in the transition
 * tree, or made and recorded there. `from` must not be a dictionary shape. */
int shape_add_property(ObjContext *cx, Shape *from, JSValue key, uint32_t attrs, Shape **out);

/* The child in which descriptor `index` has attributes `attrs` (same slots). */
int shape_reconfigure(ObjContext *cx, Shape *from, uint32_t index, uint32_t attrs, Shape **out);

/* The child with the same properties and a different prototype. */
int shape_set_prototype(ObjContext *cx, Shape *from, JSValue prototype, Shape **out);

/* A fresh dictionary shape for one object (an array's keeps SHAPE_FLAG_ARRAY). */
int shape_new_dictionary(ObjContext *cx, JSValue prototype, bool is_array, Shape **out);

/* The descriptor index of `key` in a non-dictionary shape, or -1. `hash` is shape_key_hash. */
int32_t shape_find(Shape *shape, JSValue key, uint32_t hash);

/* Children still alive in the transition table (dead ones are cleared by the GC). For tests
 * and the playground. */
uint32_t shape_transition_count(Shape *shape);

#endif
