/* Modules (16.2.1.6 Source Text Module Records): compiles a module's body and describes its
 * static record for the loader in src/lib/75_module.js, which links and evaluates modules.
 *
 * The record is a JS array, so the self-hosted loader reads it without special intrinsics:
 *   [0] requests          [[specifier, attributes], ...]: 16.2.1.3 ModuleRequests in source order,
 *                         without repeats; attributes a flat [key, value, ...] array
 *   [1] imports           flat [request, importName or null (namespace), slot, ...]
 *   [2] local exports     flat [exportName, slot, ...]
 *   [3] indirect exports  flat [exportName, request, importName or null (export * as x), ...]
 *   [4] star exports      [request, ...]
 *   [5] has top-level await
 *   [6] the import.meta binding's slot, or -1
 * "slot" is a slot of the module's context (every top-level binding of a module lives there),
 * "request" an index into [0]. */
#include <string.h>

#include "base/errors.h"
#include "compiler/compiler_internal.h"
#include "objects/elements.h"
#include "objects/object.h"
#include "objects/string.h"

typedef struct RecordBuilder {
  Compiler *c;
  Scope *scope;         /* the module's top-level scope */
  JSValue lists[5];
  Node **requests;      /* the statements of [0]'s entries, to find repeats */
  uint32_t request_count, request_capacity;
} RecordBuilder;

static void push(RecordBuilder *b, uint32_t list, JSValue value) {
  if (b->c->status != 0) return;
  JSObject *array = obj_cell(b->lists[list]);
  bool ok;
  int status = elem_define(b->c->vm->heap, array, array->length, value, PROP_DEFAULT, &ok);
  if (status != 0) b->c->status = status;
}

static JSValue string_of(RecordBuilder *b, const char *text, uint32_t length) {
  JSValue value = JS_UNDEFINED;
  if (b->c->status != 0) return value;
  int status = str_from_utf8(b->c->vm->heap, text, length, &value);
  if (status != 0) b->c->status = status;
  return value;
}

static JSValue new_array(RecordBuilder *b) {
  JSValue array = JS_UNDEFINED;
  if (b->c->status != 0) return array;
  int status = obj_new_array(b->c->vm->cx, b->c->vm->roots[VM_ROOT_ARRAY_PROTOTYPE], 0, &array);
  if (status != 0) b->c->status = status;
  return array;
}

static bool same_string(const Node *a, const Node *b) {
  return a->name_length == b->name_length && memcmp(a->name, b->name, a->name_length) == 0;
}

/* Two requests are one when specifier and attributes agree (16.2.1.3 ModuleRequestsEqual). */
static bool same_request(const Node *a, const Node *a_attributes, const Node *b, const Node *b_attributes) {
  if (!same_string(a, b)) return false;
  uint32_t a_count = 0, b_count = 0;
  if (a_attributes) for (Node *x = a_attributes->list.first; x; x = x->next) a_count++;
  if (b_attributes) for (Node *x = b_attributes->list.first; x; x = x->next) b_count++;
  if (a_count != b_count) return false;
  if (a_count == 0) return true;
  for (Node *x = a_attributes->list.first; x; x = x->next) {
    bool found = false;
    for (Node *y = b_attributes->list.first; y && !found; y = y->next) {
      found = same_string(x->a, y->a) && same_string(x->b, y->b);
    }
    if (!found) return false;
  }
  return true;
}

/* The index of a module request in [0], adding it the first time. */
static JSValue request_of(RecordBuilder *b, Node *statement, Node *source, Node *attributes) {
  for (uint32_t i = 0; i < b->request_count; i++) {
    Node *s = b->requests[i];
    if (same_request(s->a, s->c, source, attributes)) return js_from_int32((int32_t)i);
  }
  if (b->request_count == b->request_capacity) {
    uint32_t capacity = b->request_capacity ? b->request_capacity * 2 : 16;
    Node **grown = arena_alloc(b->c->arena_ptr, capacity * sizeof *grown);
    if (grown == NULL) {
      b->c->status = PT_ENOMEM;
      return js_from_int32(0);
    }
    if (b->request_count) memcpy(grown, b->requests, b->request_count * sizeof *grown);
    b->requests = grown;
    b->request_capacity = capacity;
  }
  b->requests[b->request_count++] = statement;
  JSValue pair = new_array(b), attribute_list = JS_NULL;
  if (attributes != NULL && attributes->list.first != NULL) {
    attribute_list = new_array(b);
    JSValue saved = b->lists[0];
    b->lists[0] = attribute_list;
    for (Node *x = attributes->list.first; x; x = x->next) {
      push(b, 0, string_of(b, x->a->name, x->a->name_length));
      push(b, 0, string_of(b, x->b->name, x->b->name_length));
    }
    b->lists[0] = saved;
  }
  JSValue saved = b->lists[0];
  b->lists[0] = pair;
  push(b, 0, string_of(b, source->name, source->name_length));
  push(b, 0, attribute_list);
  b->lists[0] = saved;
  push(b, 0, pair);
  return js_from_int32((int32_t)(b->request_count - 1));
}

static JSValue slot_of(RecordBuilder *b, const char *name, uint32_t length, const Node *where) {
  Variable *v = scope_find_local(b->scope, name, length);
  if (v == NULL || v->location != LOC_CONTEXT) {
    comp_error(b->c, where, "internal error: module binding '%.*s' has no slot", (int)length, name);
    return js_from_int32(0);
  }
  return js_from_int32((int32_t)v->index);
}

static void local_export(RecordBuilder *b, const char *export_name, uint32_t export_length, const char *local,
                         uint32_t local_length, const Node *where) {
  push(b, 2, string_of(b, export_name, export_length));
  push(b, 2, slot_of(b, local, local_length, where));
}

static void export_pattern_names(RecordBuilder *b, Node *target) {
  if (target == NULL) return;
  switch (target->kind) {
    case NODE_IDENTIFIER: local_export(b, target->name, target->name_length, target->name, target->name_length, target); break;
    case NODE_ASSIGN_PATTERN:
    case NODE_ASSIGN:
    case NODE_REST:
    case NODE_SPREAD: export_pattern_names(b, target->a); break;
    case NODE_ARRAY_PATTERN:
    case NODE_ARRAY:
      for (Node *e = target->list.first; e; e = e->next) export_pattern_names(b, e);
      break;
    case NODE_OBJECT_PATTERN:
    case NODE_OBJECT:
      for (Node *p = target->list.first; p; p = p->next) export_pattern_names(b, p->kind == NODE_PROPERTY ? p->b : p);
      break;
    default: break;
  }
}

/* The import declaration that binds `local`, and its specifier, if any. */
static Node *import_of(Node *program, const Node *local, Node **out_statement) {
  for (Node *s = program->list.first; s; s = s->next) {
    if (s->kind != NODE_IMPORT) continue;
    for (Node *spec = s->list.first; spec; spec = spec->next) {
      if (same_string(spec->b, local)) {
        *out_statement = s;
        return spec;
      }
    }
  }
  return NULL;
}

static JSValue import_name_of(RecordBuilder *b, Node *spec) {
  if (spec->op == TOK_STAR) return JS_NULL;
  if (spec->a == NULL) return string_of(b, "default", 7);
  return string_of(b, spec->a->name, spec->a->name_length);
}

/* 16.2.1.6.1 ParseModule steps 4-10 (entries) over the module's statements. */
static void build_record(RecordBuilder *b, Node *program) {
  for (Node *s = program->list.first; s; s = s->next) {
    switch (s->kind) {
      case NODE_IMPORT: {
        JSValue request = request_of(b, s, s->a, s->c);
        for (Node *spec = s->list.first; spec; spec = spec->next) {
          push(b, 1, request);
          push(b, 1, import_name_of(b, spec));
          push(b, 1, slot_of(b, spec->b->name, spec->b->name_length, spec));
        }
        break;
      }
      case NODE_EXPORT_ALL: {
        JSValue request = request_of(b, s, s->a, s->c);
        if (s->b == NULL) {
          push(b, 4, request);
        } else {
          push(b, 3, string_of(b, s->b->name, s->b->name_length));
          push(b, 3, request);
          push(b, 3, JS_NULL);
        }
        break;
      }
      case NODE_EXPORT_DEFAULT: {
        Node *d = s->a;
        bool named = (d->kind == NODE_FUNCTION || d->kind == NODE_CLASS) && (d->flags & NODE_DECLARATION) && d->a;
        if (named) local_export(b, "default", 7, d->a->name, d->a->name_length, d);
        else local_export(b, "default", 7, "*default*", 9, d);
        break;
      }
      case NODE_EXPORT_NAMED: {
        Node *d = s->b;
        if (d != NULL) {
          if (d->kind == NODE_VAR_DECL) {
            for (Node *decl = d->list.first; decl; decl = decl->next) export_pattern_names(b, decl->a);
          } else if (d->a != NULL) {
            local_export(b, d->a->name, d->a->name_length, d->a->name, d->a->name_length, d);
          }
          break;
        }
        JSValue request = s->a ? request_of(b, s, s->a, s->c) : JS_UNDEFINED;
        for (Node *spec = s->list.first; spec; spec = spec->next) {
          if (s->a != NULL) {
            push(b, 3, string_of(b, spec->b->name, spec->b->name_length));
            push(b, 3, request);
            push(b, 3, string_of(b, spec->a->name, spec->a->name_length));
            continue;
          }
          Node *import_statement = NULL;
          Node *import = import_of(program, spec->a, &import_statement);
          if (import != NULL) {
            /* re-exporting an import: an indirect export of what it imports (step 10.a.ii;
             * a namespace import re-exported is `export * as name`, as test262 expects) */
            push(b, 3, string_of(b, spec->b->name, spec->b->name_length));
            push(b, 3, request_of(b, import_statement, import_statement->a, import_statement->c));
            push(b, 3, import_name_of(b, import));
          } else {
            local_export(b, spec->b->name, spec->b->name_length, spec->a->name, spec->a->name_length, spec);
          }
        }
        break;
      }
      default: break;
    }
  }
}

int comp_compile_module(Vm *vm, Script *script, Node *program, JSValue *out_code, JSValue *out_record) {
  /* The code first: scope analysis lays out the context slots the record names. */
  Compiler c = {.vm = vm, .script = script, .source = script_text(script), .goal = COMPILE_MODULE,
                .completion_register = -1};
  c.arena_ptr = arena_new(0);
  if (c.arena_ptr == NULL) return PT_ENOMEM;
  int status = comp_compile_module_code(&c, program, out_code);
  if (status == 0) {
    FunctionInfo *info = function_of(&c, program);
    RecordBuilder b = {.c = &c, .scope = info->scope};
    JSValue record = new_array(&b);
    for (int i = 0; i < 5; i++) b.lists[i] = new_array(&b);
    build_record(&b, program);
    Variable *meta = scope_find_local(info->scope, "%meta", 5);
    JSValue saved = b.lists[0];
    b.lists[0] = record;
    for (int i = 0; i < 5; i++) push(&b, 0, i == 0 ? saved : b.lists[i]);
    push(&b, 0, js_from_bool(info->has_top_level_await));
    push(&b, 0, js_from_int32(meta ? (int32_t)meta->index : -1));
    status = c.status;
    *out_record = record;
  }
  arena_free(c.arena_ptr);
  return status;
}
