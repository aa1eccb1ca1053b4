/* The VM's lifetime and shared services: the realm's first objects, the root provider that
 * shows the GC every frame and register, errors and their V8-format stacks, and compiling
 * scripts. The dispatch loop is interp.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errors.h"
#include "builtins/builtins.h"
#include "compiler/compiler.h"
#include "interp/bytecode.h"
#include "interp/ic.h"
#include "interp/library.h"
#include "interp/vm.h"
#include "objects/atom.h"
#include "objects/bigint_cell.h"
#include "objects/object.h"
#include "objects/string.h"
#include "objects/symbol.h"
#include "parser/parser.h"

enum { VM_DEFAULT_STACK_SLOTS = 1u << 20, VM_WELL_KNOWN_SYMBOLS = 16 };

/* Every frame's registers and arguments lie in [stack, sp); the frames' own fields and the
 * named roots complete the set. */
static void visit_roots(GcVisitor *visitor, void *data) {
  Vm *vm = data;
  gc_visit_range(visitor, vm->stack, (size_t)(vm->sp - vm->stack));
  for (uint32_t i = 0; i < vm->frame_count; i++) {
    Frame *frame = &vm->frames[i];
    gc_visit_value(visitor, &frame->function);
    gc_visit_value(visitor, &frame->context);
    gc_visit_value(visitor, &frame->new_target);
    gc_visit_value(visitor, &frame->acc);
  }
  gc_visit_range(visitor, vm->roots, VM_ROOT_COUNT);
  gc_visit_range(visitor, vm->atoms, ATOM_COUNT);
  gc_visit_value(visitor, &vm->exception);
  gc_visit_value(visitor, &vm->entry_result);
  gc_visit_value(visitor, &vm->call_site_name);
  gc_visit_value(visitor, &vm->throw_function);
  if (vm->symbols) gc_visit_range(visitor, vm->symbols, VM_WELL_KNOWN_SYMBOLS);
}

int vm_new(const HeapConfig *heap_config, const VmOptions *options, Vm **out) {
  bytecode_init();
  Vm *vm = calloc(1, sizeof *vm);
  if (vm == NULL) return PT_ENOMEM;
  vm->options = *options;
  uint32_t slots = options->stack_size ? options->stack_size : VM_DEFAULT_STACK_SLOTS;
  vm->stack = calloc(slots, sizeof(JSValue));
  vm->frame_capacity = slots / 16;
  vm->frames = calloc(vm->frame_capacity, sizeof(Frame));
  vm->symbols = calloc(VM_WELL_KNOWN_SYMBOLS, sizeof(JSValue));
  if (vm->stack == NULL || vm->frames == NULL || vm->symbols == NULL) {
    vm_free(vm);
    return PT_ENOMEM;
  }
  vm->stack_end = vm->stack + slots;
  vm->sp = vm->stack;
  vm->exception = JS_UNDEFINED;
  vm->throw_function = JS_UNDEFINED;
  vm->entry_result = JS_UNDEFINED;
  vm->call_site_name = JS_UNDEFINED;
  for (uint32_t i = 0; i < VM_ROOT_COUNT; i++) vm->roots[i] = JS_UNDEFINED;
  for (uint32_t i = 0; i < ATOM_COUNT; i++) vm->atoms[i] = JS_UNDEFINED;
  for (uint32_t i = 0; i < VM_WELL_KNOWN_SYMBOLS; i++) vm->symbols[i] = JS_UNDEFINED;
  int status = heap_new(heap_config, &vm->heap);
  if (status == 0) status = obj_context_new(vm->heap, &vm->cx);
  if (status == 0) status = heap_add_root_provider(vm->heap, visit_roots, vm);
  if (status == 0) status = ic_stub_cache_new(vm);
  if (status != 0) {
    vm_free(vm);
    return status;
  }
  /* The first objects: what the library needs to exist before it can run (DESIGN: the rest
   * of the realm is self-hosted). */
  static const char *const atom_names[ATOM_COUNT] = {
#define ATOM(name) #name,
#include "interp/atoms.def"
  };
  for (uint32_t i = 0; i < ATOM_COUNT && status == 0; i++) status = vm_atom(vm, atom_names[i], &vm->atoms[i]);
  JSValue *roots = vm->roots;
  if (status == 0) status = str_from_cstring(vm->heap, "", &roots[VM_ROOT_EMPTY_STRING]);
  if (status == 0) status = obj_new(vm->cx, JS_NULL, &roots[VM_ROOT_OBJECT_PROTOTYPE]);
  if (status == 0) {
    status = obj_new_internal(vm->cx, roots[VM_ROOT_OBJECT_PROTOTYPE], CLASS_FUNCTION, FN_SLOT_COUNT,
                              &roots[VM_ROOT_FUNCTION_PROTOTYPE]);
  }
  if (status == 0) status = obj_new_array(vm->cx, roots[VM_ROOT_OBJECT_PROTOTYPE], 0, &roots[VM_ROOT_ARRAY_PROTOTYPE]);
  if (status == 0) status = obj_new(vm->cx, roots[VM_ROOT_OBJECT_PROTOTYPE], &roots[VM_ROOT_GLOBAL]);
  if (status == 0) status = obj_new(vm->cx, JS_NULL, &roots[VM_ROOT_GLOBAL_LEXICALS]);
  if (status == 0 && !options->no_library) status = library_load(vm);
  if (status != 0) {
    if (status == VM_EXCEPTION) {
      char *text = vm_format_uncaught(vm, vm->exception);
      fprintf(stderr, "petrel: the library failed to start (an engine bug):\n%s\n", text ? text : "?");
      free(text);
    }
    vm_free(vm);
    return status;
  }
  *out = vm;
  return 0;
}

void vm_free(Vm *vm) {
  if (vm == NULL) return;
  if (vm->heap != NULL) {
    heap_remove_root_provider(vm->heap, visit_roots, vm);
    ic_stub_cache_free(vm);
    bi_regexp_cache_free(vm);
    if (vm->cx != NULL) obj_context_free(vm->cx);
    heap_free(vm->heap);
  }
  free(vm->stack);
  free(vm->frames);
  free(vm->symbols);
  free(vm);
}

/* --- strings and messages ----------------------------------------------------------------------- */

int vm_atom(Vm *vm, const char *text, JSValue *out) { return atom_from_cstring(vm->cx->atoms, text, out); }

char *vm_string_to_cstring(Vm *vm, JSValue string) {
  if (!js_is_string(string)) return NULL;
  char *bytes = NULL;
  size_t length = 0;
  if (str_to_utf8(vm->heap, string, false, &bytes, &length) != 0) return NULL;
  return bytes;
}

/* --- errors ----------------------------------------------------------------------------------- */

static const char *const error_names[ERROR_KIND_COUNT] = {
    "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"};
static const VmRoot error_prototypes[ERROR_KIND_COUNT] = {
    VM_ROOT_ERROR_PROTOTYPE, VM_ROOT_EVAL_ERROR_PROTOTYPE, VM_ROOT_RANGE_ERROR_PROTOTYPE,
    VM_ROOT_REFERENCE_ERROR_PROTOTYPE, VM_ROOT_SYNTAX_ERROR_PROTOTYPE, VM_ROOT_TYPE_ERROR_PROTOTYPE,
    VM_ROOT_URI_ERROR_PROTOTYPE};

static int define_hidden(Vm *vm, JSValue object, const char *key, JSValue value) {
  JSValue atom;
  bool ok;
  int status = vm_atom(vm, key, &atom);
  if (status == 0) status = obj_define_own(vm->cx, object, atom, value, PROP_WRITABLE | PROP_CONFIGURABLE, &ok);
  return status;
}

int vm_new_error(Vm *vm, ErrorKind kind, JSValue message, JSValue *out) {
  JSValue prototype = vm->roots[error_prototypes[kind]];
  if (!js_is_object(prototype)) prototype = vm->roots[VM_ROOT_OBJECT_PROTOTYPE];
  JSValue error, stack, header, name, text;
  int status = obj_new_internal(vm->cx, prototype, CLASS_ERROR, 0, &error);
  if (status == 0) status = define_hidden(vm, error, "message", message);
  /* stack = "Name: message" + the frames */
  if (status == 0) status = vm_capture_stack(vm, &stack);
  if (status == 0) status = str_from_cstring(vm->heap, error_names[kind], &name);
  if (status == 0) status = str_from_cstring(vm->heap, ": ", &text);
  if (status == 0) status = str_concat(vm->heap, name, text, &header);
  if (status == 0) status = str_concat(vm->heap, header, message, &header);
  if (status == 0) status = str_concat(vm->heap, header, stack, &header);
  if (status == 0) status = define_hidden(vm, error, "stack", header);
  if (status == 0) *out = error;
  return status;
}

int vm_throw_value(Vm *vm, JSValue value) {
  vm->exception = value;
  return VM_EXCEPTION;
}

int vm_throw(Vm *vm, ErrorKind kind, const char *format, ...) {
  char message[1024];
  va_list args;
  va_start(args, format);
  vsnprintf(message, sizeof message, format, args);
  va_end(args);
  JSValue text, error;
  int status = str_from_utf8(vm->heap, message, strlen(message), &text);
  if (status == 0) status = vm_new_error(vm, kind, text, &error);
  if (status != 0) return status;
  return vm_throw_value(vm, error);
}

/* "    at name (file:line:col)" per frame, innermost first, library frames left out. */
int vm_capture_stack(Vm *vm, JSValue *out) {
  char buffer[4096];
  size_t used = 0;
  buffer[0] = 0;
  uint32_t shown = 0;
  for (uint32_t i = vm->frame_count; i-- > 0 && shown < 10;) {
    Frame *frame = &vm->frames[i];
    if (!js_is_object(frame->function)) continue;
    JSValue code_value_ = obj_internal_get(frame->function, FN_SLOT_CODE);
    if (js_tag(code_value_) != JS_TAG_CELL) continue;
    FunctionCode *code = code_cell(code_value_);
    if (code->flags & CODE_LIBRARY) continue;
    Script *script = (Script *)code->script;
    uint32_t line, column;
    /* a frame below the top waits at the instruction after its call */
    uint32_t site = i + 1 < vm->frame_count && frame->pc > 0 ? frame->pc - 1 : frame->pc;
    script_line_column(script, code_source_offset(code, site), &line, &column);
    char *file = vm_string_to_cstring(vm, script->name);
    char *name = str_length(code->name) ? vm_string_to_cstring(vm, code->name) : NULL;
    int n;
    /* a module's body shows as its bare location, as in node */
    bool top = (code->flags & CODE_SCRIPT) != 0 && !(code->flags & CODE_GENERATOR);
    if (name != NULL && !top) {
      n = snprintf(buffer + used, sizeof buffer - used, "\n    at %s%s%s (%s:%u:%u)",
                   (frame->flags & FRAME_CONSTRUCT) ? "new " : "", "", name, file ? file : "?", line, column);
    } else if (top && vm->frame_count > 0) {
      n = snprintf(buffer + used, sizeof buffer - used, "\n    at %s%s:%u:%u%s", top ? "Object.<anonymous> (" : "",
                   file ? file : "?", line, column, top ? ")" : "");
    } else {
      n = snprintf(buffer + used, sizeof buffer - used, "\n    at %s:%u:%u", file ? file : "?", line, column);
    }
    free(file);
    free(name);
    if (n < 0 || (size_t)n >= sizeof buffer - used) break;
    used += (size_t)n;
    shown++;
  }
  return str_from_utf8(vm->heap, buffer, used, out);
}

int vm_describe(Vm *vm, JSValue value, JSValue *out) {
  char text[64];
  if (js_is_string(value)) {
    *out = value;
    return 0;
  }
  if (js_is_undefined(value)) return str_from_cstring(vm->heap, "undefined", out);
  if (js_is_null(value)) return str_from_cstring(vm->heap, "null", out);
  if (js_is_bool(value)) return str_from_cstring(vm->heap, js_to_bool(value) ? "true" : "false", out);
  if (js_is_int32(value)) {
    snprintf(text, sizeof text, "%d", js_to_int32(value));
    return str_from_cstring(vm->heap, text, out);
  }
  if (js_is_double(value)) {
    snprintf(text, sizeof text, "%.17g", js_to_double(value));
    return str_from_cstring(vm->heap, text, out);
  }
  if (js_is_symbol(value)) {
    /* Symbol(description), as String(symbol) shows it */
    JSValue description = symbol_description(value), open, close;
    if (!js_is_string(description)) return str_from_cstring(vm->heap, "Symbol()", out);
    int status = str_from_cstring(vm->heap, "Symbol(", &open);
    if (status == 0) status = str_from_cstring(vm->heap, ")", &close);
    if (status == 0) status = str_concat(vm->heap, open, description, out);
    if (status == 0) status = str_concat(vm->heap, *out, close, out);
    return status;
  }
  if (js_is_object(value)) {
    uint16_t class_id = obj_class(value);
    if (class_id == CLASS_FUNCTION) {
      JSValue code = obj_internal_get(value, FN_SLOT_CODE);
      if (js_tag(code) == JS_TAG_CELL) {
        *out = code_cell(code)->name;
        return 0;
      }
    }
    return str_from_cstring(vm->heap, obj_is_array(value) ? "[object Array]" : "#<Object>", out);
  }
  if (js_is_bigint(value)) return bigint_cell_to_string(vm->heap, value, 10, out);
  return str_from_cstring(vm->heap, "value", out);
}

/* --- compiling ----------------------------------------------------------------------------------- */

static int new_script(Vm *vm, const char *name, const char *source, size_t length, Script **out) {
  GcCell *cell = heap_alloc_tenured(vm->heap, CELL_SCRIPT, sizeof(Script));
  GcCell *text = heap_alloc_slots(vm->heap, 0, (uint32_t)length + 1, true);
  JSValue name_value;
  if (cell == NULL || text == NULL || str_from_cstring(vm->heap, name, &name_value) != 0) return PT_ENOMEM;
  memcpy(gc_slots_raw(text), source, length);
  Script *script = (Script *)cell;
  gc_store_cell(vm->heap, cell, &script->source, text);
  gc_store_value(vm->heap, cell, &script->name, name_value);
  script->length = (uint32_t)length;
  script->id = ++vm->next_script_id;
  *out = script;
  return 0;
}

int vm_compile(Vm *vm, const char *name, const char *source, size_t length, int goal, bool is_module,
               JSValue *out_code) {
  Arena *arena = arena_new(0);
  if (arena == NULL) return PT_ENOMEM;
  ParseOptions options = {.is_module = is_module, .function_body = goal == COMPILE_FUNCTION_BODY,
                          .strict = goal == COMPILE_LIBRARY};
  ParseError error;
  Node *program = parse_program(source, length, &options, arena, &error);
  int status;
  if (program == NULL && goal == COMPILE_EVAL) {
    status = vm_throw(vm, ERROR_SYNTAX, "%s", error.message); /* as V8: eval errors carry no position */
  } else if (program == NULL) {
    status = vm_throw(vm, ERROR_SYNTAX, "%s (%s:%u:%u)", error.message, name, error.line, error.column + 1);
  } else {
    Script *script;
    status = new_script(vm, name, source, length, &script);
    if (status == 0) status = comp_compile_program(vm, script, program, (CompileGoal)goal, out_code);
  }
  arena_free(arena);
  return status;
}

int vm_compile_module(Vm *vm, const char *name, const char *source, size_t length, JSValue *out_code,
                      JSValue *out_record) {
  Arena *arena = arena_new(0);
  if (arena == NULL) return PT_ENOMEM;
  ParseOptions options = {.is_module = true};
  ParseError error;
  Node *program = parse_program(source, length, &options, arena, &error);
  int status;
  if (program == NULL) {
    status = vm_throw(vm, ERROR_SYNTAX, "%s (%s:%u:%u)", error.message, name, error.line, error.column + 1);
  } else {
    Script *script;
    status = new_script(vm, name, source, length, &script);
    if (status == 0) status = comp_compile_module(vm, script, program, out_code, out_record);
  }
  arena_free(arena);
  return status;
}

/* Whether a parsed dynamic-function text is exactly the one function it was built as. */
static bool dynamic_function_whole(Node *program, int kind, size_t length, size_t brace) {
  Node *statement = program->list.first;
  Node *function = statement && statement->kind == NODE_EXPRESSION_STMT ? statement->a : NULL;
  return statement != NULL && statement->next == NULL && function != NULL && function->kind == NODE_FUNCTION &&
         function->start == 1 && function->end == length - 1 && function->b != NULL && function->b->start == brace &&
         (kind & 3) == ((function->flags & NODE_GENERATOR ? 1 : 0) | (function->flags & NODE_ASYNC ? 2 : 0));
}

/* The joined text "(prefix anonymous(P\n) {\nbody\n})"; *out_brace is the body's "{". */
static char *dynamic_function_text(const char *prefix, const char *params, size_t params_length, const char *body,
                                   size_t body_length, size_t *out_length, size_t *out_brace) {
  size_t prefix_length = strlen(prefix) + strlen(" anonymous(");
  size_t brace = 1 + prefix_length + params_length + 3; /* "(" prefix " anonymous(" P "\n) " */
  size_t length = brace + 2 + body_length + 3;
  char *text = malloc(length + 1);
  if (text == NULL) return NULL;
  snprintf(text, length + 1, "(%s anonymous(", prefix);
  memcpy(text + 1 + prefix_length, params, params_length);
  memcpy(text + 1 + prefix_length + params_length, "\n) {\n", 5);
  memcpy(text + brace + 2, body, body_length);
  memcpy(text + brace + 2 + body_length, "\n})", 3);
  text[length] = '\0';
  *out_length = length;
  *out_brace = brace;
  return text;
}

/* Whether a parameter text has a ")" that would close the list (outside brackets, strings
 * and comments): V8's "Arg string terminates parameters early". */
static bool params_close_early(const char *p, size_t n) {
  int depth = 0;
  for (size_t i = 0; i < n; i++) {
    char c = p[i];
    if (c == '/' && i + 1 < n && p[i + 1] == '/') {
      while (i < n && p[i] != '\n') i++;
    } else if (c == '/' && i + 1 < n && p[i + 1] == '*') {
      for (i += 2; i + 1 < n && !(p[i] == '*' && p[i + 1] == '/'); i++) {}
      i++;
    } else if (c == '\'' || c == '"' || c == '`') {
      for (i++; i < n && p[i] != c; i++) if (p[i] == '\\') i++;
    } else if (c == '(' || c == '[' || c == '{') {
      depth++;
    } else if (c == ']' || c == '}') {
      depth--;
    } else if (c == ')') {
      if (depth == 0) return true;
      depth--;
    }
  }
  return false;
}

/* V8's message for parameters that do not stand alone: with an empty body, the parameter
 * text alone either fails to parse (its own error) or closes the list early. NULL when the
 * parameters are fine (the body is at fault). */
static const char *dynamic_params_problem(const char *prefix, const char *params, size_t params_length,
                                          int kind, ParseError *error) {
  size_t length, brace;
  char *text = dynamic_function_text(prefix, params, params_length, "", 0, &length, &brace);
  Arena *arena = text ? arena_new(0) : NULL;
  const char *problem = NULL;
  if (arena != NULL) {
    ParseOptions options = {0};
    Node *program = parse_program(text, length, &options, arena, error);
    if (program == NULL) problem = params_close_early(params, params_length) ? "Arg string terminates parameters early" : error->message;
    else if (!dynamic_function_whole(program, kind, length, brace)) problem = "Arg string terminates parameters early";
    arena_free(arena);
  }
  free(text);
  return problem;
}

int vm_compile_dynamic_function(Vm *vm, int kind, const char *params, size_t params_length, const char *body,
                                size_t body_length, JSValue *out_code) {
  static const char *const prefixes[] = {"function", "function*", "async function", "async function*"};
  const char *prefix = prefixes[kind & 3];
  /* 20.2.1.1.1 CreateDynamicFunction step 15: P and the body joined as the source text */
  size_t length, brace;
  char *text = dynamic_function_text(prefix, params, params_length, body, body_length, &length, &brace);
  if (text == NULL) return PT_ENOMEM;
  Arena *arena = arena_new(0);
  if (arena == NULL) {
    free(text);
    return PT_ENOMEM;
  }
  ParseOptions options = {0};
  ParseError error;
  Node *program = parse_program(text, length, &options, arena, &error);
  int status;
  /* Steps 16-19 parse the parameters and the body each on its own: the joined text must be
   * exactly one function whose parameter list and body are the parts as given (a parameter
   * text cannot close the list early or open a comment over the brace). */
  ParseError params_error;
  if (program == NULL || !dynamic_function_whole(program, kind, length, brace)) {
    const char *problem = dynamic_params_problem(prefix, params, params_length, kind, &params_error);
    if (problem == NULL) problem = program == NULL ? error.message : "Single function literal required";
    status = vm_throw(vm, ERROR_SYNTAX, "%s", problem);
  } else {
    Script *script;
    status = new_script(vm, "<anonymous>", text, length, &script);
    if (status == 0) status = comp_compile_program(vm, script, program, COMPILE_SCRIPT_COMPLETION, out_code);
  }
  arena_free(arena);
  free(text);
  return status;
}

/* --- uncaught exceptions ------------------------------------------------------------------------ */

/* The source line of the throw site with a caret under its column, as node prints it. */
static void append_throw_site(Vm *vm, char **text, size_t *length) {
  if (!js_is_object(vm->throw_function)) return;
  JSValue code_value_ = obj_internal_get(vm->throw_function, FN_SLOT_CODE);
  if (js_tag(code_value_) != JS_TAG_CELL) return;
  FunctionCode *code = code_cell(code_value_);
  Script *script = (Script *)code->script;
  uint32_t offset = code_source_offset(code, vm->throw_pc), line, column;
  script_line_column(script, offset, &line, &column);
  const char *source = script_text(script);
  uint32_t start = offset, end = offset;
  while (start > 0 && source[start - 1] != '\n') start--;
  while (end < script->length && source[end] != '\n' && source[end] != '\r') end++;
  char *file = vm_string_to_cstring(vm, script->name);
  size_t needed = (file ? strlen(file) : 1) + 32 + 2 * (end - start) + column + 8;
  char *grown = realloc(*text, *length + needed);
  if (grown != NULL) {
    *text = grown;
    int n = snprintf(*text + *length, needed, "%s:%u\n%.*s\n%*s^\n\n", file ? file : "?", line,
                     (int)(end - start), source + start, (int)(column - 1), "");
    if (n > 0) *length += (size_t)n;
  }
  free(file);
}

char *vm_format_uncaught(Vm *vm, JSValue exception) {
  char *text = malloc(1);
  size_t length = 0;
  if (text == NULL) return NULL;
  text[0] = 0;
  append_throw_site(vm, &text, &length);
  /* An error prints its stack; anything else prints "Uncaught " and its inspection. */
  JSValue shown = JS_UNDEFINED, stack_key, value;
  uint32_t attrs;
  bool uncaught_prefix = false;
  if (js_is_object(exception) && vm_atom(vm, "stack", &stack_key) == 0 &&
      obj_get_own(vm->cx, exception, stack_key, &value, &attrs) && !(attrs & PROP_ACCESSOR) && js_is_string(value)) {
    shown = value;
  } else {
    JSValue inspect = vm->roots[VM_ROOT_LIB_INSPECT];
    uint32_t depth = vm->frame_count;
    JSValue saved = vm->exception;
    if (!js_is_object(inspect) || vm_call(vm, inspect, JS_UNDEFINED, &exception, 1, &shown) != 0 || !js_is_string(shown)) {
      vm->frame_count = depth;
      vm_describe(vm, exception, &shown);
    }
    vm->exception = saved;
    uncaught_prefix = true;
  }
  char *body = vm_string_to_cstring(vm, shown);
  size_t body_length = body ? strlen(body) : 0;
  char *grown = realloc(text, length + body_length + 16);
  if (grown != NULL) {
    text = grown;
    length += (size_t)snprintf(text + length, body_length + 16, "%s%s", uncaught_prefix ? "Uncaught " : "",
                               body ? body : "");
  }
  free(body);
  return text;
}

int vm_compile_direct_eval(Vm *vm, JSValue source, JSValue descriptor, bool strict, JSValue *out_code) {
  char *text = NULL;
  size_t length = 0;
  int status = str_to_utf8(vm->heap, source, true, &text, &length);
  if (status != 0) return status;
  Arena *arena = arena_new(0);
  if (arena == NULL) {
    free(text);
    return PT_ENOMEM;
  }
  /* the descriptor's last slot: what the caller's context allows (compile_expression.c) */
  GcSlots *list = gc_slots((GcCell *)js_to_cell(descriptor));
  ParseOptions options = {.strict = strict,
                          .eval_flags = (uint32_t)js_to_int32(list->slots[list->count - 1]) & ~1u};
  ParseError error;
  Node *program = parse_program(text, length, &options, arena, &error);
  if (program == NULL) {
    status = vm_throw(vm, ERROR_SYNTAX, "%s", error.message);
  } else {
    Script *script;
    status = new_script(vm, "<anonymous>", text, length, &script);
    if (status == 0) status = comp_compile_direct_eval(vm, script, program, descriptor, strict, out_code);
  }
  arena_free(arena);
  free(text);
  return status;
}
