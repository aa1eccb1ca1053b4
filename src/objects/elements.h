/* Elements: an object's array-index properties (0 … 2^32 - 2), stored apart from named ones
 * in one of three kinds (object.h, ElementsKind):
 *   packed      a CELL_SLOTS store, every position below elements_length present
 *   holey       the same store with JS_HOLE marking absent positions
 *   dictionary  a Dictionary of index → value + attributes, for sparse objects and for any
 *               element whose attributes are not PROP_DEFAULT
 * Kinds go from packed to holey to dictionary: a write far past the end (more than
 * ELEM_MAX_GAP), a store too sparse to be worth its memory, or an unusual attribute moves on.
 * A dictionary whose elements fill in (all plain, at least half the indices below the
 * largest used) goes back to a fast store.
 * Arrays keep `length` in the object; the helpers here implement the Array exotic rules
 * (10.4.2.1 ArrayDefineOwnProperty, 10.4.2.4 ArraySetLength) as C leaves.
 * Invariant: in packed and holey kinds every element is a plain data property with
 * PROP_DEFAULT, so only the dictionary kind stores attributes. */
#ifndef PETREL_OBJECTS_ELEMENTS_H
#define PETREL_OBJECTS_ELEMENTS_H

#include <stdbool.h>
#include <stdint.h>

#include "heap/heap.h"
#include "objects/object.h"

/* The largest array index, and so the largest length is this + 1. */
#define ELEM_MAX_INDEX UINT32_C(4294967294)
/* A write this far past the end of a fast store makes the elements a dictionary (V8's kMaxGap). */
#define ELEM_MAX_GAP 1024u

/* Whether element `index` exists, its value and attributes. Allocates nothing. */
bool elem_get(JSObject *object, uint32_t index, JSValue *out_value, uint32_t *out_attrs);

/* Creates or replaces element `index` with this value and attributes (array length grows
 * as needed). *out_ok is false when refused: a new index on a non-extensible object, or an
 * index at or past a read-only array length. 0 or PT_ENOMEM (nothing changed). */
int elem_define(Heap *heap, JSObject *object, uint32_t index, JSValue value, uint32_t attrs, bool *out_ok);

/* `object[index] = value` on the object itself: updates a writable data element or adds one
 * with PROP_DEFAULT; *out_ok false for read-only/accessor elements and refused additions. */
int elem_set(Heap *heap, JSObject *object, uint32_t index, JSValue value, bool *out_ok);

/* Deletes element `index`; *out_deleted is false only when it is non-configurable. */
int elem_delete(Heap *heap, JSObject *object, uint32_t index, bool *out_deleted);

/* 10.4.2.4 ArraySetLength's effect: truncates (deleting from the end, stopped by the first
 * non-configurable element, which leaves length just past it and *out_ok false) or extends.
 * A read-only length refuses any change. */
int elem_set_length(Heap *heap, JSObject *object, uint32_t new_length, bool *out_ok);

/* Moves the elements to the dictionary kind (for unusual attributes, sparse stores, and
 * freezing). 0 or PT_ENOMEM. */
int elem_to_dictionary(Heap *heap, JSObject *object);

/* The number of elements present, and their indices ascending written as numbers into
 * keys[0 … count) (the caller sized it with elem_count). */
uint32_t elem_count(JSObject *object);
void elem_write_keys(JSObject *object, JSValue *keys);

#endif
