/* Inline caches for named loads and stores: see ic.h. The interpreter asks first; a miss
 * takes the generic path and then tells the cache what that path found, which the cache
 * keeps only when a later hit can repeat it exactly (a fast-mode data property, found on the
 * receiver or on a prototype whose chain is guarded by the prototype epoch). */
#include "interp/ic.h"

#include <stdlib.h>

#include "base/out.h"
#include "objects/object.h"
#include "objects/shape.h"
#include "objects/string.h"

enum { STUB_CACHE_SIZE = 1024 };

typedef struct StubEntry {
  JSValue shape, key, holder; /* holder: undefined (own), an object (prototype) or a shape (transition) */
  uint32_t slot, epoch;
} StubEntry;

struct StubCache {
  StubEntry loads[STUB_CACHE_SIZE];
  StubEntry stores[STUB_CACHE_SIZE];
};

static const char *const state_names[] = {"UNINITIALIZED", "MONOMORPHIC", "POLYMORPHIC", "MEGAMORPHIC"};

/* --- the stub cache ----------------------------------------------------------------------- */

static void visit_stub_cache(GcVisitor *visitor, void *data) {
  StubCache *cache = data;
  for (uint32_t i = 0; i < STUB_CACHE_SIZE; i++) {
    StubEntry *tables[2] = {&cache->loads[i], &cache->stores[i]};
    for (int t = 0; t < 2; t++) {
      gc_visit_value(visitor, &tables[t]->shape);
      gc_visit_value(visitor, &tables[t]->key);
      gc_visit_value(visitor, &tables[t]->holder);
    }
  }
}

int ic_stub_cache_new(Vm *vm) {
  StubCache *cache = malloc(sizeof *cache);
  if (cache == NULL) return -12;
  for (uint32_t i = 0; i < STUB_CACHE_SIZE; i++) {
    cache->loads[i] = (StubEntry){JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED, 0, 0};
    cache->stores[i] = cache->loads[i];
  }
  int status = heap_add_root_provider(vm->heap, visit_stub_cache, cache);
  if (status != 0) {
    free(cache);
    return status;
  }
  vm->stub_cache = cache;
  return 0;
}

void ic_stub_cache_free(Vm *vm) {
  if (vm->stub_cache == NULL) return;
  heap_remove_root_provider(vm->heap, visit_stub_cache, vm->stub_cache);
  free(vm->stub_cache);
  vm->stub_cache = NULL;
}

/* A (shape, key) bucket; entries go stale when cells move, which only costs a miss. */
static StubEntry *stub_entry(StubEntry *table, JSValue shape, JSValue key) {
  uintptr_t mix = (uintptr_t)(shape.bits >> 3) * 31u + (uintptr_t)(key.bits >> 3);
  return &table[(mix ^ (mix >> 10)) & (STUB_CACHE_SIZE - 1)];
}

/* --- feedback slots -------------------------------------------------------------------------- */

static JSValue *ic_values(FunctionCode *code, uint32_t slot) { return &gc_slots(code->feedback)->slots[slot]; }

static void ic_state(JSValue *ic, IcState *state, uint32_t *count) {
  int32_t word = js_is_int32(ic[0]) ? js_to_int32(ic[0]) : 0;
  *state = (IcState)(word & 0xFF);
  *count = (uint32_t)word >> 8;
}

static void trace(Vm *vm, FunctionCode *code, uint32_t pc, const char *kind, JSValue key, IcState from, IcState to,
                  Shape *shape) {
  if (!vm->options.trace_ic || (code->flags & CODE_LIBRARY)) return;
  Script *script = (Script *)code->script;
  uint32_t line, column;
  script_line_column(script, code_source_offset(code, pc), &line, &column);
  char *file = vm_string_to_cstring(vm, script->name);
  char *name = js_is_string(code->name) && str_length(code->name) ? vm_string_to_cstring(vm, code->name) : NULL;
  char *key_text = js_is_string(key) ? vm_string_to_cstring(vm, key) : NULL;
  out_printf(OUT_STDERR, "[%s in %s at %s:%u:%u] '%s' state: %s \xE2\x86\x92 %s (shape #%u)\n", kind,
             name ? name : "(anonymous)", file ? file : "?", line, column, key_text ? key_text : "<symbol>",
             state_names[from], state_names[to], shape->id);
  free(file);
  free(name);
  free(key_text);
}

/* Adds or replaces the entry for `shape`; past IC_MAX_SHAPES shapes the site goes megamorphic. */
static void record(Vm *vm, FunctionCode *code, uint32_t slot, uint32_t pc, const char *kind, JSValue key,
                   Shape *shape, JSValue holder, uint32_t property_slot, bool is_store) {
  GcCell *host = code->feedback;
  JSValue *ic = ic_values(code, slot);
  IcState state;
  uint32_t count;
  ic_state(ic, &state, &count);
  JSValue shape_value_ = shape_value(shape);
  uint32_t epoch = vm->cx->prototype_epoch;
  if (state == IC_MEGAMORPHIC) {
    StubEntry *entry = stub_entry(is_store ? vm->stub_cache->stores : vm->stub_cache->loads, shape_value_, key);
    *entry = (StubEntry){shape_value_, key, holder, property_slot, epoch};
    return;
  }
  uint32_t index = count;
  for (uint32_t i = 0; i < count; i++) {
    if (js_same_bits(ic[1 + i * IC_ENTRY_SIZE], shape_value_)) index = i;
  }
  IcState next = state;
  if (index == count) {
    if (count == IC_MAX_SHAPES) {
      next = IC_MEGAMORPHIC;
      for (uint32_t i = 0; i < IC_SLOT_SIZE - 1; i++) ic[1 + i] = JS_UNDEFINED;
      ic[0] = js_from_int32(IC_MEGAMORPHIC);
      trace(vm, code, pc, kind, key, state, next, shape);
      record(vm, code, slot, pc, kind, key, shape, holder, property_slot, is_store);
      return;
    }
    count++;
    next = count == 1 ? IC_MONOMORPHIC : IC_POLYMORPHIC;
  }
  JSValue *entry = &ic[1 + index * IC_ENTRY_SIZE];
  gc_store_value(vm->heap, host, &entry[0], shape_value_);
  gc_store_value(vm->heap, host, &entry[1], holder);
  entry[2] = js_from_int32((int32_t)property_slot);
  entry[3] = js_from_int32((int32_t)epoch);
  ic[0] = js_from_int32((int32_t)(next | (count << 8)));
  if (next != state) trace(vm, code, pc, kind, key, state, next, shape);
}

/* --- loads ---------------------------------------------------------------------------------------- */

static bool read_entry(Vm *vm, JSObject *receiver, JSValue holder, uint32_t slot, uint32_t epoch, JSValue *out) {
  if (js_is_undefined(holder)) {
    *out = obj_slot_get(receiver, slot);
    return true;
  }
  if (epoch != vm->cx->prototype_epoch) return false;
  *out = obj_slot_get(obj_cell(holder), slot);
  return true;
}

/* The site's entry for the receiver's shape (or the stub cache's, once megamorphic). */
static bool find_entry(Vm *vm, FunctionCode *code, uint32_t slot, JSObject *object, JSValue key, bool is_store,
                       JSValue *holder, uint32_t *property_slot, uint32_t *epoch) {
  JSValue shape = shape_value((Shape *)object->shape);
  JSValue *ic = ic_values(code, slot);
  IcState state;
  uint32_t count;
  ic_state(ic, &state, &count);
  if (state == IC_MEGAMORPHIC) {
    StubEntry *entry = stub_entry(is_store ? vm->stub_cache->stores : vm->stub_cache->loads, shape, key);
    if (!js_same_bits(entry->shape, shape) || !js_same_bits(entry->key, key)) return false;
    *holder = entry->holder;
    *property_slot = entry->slot;
    *epoch = entry->epoch;
    return true;
  }
  for (uint32_t i = 0; i < count; i++) {
    JSValue *entry = &ic[1 + i * IC_ENTRY_SIZE];
    if (js_same_bits(entry[0], shape)) {
      *holder = entry[1];
      *property_slot = (uint32_t)js_to_int32(entry[2]);
      *epoch = (uint32_t)js_to_int32(entry[3]);
      return true;
    }
  }
  return false;
}

bool ic_load(Vm *vm, FunctionCode *code, uint32_t slot, JSValue receiver, JSValue key, JSValue *out) {
  if (!js_is_object(receiver) || code->feedback == NULL) return false;
  JSValue holder;
  uint32_t property_slot, epoch;
  return find_entry(vm, code, slot, obj_cell(receiver), key, false, &holder, &property_slot, &epoch) &&
         read_entry(vm, obj_cell(receiver), holder, property_slot, epoch, out);
}

void ic_load_miss(Vm *vm, FunctionCode *code, uint32_t slot, uint32_t pc, JSValue receiver, JSValue key) {
  if (!js_is_object(receiver) || code->feedback == NULL || !shape_is_property_key(key)) return;
  Shape *receiver_shape = obj_shape(receiver);
  if (shape_is_dictionary(receiver_shape) || obj_class(receiver) == CLASS_PROXY) return;
  uint32_t hash = shape_key_hash(key);
  for (JSValue object = receiver; js_is_object(object); object = obj_prototype(object)) {
    Shape *shape = obj_shape(object);
    if (shape_is_dictionary(shape) || obj_class(object) == CLASS_PROXY) return;
    if (obj_class(object) == CLASS_STRING) return; /* index properties come from the string */
    int32_t index = shape_find(shape, key, hash);
    if (index < 0) continue;
    Descriptor *descriptor = shape_descriptor(shape, (uint32_t)index);
    if (descriptor->attrs & PROP_ACCESSOR) return;
    record(vm, code, slot, pc, "LoadIC", key, receiver_shape, js_same_bits(object, receiver) ? JS_UNDEFINED : object,
           descriptor->slot, false);
    return;
  }
}

/* --- stores ------------------------------------------------------------------------------------------ */

static bool write_entry(Vm *vm, JSObject *receiver, JSValue holder, uint32_t slot, uint32_t epoch, JSValue value) {
  if (js_is_undefined(holder)) {
    obj_slot_set(vm->heap, receiver, slot, value);
    return true;
  }
  /* a transition: the same step the generic path took, if the object can take it now */
  if (epoch != vm->cx->prototype_epoch || (receiver->flags & OBJ_FLAG_NOT_EXTENSIBLE)) return false;
  bool fits = slot < receiver->inobject_count ||
              (receiver->properties != NULL && slot - receiver->inobject_count < gc_slots(receiver->properties)->count);
  if (!fits) return false;
  if (receiver->flags & OBJ_FLAG_PROTOTYPE) vm->cx->prototype_epoch++;
  gc_store_cell(vm->heap, &receiver->cell, &receiver->shape, (GcCell *)js_to_cell(holder));
  obj_slot_set(vm->heap, receiver, slot, value);
  return true;
}

bool ic_store(Vm *vm, FunctionCode *code, uint32_t slot, JSValue receiver, JSValue key, JSValue value) {
  if (!js_is_object(receiver) || code->feedback == NULL) return false;
  JSValue holder;
  uint32_t property_slot, epoch;
  return find_entry(vm, code, slot, obj_cell(receiver), key, true, &holder, &property_slot, &epoch) &&
         write_entry(vm, obj_cell(receiver), holder, property_slot, epoch, value);
}

void ic_store_miss(Vm *vm, FunctionCode *code, uint32_t slot, uint32_t pc, JSValue receiver, JSValue key,
                   Shape *shape_before) {
  if (!js_is_object(receiver) || code->feedback == NULL || !shape_is_property_key(key)) return;
  Shape *shape = obj_shape(receiver);
  if (shape_is_dictionary(shape) || shape_is_dictionary(shape_before) || obj_class(receiver) == CLASS_PROXY) return;
  int32_t index = shape_find(shape, key, shape_key_hash(key));
  if (index < 0) return;
  Descriptor *descriptor = shape_descriptor(shape, (uint32_t)index);
  if ((descriptor->attrs & PROP_ACCESSOR) || !(descriptor->attrs & PROP_WRITABLE)) return;
  if (shape == shape_before) {
    record(vm, code, slot, pc, "StoreIC", key, shape, JS_UNDEFINED, descriptor->slot, true);
  } else if ((Shape *)shape->parent == shape_before && shape->transition_kind == SHAPE_TRANSITION_ADD &&
             js_same_bits(shape->transition_key, key) && descriptor->attrs == PROP_DEFAULT) {
    record(vm, code, slot, pc, "StoreIC", key, shape_before, shape_value(shape), descriptor->slot, true);
  }
}
