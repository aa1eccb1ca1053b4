/* Objects: a JSObject cell is a shape, a fixed number of in-object slots, an out-of-line
 * slot store that grows, and an elements store for array-index keys kept apart from named
 * properties (elements.h). In fast mode the shape maps each key to a slot; in dictionary
 * mode (after a delete, or past SHAPE_MAX_FAST_PROPERTIES named properties) the object owns
 * a Dictionary of key → value + attributes and a dictionary shape of its own.
 *
 * Everything here is a C leaf intrinsic (DESIGN.md, invariant 5): it never calls JS.
 * Getters, setters and proxies are the self-hosted library's business; an accessor property
 * is stored as a CELL_ACCESSOR_PAIR value with PROP_ACCESSOR. Functions allocate but never
 * collect, so raw pointers held by a caller stay valid across them; each returns 0,
 * PT_ENOMEM (nothing changed) or PT_EINVAL (a key that is not an atom or symbol).
 *
 * Property keys are atoms (atom.h) or symbols. An atom that is an array index ("7") names
 * an element; on arrays, the context's "length" atom names the length.
 * Invariants: in fast mode, slot s of the shape lives in inobject[s] when s < inobject_count
 * and in properties[s - inobject_count] otherwise; a dictionary-mode object's shape is its
 * own and `properties` is its Dictionary. */
#ifndef PETREL_OBJECTS_OBJECT_H
#define PETREL_OBJECTS_OBJECT_H

#include <stdbool.h>
#include <stdint.h>

#include "heap/heap.h"
#include "objects/context.h"
#include "objects/shape.h"
#include "objects/value.h"

typedef enum ElementsKind {
  ELEMENTS_PACKED = 0,    /* no holes in [0, elements_length) (and, for arrays, length == elements_length) */
  ELEMENTS_HOLEY = 1,     /* a CELL_SLOTS store where JS_HOLE marks absent elements */
  ELEMENTS_DICTIONARY = 2 /* a Dictionary of index → value + attributes (sparse or unusual) */
} ElementsKind;

enum {
  OBJ_FLAG_ARRAY = 1u << 0,           /* an Array exotic object (10.4.2): has `length` */
  OBJ_FLAG_NOT_EXTENSIBLE = 1u << 1,  /* [[Extensible]] is false */
  OBJ_FLAG_LENGTH_READONLY = 1u << 2, /* arrays: `length` is not writable */
  OBJ_FLAG_PROTOTYPE = 1u << 3,       /* some shape has this object as its prototype: changes to
                                         its named properties bump cx->prototype_epoch */
  OBJ_FLAG_MODULE_NAMESPACE = 1u << 6, /* 10.4.6 module namespace: property values are binding
                                          references (obj_binding_ref_*), read through on [[Get]];
                                          [[Set]] fails, [[DefineOwnProperty]] only confirms */
  OBJ_FLAG_MAPPED_ARGUMENTS = 1u << 7, /* 10.4.4 sloppy arguments: mapped elements are binding
                                          references to the parameters' context slots */
  OBJ_ELEMENTS_KIND_SHIFT = 4,
  OBJ_ELEMENTS_KIND_MASK = 3u << 4
};

typedef struct JSObject {
  GcCell cell;
  GcCell *shape;
  GcCell *properties;       /* fast: CELL_SLOTS out-of-line slots or NULL; dictionary mode: Dictionary */
  GcCell *elements;         /* packed/holey: CELL_SLOTS (capacity = count); sparse: Dictionary; or NULL */
  uint32_t flags;           /* OBJ_FLAG_* and the ElementsKind */
  uint32_t hash;            /* identity hash: fixed at creation, survives moves */
  uint32_t length;          /* arrays: the value of `length` (0 … 2^32 - 1) */
  uint32_t elements_length; /* packed/holey: positions at or past it are holes */
  uint32_t element_count;   /* elements present (not holes) */
  uint32_t inobject_count;
  uint16_t class_id;        /* what kind of exotic or built-in object (the runtime's ObjClass) */
  uint16_t internal_count;  /* internal slots after the in-object property slots */
  JSValue inobject[];       /* inobject_count property slots, then internal_count internal slots */
} JSObject;

/* A getter/setter pair: the value of an accessor property. */
typedef struct AccessorPair {
  GcCell cell;
  JSValue getter; /* a function or undefined */
  JSValue setter;
} AccessorPair;

/* Field readers for object values; none allocates. The shape is what inline caches compare;
 * the identity hash keys identity tables (prototype transitions, later Map/WeakMap). */
static inline JSObject *obj_cell(JSValue object) { return (JSObject *)js_to_cell(object); }
static inline Shape *obj_shape(JSValue object) { return (Shape *)obj_cell(object)->shape; }
static inline uint32_t obj_identity_hash(JSValue object) { return obj_cell(object)->hash; }
static inline bool obj_is_array(JSValue object) { return (obj_cell(object)->flags & OBJ_FLAG_ARRAY) != 0; }
static inline bool obj_is_dictionary(JSValue object) { return shape_is_dictionary(obj_shape(object)); }
static inline JSValue obj_prototype(JSValue object) { return obj_shape(object)->prototype; }
static inline bool obj_is_extensible(JSValue object) {
  return (obj_cell(object)->flags & OBJ_FLAG_NOT_EXTENSIBLE) == 0;
}
/* The elements kind lives in the object, not the shape: element ICs check it there. */
static inline ElementsKind obj_elements_kind(JSObject *object) {
  return (ElementsKind)((object->flags & OBJ_ELEMENTS_KIND_MASK) >> OBJ_ELEMENTS_KIND_SHIFT);
}

/* Slot s of a fast-mode object (s from its shape's descriptor): what an inline cache that
 * matched the shape reads or writes without a lookup. The setter runs the barrier. */
static inline JSValue *obj_slot_address(JSObject *object, uint32_t slot) {
  if (slot < object->inobject_count) return &object->inobject[slot];
  return &gc_slots(object->properties)->slots[slot - object->inobject_count];
}
static inline JSValue obj_slot_get(JSObject *object, uint32_t slot) { return *obj_slot_address(object, slot); }
static inline void obj_slot_set(Heap *heap, JSObject *object, uint32_t slot, JSValue value) {
  GcCell *host = slot < object->inobject_count ? &object->cell : object->properties;
  gc_store_value(heap, host, obj_slot_address(object, slot), value);
}

/* 10.1.12 OrdinaryObjectCreate: an empty extensible object with this prototype (object or
 * null), sharing the initial shape of all such objects. */
int obj_new(ObjContext *cx, JSValue prototype, JSValue *out);

/* An object of a runtime class (functions, errors, wrappers, …) with `internal_count`
 * internal slots (undefined) that no property lookup sees: the runtime keeps a function's
 * code and scope there. */
int obj_new_internal(ObjContext *cx, JSValue prototype, uint16_t class_id, uint16_t internal_count,
                     JSValue *out);

/* Internal slot i of an object made by obj_new_internal; the setter runs the barrier. */
static inline JSValue obj_internal_get(JSValue object, uint32_t i) {
  JSObject *cell = obj_cell(object);
  return cell->inobject[cell->inobject_count + i];
}
static inline void obj_internal_set(Heap *heap, JSValue object, uint32_t i, JSValue value) {
  JSObject *cell = obj_cell(object);
  gc_store_value(heap, &cell->cell, &cell->inobject[cell->inobject_count + i], value);
}
static inline uint16_t obj_class(JSValue object) { return obj_cell(object)->class_id; }

/* 10.4.2.2 ArrayCreate: an array of this length (holes), prototype given by the caller. */
/* A reference to a module's binding: a two-slot cell [environment context, slot index].
 * Imports and module namespaces hold these, so they see the exporting module's current value
 * (or JS_HOLE while it is uninitialized). 0 or PT_ENOMEM. */
int obj_binding_ref_new(Heap *heap, JSValue context, uint32_t slot, JSValue *out);
static inline JSValue obj_binding_ref_get(JSValue ref) {
  JSValue *pair = gc_slots((GcCell *)js_to_cell(ref))->slots;
  return gc_slots((GcCell *)js_to_cell(pair[0]))->slots[js_to_int32(pair[1])];
}
static inline bool obj_is_module_namespace(JSValue object) {
  return (obj_cell(object)->flags & OBJ_FLAG_MODULE_NAMESPACE) != 0;
}

int obj_new_array(ObjContext *cx, JSValue prototype, uint32_t length, JSValue *out);

/* A getter/setter pair to store as an accessor property's value. */
int obj_accessor_pair_new(Heap *heap, JSValue getter, JSValue setter, JSValue *out);

/* 10.1.5.1 OrdinaryGetOwnProperty: whether `key` is an own property, its value (the pair for
 * accessors) and attributes. Allocates nothing. */
bool obj_get_own(ObjContext *cx, JSValue object, JSValue key, JSValue *out_value, uint32_t *out_attrs);

/* The lookup half of 10.1.8.1 OrdinaryGet: the first object on the prototype chain, from
 * `object` itself, that has `key` as an own property (its value and attributes), or false.
 * The caller runs getters. Walks ordinary objects only (no proxies yet). */
bool obj_lookup(ObjContext *cx, JSValue object, JSValue key, JSValue *out_holder, JSValue *out_value,
                uint32_t *out_attrs);

/* Creates or replaces an own property with exactly this value and attributes (the "apply"
 * half of ValidateAndApplyPropertyDescriptor; validation is the caller's). *out_ok is false
 * when the object refuses: a new key on a non-extensible object, an index at or past a
 * read-only array length, or an invalid array length change. */
int obj_define_own(ObjContext *cx, JSValue object, JSValue key, JSValue value, uint32_t attrs, bool *out_ok);

/* The own-property part of `object[key] = value` (10.1.9.2 OrdinarySetWithOwnDescriptor
 * when the property is own or absent everywhere): updates a writable data property, or adds
 * one with PROP_DEFAULT. *out_ok is false for read-only or accessor properties and for new
 * keys the object refuses. */
int obj_set_own(ObjContext *cx, JSValue object, JSValue key, JSValue value, bool *out_ok);

/* 10.1.10.1 OrdinaryDelete: *out_deleted is false only for a non-configurable property. */
int obj_delete(ObjContext *cx, JSValue object, JSValue key, bool *out_deleted);

/* 10.1.2.1 OrdinarySetPrototypeOf: false when not extensible or when it would make a cycle
 * (walked through ordinary objects only). The object gets a new shape. */
int obj_set_prototype(ObjContext *cx, JSValue object, JSValue prototype, bool *out_ok);

/* 10.1.4.1 OrdinaryPreventExtensions. */
void obj_prevent_extensions(JSValue object);

/* 10.1.11.1 OrdinaryOwnPropertyKeys: a new CELL_SLOTS list of the own keys — array indices
 * ascending (as numbers, not strings), then string keys in insertion order (an array's
 * "length" first), then symbols in insertion order (private symbols left out). */
int obj_own_keys(ObjContext *cx, JSValue object, JSValue *out_list);

/* Switches to dictionary mode (what delete does); for freezing and for tests. */
int obj_to_dictionary(ObjContext *cx, JSValue object);

/* Named properties currently stored (not elements): for tests and tracing. */
uint32_t obj_named_count(JSValue object);

#endif
