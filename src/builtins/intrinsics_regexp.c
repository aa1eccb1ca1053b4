/* RegExp objects (ECMA-262 22.2.3-22.2.7) over the engine in src/regexp/: creating and
 * initializing them, and RegExpBuiltinExec's match step. The spec glue that may run user code
 * (lastIndex, exec lookups, Symbol.replace, …) is src/lib/55_regexp.js.
 *
 * A RegExp object (CLASS_REGEXP) holds its [[OriginalSource]] and [[OriginalFlags]] strings,
 * the flag bits, and a ticket into the VM's program cache. Compiled programs are malloc'd by
 * the engine, so no heap cell owns one: the cache (per VM, keyed by source and flags, a fixed
 * number of entries) does, and frees them when an entry is replaced or the VM ends. An
 * object's ticket is the stamp of the entry it last used; when the entry still carries that
 * stamp the program is found without comparing sources, otherwise the lookup compares the
 * source and, on a miss, compiles again (the source and flags determine the program). */
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "builtins/builtins.h"
#include "objects/atom.h"
#include "objects/elements.h"
#include "objects/object.h"
#include "regexp/regexp.h"

/* Internal slots of a RegExp object. SOURCE is undefined until RegExpInitialize ran. */
enum { RX_SLOT_SOURCE, RX_SLOT_FLAGS, RX_SLOT_FLAG_BITS, RX_SLOT_TICKET, RX_SLOT_COUNT };

/* --- the program cache -------------------------------------------------------------------- */

enum { RX_CACHE_SIZE = 256 }; /* two-way: a key may sit in slot h or h ^ 1 */

typedef struct RxCacheEntry {
  uint16_t *pattern; /* malloc'd copy of the source (the key, with flags) */
  uint32_t length, flags;
  uint64_t stamp;     /* unique per insertion (an object's ticket); never reused */
  uint64_t last_used; /* the victim of a miss is the less recently used of the two slots */
  ReProgram *program; /* NULL: the entry is empty */
} RxCacheEntry;

struct RegExpCache {
  RxCacheEntry entries[RX_CACHE_SIZE];
  uint64_t clock;
};

void bi_regexp_cache_free(Vm *vm) {
  RegExpCache *cache = vm->regexp_cache;
  if (cache == NULL) return;
  for (uint32_t i = 0; i < RX_CACHE_SIZE; i++) {
    free(cache->entries[i].pattern);
    if (cache->entries[i].program != NULL) re_free(cache->entries[i].program);
  }
  free(cache);
  vm->regexp_cache = NULL;
}

/* The pattern's units as a malloc'd UTF-16 buffer (NULL when out of memory; a zero-length
 * pattern still gets a buffer). */
static uint16_t *units_of(StrView view) {
  uint16_t *units = malloc((view.length ? view.length : 1) * sizeof *units);
  if (units == NULL) return NULL;
  for (uint32_t i = 0; i < view.length; i++) units[i] = str_view_at(view, i);
  return units;
}

static bool same_units(const uint16_t *units, StrView view) {
  if (view.one_byte != NULL) {
    for (uint32_t i = 0; i < view.length; i++) {
      if (units[i] != view.one_byte[i]) return false;
    }
    return true;
  }
  return memcmp(units, view.two_byte, view.length * sizeof *units) == 0;
}

/* Throws V8's SyntaxError for a pattern that did not compile. */
static int throw_pattern_error(Vm *vm, const uint16_t *pattern, size_t length, uint32_t flags, const ReError *error) {
  size_t needed = re_error_message(pattern, length, flags, error, NULL, 0);
  uint16_t *text = malloc((needed ? needed : 1) * sizeof *text);
  if (text == NULL) return PT_ENOMEM;
  re_error_message(pattern, length, flags, error, text, needed);
  JSValue message, exception;
  int status = str_from_utf16(vm->heap, text, needed, &message);
  free(text);
  if (status == 0) status = vm_new_error(vm, ERROR_SYNTAX, message, &exception);
  if (status != 0) return bi_status(vm, status);
  return vm_throw_value(vm, exception);
}

/* The program for (source, flags): from the cache, else compiled into it. *ticket is the
 * caller's ticket (0: none), updated to the entry's stamp. A pattern that does not compile is
 * a SyntaxError (VM_EXCEPTION). */
static int program_for(Vm *vm, JSValue source, uint32_t flags, double *ticket, ReProgram **out) {
  if (vm->regexp_cache == NULL) {
    vm->regexp_cache = calloc(1, sizeof *vm->regexp_cache);
    if (vm->regexp_cache == NULL) return PT_ENOMEM;
  }
  RegExpCache *cache = vm->regexp_cache;
  uint32_t hash;
  int status = str_hash(vm->heap, source, &hash);
  if (status != 0) return bi_status(vm, status);
  uint32_t slot = (hash ^ (flags * 0x9E3779B1u)) % RX_CACHE_SIZE;
  RxCacheEntry *pair[2] = {&cache->entries[slot], &cache->entries[slot ^ 1]};
  cache->clock++;
  for (int i = 0; i < 2; i++) {
    if (pair[i]->program != NULL && *ticket != 0 && (double)pair[i]->stamp == *ticket) {
      pair[i]->last_used = cache->clock;
      *out = pair[i]->program;
      return 0;
    }
  }
  StrView view;
  status = bi_view(vm, source, &view);
  if (status != 0) return status;
  for (int i = 0; i < 2; i++) {
    RxCacheEntry *entry = pair[i];
    if (entry->program != NULL && entry->flags == flags && entry->length == view.length &&
        same_units(entry->pattern, view)) {
      entry->last_used = cache->clock;
      *ticket = (double)entry->stamp;
      *out = entry->program;
      return 0;
    }
  }
  uint16_t *pattern = units_of(view);
  if (pattern == NULL) return PT_ENOMEM;
  ReProgram *program;
  ReError error;
  int result = re_compile(pattern, view.length, flags, &program, &error);
  if (result == RE_SYNTAX_ERROR) {
    status = throw_pattern_error(vm, pattern, view.length, flags, &error);
    free(pattern);
    return status;
  }
  if (result != RE_OK) {
    free(pattern);
    return PT_ENOMEM;
  }
  RxCacheEntry *entry = pair[0]->last_used <= pair[1]->last_used ? pair[0] : pair[1];
  free(entry->pattern);
  if (entry->program != NULL) re_free(entry->program);
  *entry = (RxCacheEntry){pattern, view.length, flags, cache->clock, cache->clock, program};
  *ticket = (double)entry->stamp;
  *out = program;
  return 0;
}

/* An object's ticket slot as a number (0: none). */
static double ticket_of(JSValue regexp) {
  JSValue value = obj_internal_get(regexp, RX_SLOT_TICKET);
  return js_is_number(value) ? js_number_value(value) : 0;
}

/* --- flags ---------------------------------------------------------------------------------- */

static const char FLAG_LETTERS[] = "dgimsuvy"; /* in RE_FLAG_* bit order */

/* The flag bits of a flags string, or -1 when it has an unknown or repeated letter, or both u
 * and v (22.2.3.1 RegExpInitialize, steps 5-6). */
static int64_t parse_flags(StrView view) {
  uint32_t bits = 0;
  for (uint32_t i = 0; i < view.length; i++) {
    uint16_t unit = str_view_at(view, i);
    const char *letter = unit < 128 && unit != 0 ? strchr(FLAG_LETTERS, (char)unit) : NULL;
    if (letter == NULL) return -1;
    uint32_t bit = 1u << (letter - FLAG_LETTERS);
    if (bits & bit) return -1;
    bits |= bit;
  }
  if ((bits & RE_FLAG_UNICODE) && (bits & RE_FLAG_UNICODE_SETS)) return -1;
  return bits;
}

static int throw_flags_error(Vm *vm, JSValue flags) {
  JSValue prefix, suffix, message, exception;
  int status = bi_cstring(vm, "Invalid flags supplied to RegExp constructor '", &prefix);
  if (status == 0) status = str_concat(vm->heap, prefix, flags, &message);
  if (status == 0) status = bi_cstring(vm, "'", &suffix);
  if (status == 0) status = str_concat(vm->heap, message, suffix, &message);
  if (status == 0) status = vm_new_error(vm, ERROR_SYNTAX, message, &exception);
  if (status != 0) return bi_status(vm, status);
  return vm_throw_value(vm, exception);
}

/* Sets an allocated RegExp's slots from pattern and flags strings (both already ToString'd):
 * RegExpInitialize's steps 5-14 except setting lastIndex. */
static int initialize(Vm *vm, JSValue regexp, JSValue pattern, JSValue flags) {
  StrView view;
  int status = bi_view(vm, flags, &view);
  if (status != 0) return status;
  int64_t bits = parse_flags(view);
  if (bits < 0) return throw_flags_error(vm, flags);
  double ticket = 0;
  ReProgram *program;
  status = program_for(vm, pattern, (uint32_t)bits, &ticket, &program);
  if (status != 0) return status;
  obj_internal_set(vm->heap, regexp, RX_SLOT_SOURCE, pattern);
  obj_internal_set(vm->heap, regexp, RX_SLOT_FLAGS, flags);
  obj_internal_set(vm->heap, regexp, RX_SLOT_FLAG_BITS, js_from_int32((int32_t)bits));
  obj_internal_set(vm->heap, regexp, RX_SLOT_TICKET, js_from_number(ticket));
  return 0;
}

/* 22.2.3.2 RegExpAlloc's object: the class, its slots, and lastIndex (writable, not
 * enumerable, not configurable) holding `last_index`. */
static int alloc_regexp(Vm *vm, JSValue prototype, JSValue last_index, JSValue *out) {
  JSValue regexp;
  int status = obj_new_internal(vm->cx, prototype, CLASS_REGEXP, RX_SLOT_COUNT, &regexp);
  if (status != 0) return status;
  bool ok;
  status = obj_define_own(vm->cx, regexp, vm->atoms[ATOM_lastIndex], last_index, PROP_WRITABLE, &ok);
  if (status != 0) return bi_status(vm, status);
  *out = regexp;
  return 0;
}

static bool is_initialized_regexp(JSValue value) {
  return js_is_object(value) && obj_class(value) == CLASS_REGEXP &&
         obj_cell(value)->internal_count >= RX_SLOT_COUNT && js_is_string(obj_internal_get(value, RX_SLOT_SOURCE));
}

/* --- intrinsics ----------------------------------------------------------------------------- */

/* (pattern, flags): 22.2.3.1 RegExpCreate for strings — a RegExp literal's evaluation and the
 * String.prototype methods' — with %RegExp.prototype% and lastIndex 0. */
int intrinsic_RegExpCreate(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue pattern = bi_arg(args, argc, 0), flags = bi_arg(args, argc, 1);
  if (!js_is_string(pattern) || !js_is_string(flags)) return vm_throw(vm, ERROR_TYPE, "RegExpCreate: expected strings");
  JSValue prototype = vm->roots[VM_ROOT_REGEXP_PROTOTYPE];
  if (!js_is_object(prototype)) prototype = vm->roots[VM_ROOT_OBJECT_PROTOTYPE];
  JSValue regexp;
  int status = alloc_regexp(vm, prototype, js_from_int32(0), &regexp);
  if (status == 0) status = initialize(vm, regexp, pattern, flags);
  if (status != 0) return status;
  *out = regexp;
  return 0;
}

/* (prototype): 22.2.3.2 RegExpAlloc — an uninitialized RegExp, lastIndex undefined. */
int intrinsic_RegExpAlloc(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue prototype = bi_arg(args, argc, 0);
  if (!js_is_object(prototype) && !js_is_null(prototype)) return vm_throw(vm, ERROR_TYPE, "RegExpAlloc: bad prototype");
  return alloc_regexp(vm, prototype, JS_UNDEFINED, out);
}

/* (regexp, pattern, flags): 22.2.3.3 RegExpInitialize steps 5-14 on an object from
 * $RegExpAlloc (pattern and flags already strings); SyntaxError for bad flags or pattern.
 * The library sets lastIndex. */
int intrinsic_RegExpInitialize(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue regexp = bi_arg(args, argc, 0), pattern = bi_arg(args, argc, 1), flags = bi_arg(args, argc, 2);
  if (!js_is_object(regexp) || obj_class(regexp) != CLASS_REGEXP || !js_is_string(pattern) || !js_is_string(flags)) {
    return vm_throw(vm, ERROR_TYPE, "RegExpInitialize: bad arguments");
  }
  int status = initialize(vm, regexp, pattern, flags);
  if (status != 0) return status;
  *out = regexp;
  return 0;
}

/* (value, what): an initialized RegExp's [[OriginalSource]] (0), [[OriginalFlags]] (1), flag
 * bits (2, RE_FLAG_*) or number of named groups (3); undefined for anything else (the
 * library's brand check). */
int intrinsic_RegExpSlot(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue regexp = bi_arg(args, argc, 0), what = bi_arg(args, argc, 1);
  *out = JS_UNDEFINED;
  if (!is_initialized_regexp(regexp) || !js_is_int32(what)) return 0;
  int32_t slot = js_to_int32(what);
  if (slot >= RX_SLOT_SOURCE && slot <= RX_SLOT_FLAG_BITS) *out = obj_internal_get(regexp, (uint32_t)slot);
  if (slot == 3) {
    /* the number of named groups */
    uint32_t flags = (uint32_t)js_to_int32(obj_internal_get(regexp, RX_SLOT_FLAG_BITS));
    double ticket = ticket_of(regexp);
    ReProgram *program;
    int status = program_for(vm, obj_internal_get(regexp, RX_SLOT_SOURCE), flags, &ticket, &program);
    if (status != 0) return status;
    obj_internal_set(vm->heap, regexp, RX_SLOT_TICKET, js_from_number(ticket));
    *out = js_from_int32((int32_t)re_named_group_count(program));
  }
  return 0;
}

/* (value, exec) → whether value is an initialized RegExp whose "exec" property resolves,
 * through data properties of ordinary lookups (no proxy on the way), to `exec` (the library
 * passes %RegExp.prototype.exec%): the condition of the library's fast paths. */
int intrinsic_RegExpHasBuiltinExec(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue regexp = bi_arg(args, argc, 0), exec = bi_arg(args, argc, 1);
  *out = JS_FALSE;
  if (!is_initialized_regexp(regexp)) return 0;
  JSValue key = vm->atoms[ATOM_exec];
  for (JSValue o = regexp; js_is_object(o); o = obj_prototype(o)) {
    if (obj_class(o) == CLASS_PROXY || obj_class(o) == CLASS_STRING) return 0;
    JSValue value;
    uint32_t attrs;
    if (obj_get_own(vm->cx, o, key, &value, &attrs)) {
      *out = js_from_bool(!(attrs & PROP_ACCESSOR) && js_same_bits(value, exec));
      return 0;
    }
  }
  return 0;
}

/* Defines a named data property on a fresh object (no setters, no failure but memory). */
static int define(Vm *vm, JSValue object, JSValue key, JSValue value) {
  bool ok;
  return bi_status(vm, obj_define_own(vm->cx, object, key, value, PROP_DEFAULT, &ok));
}

/* Capture k of subject as a string, or undefined. */
static int capture_value(Vm *vm, JSValue subject, const int32_t *captures, uint32_t k, JSValue *out) {
  int32_t start = captures[2 * k], end = captures[2 * k + 1];
  if (start < 0 || end < 0) {
    *out = JS_UNDEFINED;
    return 0;
  }
  if (start == 0 && (uint32_t)end == str_length(subject)) {
    *out = subject;
    return 0;
  }
  return bi_status(vm, str_substring(vm->heap, subject, (uint32_t)start, (uint32_t)end, out));
}

/* The groups object of a match: null prototype, one property per named group, in capture
 * order, holding values[capture index]. */
static int groups_object(Vm *vm, const ReProgram *program, const JSValue *values, JSValue *out) {
  JSValue groups;
  int status = obj_new(vm->cx, JS_NULL, &groups);
  uint32_t count = re_named_group_count(program);
  for (uint32_t i = 0; i < count && status == 0; i++) {
    size_t length;
    uint32_t capture;
    const uint16_t *name = re_named_group(program, i, &length, &capture);
    JSValue key;
    status = str_from_utf16(vm->heap, name, length, &key);
    if (status == 0) status = atom_intern(vm->cx->atoms, key, &key);
    if (status == 0) status = define(vm, groups, key, values[capture]);
  }
  if (status != 0) return bi_status(vm, status);
  *out = groups;
  return 0;
}

/* One run of the matcher: R's program (compiled with R's flags, `drop_flags` removed) on
 * subject from `start`. Returns RE_MATCH with *out_captures (2 per group, -1 unmatched;
 * free it with free_captures), RE_NO_MATCH, or an error status. */
typedef struct Match {
  ReProgram *program;
  int32_t *captures;
  uint32_t group_count;
  int32_t small[32];
} Match;

static void free_captures(Match *match) {
  if (match->captures != match->small) free(match->captures);
  match->captures = NULL;
}

static int run_match(Vm *vm, JSValue regexp, JSValue subject, double start, uint32_t drop_flags, Match *match,
                     bool *out_matched) {
  *out_matched = false;
  match->captures = NULL;
  uint32_t flags = (uint32_t)js_to_int32(obj_internal_get(regexp, RX_SLOT_FLAG_BITS));
  uint32_t wanted = flags & ~drop_flags;
  double ticket = wanted == flags ? ticket_of(regexp) : 0;
  int status = program_for(vm, obj_internal_get(regexp, RX_SLOT_SOURCE), wanted, &ticket, &match->program);
  if (status != 0) return status;
  if (wanted == flags) obj_internal_set(vm->heap, regexp, RX_SLOT_TICKET, js_from_number(ticket));
  StrView view;
  status = bi_view(vm, subject, &view);
  if (status != 0) return status;
  if (!(start >= 0) || start > (double)view.length) return 0;
  match->group_count = re_capture_count(match->program) + 1;
  match->captures = 2 * match->group_count <= 32 ? match->small : malloc(2 * match->group_count * sizeof(int32_t));
  if (match->captures == NULL) return PT_ENOMEM;
  const void *units = view.one_byte != NULL ? (const void *)view.one_byte : (const void *)view.two_byte;
  int result = re_exec(match->program, units, view.length, view.one_byte == NULL, (size_t)start, match->captures, NULL);
  if (result == RE_MATCH) {
    *out_matched = true;
    return 0;
  }
  free_captures(match);
  if (result == RE_NO_MATCH) return 0;
  return vm_throw(vm, ERROR_RANGE, "Maximum call stack size exceeded");
}

/* The common checks of the exec intrinsics: an initialized RegExp, a string, a number. */
static int exec_arguments(Vm *vm, JSValue *args, uint32_t argc, const char *who) {
  if (!is_initialized_regexp(bi_arg(args, argc, 0)) || !js_is_string(bi_arg(args, argc, 1)) ||
      !js_is_number(bi_arg(args, argc, 2))) {
    return vm_throw(vm, ERROR_TYPE, "%s: bad arguments", who);
  }
  return 0;
}

/* (regexp, string, lastIndex) → the match array of 22.2.7.2 RegExpBuiltinExec (index, input,
 * groups, and indices with d) or null. lastIndex is an integer in [0, length]; the library
 * reads and writes the lastIndex property around this call. */
int intrinsic_RegExpExec(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  int status = exec_arguments(vm, args, argc, "RegExpExec");
  if (status != 0) return status;
  JSValue regexp = args[0], subject = args[1];
  uint32_t flags = (uint32_t)js_to_int32(obj_internal_get(regexp, RX_SLOT_FLAG_BITS));
  Match match;
  bool matched;
  status = run_match(vm, regexp, subject, js_number_value(args[2]), 0, &match, &matched);
  if (status != 0 || !matched) {
    *out = JS_NULL;
    return status;
  }
  ReProgram *program = match.program;
  const int32_t *captures = match.captures;
  uint32_t group_count = match.group_count;

  /* Steps 20-35: the array, index, input, the captures, groups and indices. */
  JSValue array, groups = JS_UNDEFINED;
  JSValue *values = malloc(group_count * sizeof *values);
  if (values == NULL) status = PT_ENOMEM;
  if (status == 0) status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &array);
  if (status == 0) status = define(vm, array, vm->atoms[ATOM_index], js_from_int32(captures[0]));
  if (status == 0) status = define(vm, array, vm->atoms[ATOM_input], subject);
  for (uint32_t k = 0; k < group_count && status == 0; k++) {
    status = capture_value(vm, subject, captures, k, &values[k]);
    if (status == 0) status = bi_array_append(vm, array, values[k]);
  }
  bool has_groups = re_named_group_count(program) > 0;
  if (status == 0 && has_groups) status = groups_object(vm, program, values, &groups);
  if (status == 0) status = define(vm, array, vm->atoms[ATOM_groups], groups);
  if (status == 0 && (flags & RE_FLAG_HAS_INDICES)) {
    /* 22.2.7.8 MakeMatchIndicesIndexPairArray */
    JSValue indices, index_groups = JS_UNDEFINED;
    status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &indices);
    for (uint32_t k = 0; k < group_count && status == 0; k++) {
      values[k] = JS_UNDEFINED;
      if (captures[2 * k] >= 0 && captures[2 * k + 1] >= 0) {
        JSValue pair[2] = {js_from_int32(captures[2 * k]), js_from_int32(captures[2 * k + 1])};
        status = bi_array_of(vm, pair, 2, &values[k]);
      }
      if (status == 0) status = bi_array_append(vm, indices, values[k]);
    }
    if (status == 0 && has_groups) status = groups_object(vm, program, values, &index_groups);
    if (status == 0) status = define(vm, indices, vm->atoms[ATOM_groups], index_groups);
    if (status == 0) status = define(vm, array, vm->atoms[ATOM_indices], indices);
  }
  free(values);
  free_captures(&match);
  if (status != 0) return status;
  *out = array;
  return 0;
}

/* (regexp, string, index, sticky) → the capture positions [start0, end0, start1, …] (-1 for
 * an unmatched group) of a match from index, or null. sticky false searches on even for a
 * sticky RegExp. No lastIndex, no match array: the library's fast paths for RegExps whose
 * exec is the built-in one, where skipping the array cannot be observed. */
int intrinsic_RegExpMatchFrom(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  int status = exec_arguments(vm, args, argc, "RegExpMatchFrom");
  if (status != 0) return status;
  Match match;
  bool matched;
  uint32_t drop = js_is_bool(bi_arg(args, argc, 3)) && !js_to_bool(args[3]) ? RE_FLAG_STICKY : 0;
  status = run_match(vm, args[0], args[1], js_number_value(args[2]), drop, &match, &matched);
  if (status != 0 || !matched) {
    *out = JS_NULL;
    return status;
  }
  JSValue array;
  status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &array);
  for (uint32_t i = 0; i < 2 * match.group_count && status == 0; i++) {
    status = bi_array_append(vm, array, js_from_int32(match.captures[i]));
  }
  free_captures(&match);
  if (status != 0) return status;
  *out = array;
  return 0;
}

/* (regexp, string, fullUnicode) → every match of a global RegExp whose exec is the built-in
 * one, as @@replace and @@match collect them (22.2.6.11 steps 9-12): lastIndex from 0, each
 * match's end next, an empty match advancing by AdvanceStringIndex. The result is
 * [groupCount, start0, end0, …] with 2 * groupCount positions per match; the library sets
 * lastIndex to 0 afterwards, as the last, failing exec would. */
int intrinsic_RegExpExecAll(Vm *vm, JSValue *args, uint32_t argc, JSValue *out) {
  JSValue regexp = bi_arg(args, argc, 0), subject = bi_arg(args, argc, 1);
  if (!is_initialized_regexp(regexp) || !js_is_string(subject)) {
    return vm_throw(vm, ERROR_TYPE, "RegExpExecAll: bad arguments");
  }
  bool full_unicode = js_is_bool(bi_arg(args, argc, 2)) && js_to_bool(args[2]);
  JSValue array;
  int status = obj_new_array(vm->cx, vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &array);
  if (status == 0) status = bi_array_append(vm, array, js_from_int32(0));
  uint32_t length = str_length(subject);
  double last_index = 0;
  while (status == 0 && last_index <= length) {
    Match match;
    bool matched;
    status = run_match(vm, regexp, subject, last_index, 0, &match, &matched);
    if (status != 0 || !matched) break;
    bool ok;
    status = elem_define(vm->heap, obj_cell(array), 0, js_from_int32((int32_t)match.group_count), PROP_DEFAULT, &ok);
    for (uint32_t i = 0; i < 2 * match.group_count && status == 0; i++) {
      status = bi_array_append(vm, array, js_from_int32(match.captures[i]));
    }
    int32_t start = match.captures[0], end = match.captures[1];
    free_captures(&match);
    last_index = end;
    if (start == end) {
      /* 22.2.7.3 AdvanceStringIndex */
      uint16_t unit, next;
      if (!full_unicode || end + 1 >= (int32_t)length) {
        last_index = end + 1;
      } else if ((status = str_char_code_at(vm->heap, subject, (uint32_t)end, &unit)) == 0 &&
                 (status = str_char_code_at(vm->heap, subject, (uint32_t)end + 1, &next)) == 0) {
        last_index = end + (unit >= 0xD800 && unit <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF ? 2 : 1);
      }
      status = bi_status(vm, status);
    }
  }
  if (status != 0) return status;
  *out = array;
  return 0;
}
