/* The `petrel` command line: options from the flag table, then the script path and its
 * arguments, as in node. Every message is one line on stderr starting with "petrel: ". */
#include "cli/cli.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/errors.h"
#include "base/flags.h"
#include "base/out.h"
#include "base/sys.h"
#include "compiler/compiler.h"
#include "interp/bytecode.h"
#include "interp/interp.h"
#include "interp/vm.h"
#include "objects/elements.h"
#include "objects/object.h"
#include "objects/string.h"
#include "parser/parser.h"

static void print_usage(void) {
  out_puts(OUT_STDOUT,
           "Usage: petrel [options] [ script.js ] [arguments]\n"
           "\n"
           "Options:\n");
  flag_print_help(OUT_STDOUT, PT_FLAG_SPECS, PT_FLAG_COUNT);
  out_printf(OUT_STDOUT,
             "\n"
             "Petrel %s (%s build): a JavaScript runtime for WebAssembly.\n",
             PETREL_VERSION, PETREL_TARGET_NAME);
}

/* Prints an uncaught exception as node does and returns the exit status (1). */
static int report_uncaught(Vm *vm, int status) {
  if (status == PT_ENOMEM) {
    out_puts(OUT_STDERR, "\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n");
    return CLI_EXIT_OUT_OF_MEMORY;
  }
  char *text = vm_format_uncaught(vm, vm->exception);
  out_printf(OUT_STDERR, "%s\n\nPetrel v%s\n", text ? text : "Uncaught exception", PETREL_VERSION);
  free(text);
  return CLI_EXIT_FAILURE;
}

/* Runs the promise jobs the script queued, until none is left (node's microtask checkpoint
 * after the main module; timers and I/O come with the event loop). */
static int run_jobs(Vm *vm) {
  JSValue result;
  return vm_call(vm, vm->roots[VM_ROOT_LIB_RUN_JOBS], JS_UNDEFINED, NULL, 0, &result);
}

/* --unhandled-rejections: what a rejection nobody handled does (node's modes). */
typedef enum { UNHANDLED_THROW, UNHANDLED_WARN, UNHANDLED_WARN_WITH_ERROR_CODE, UNHANDLED_NONE } UnhandledMode;
static UnhandledMode unhandled_mode = UNHANDLED_THROW;

static int report_unhandled_text(Vm *vm);

/* node's default for a rejection nobody handled: print it as an uncaught error, exit 1;
 * `warn` prints it and goes on, `none` stays silent. */
static int report_unhandled_rejection(Vm *vm) {
  if (unhandled_mode == UNHANDLED_NONE) return CLI_EXIT_OK;
  int exit_code = report_unhandled_text(vm);
  if (exit_code != CLI_EXIT_OK && unhandled_mode == UNHANDLED_WARN) return CLI_EXIT_OK;
  return exit_code;
}

static int report_unhandled_text(Vm *vm) {
  JSValue list;
  if (vm_call(vm, vm->roots[VM_ROOT_LIB_UNHANDLED_REJECTIONS], JS_UNDEFINED, NULL, 0, &list) != 0 ||
      !js_is_object(list) || obj_cell(list)->length == 0) {
    return CLI_EXIT_OK;
  }
  JSValue pair, reason, stack_key, stack;
  uint32_t attrs;
  if (!elem_get(obj_cell(list), 0, &pair, &attrs) || !js_is_object(pair) || !elem_get(obj_cell(pair), 1, &reason, &attrs)) {
    return CLI_EXIT_FAILURE;
  }
  if (js_is_object(reason) && vm_atom(vm, "stack", &stack_key) == 0 &&
      obj_get_own(vm->cx, reason, stack_key, &stack, &attrs) && js_is_string(stack)) {
    char *text = vm_string_to_cstring(vm, stack);
    out_printf(OUT_STDERR, "%s\n\nPetrel v%s\n", text ? text : "", PETREL_VERSION);
    free(text);
    return CLI_EXIT_FAILURE;
  }
  JSValue shown;
  char *text = NULL;
  if (vm_call(vm, vm->roots[VM_ROOT_LIB_INSPECT], JS_UNDEFINED, &reason, 1, &shown) == 0 && js_is_string(shown)) {
    text = vm_string_to_cstring(vm, shown);
  }
  out_printf(OUT_STDERR,
             "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function "
             "without a catch block, or by rejecting a promise which was not handled with .catch(). The promise "
             "rejected with the reason \"%s\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nPetrel v%s\n",
             text ? text : "", PETREL_VERSION);
  free(text);
  return CLI_EXIT_FAILURE;
}

/* CommonJS's wrapper arguments (exports, require, module, __filename, __dirname), as node
 * passes them to a .js or .cjs file; `this` is module.exports. */
static int commonjs_arguments(Vm *vm, const char *absolute, JSValue *args) {
  const char *slash = strrchr(absolute, '/');
  JSValue exports, module, key;
  bool ok;
  int status = obj_new(vm->cx, vm->roots[VM_ROOT_OBJECT_PROTOTYPE], &exports);
  if (status == 0) status = obj_new(vm->cx, vm->roots[VM_ROOT_OBJECT_PROTOTYPE], &module);
  if (status == 0) status = vm_atom(vm, "exports", &key);
  if (status == 0) status = obj_define_own(vm->cx, module, key, exports, PROP_DEFAULT, &ok);
  if (status == 0) status = str_from_utf8(vm->heap, absolute, strlen(absolute), &args[3]);
  if (status == 0) status = str_from_utf8(vm->heap, absolute, slash && slash != absolute ? (size_t)(slash - absolute) : 1, &args[4]);
  if (status != 0) return status;
  args[0] = exports;
  args[1] = vm->roots[VM_ROOT_LIB_REQUIRE_MISSING];
  args[2] = module;
  return 0;
}

/* The path as node names a main module: absolute (relative to the working directory). */
static char *absolute_path(const char *path) {
  char *cwd = path[0] == '/' ? NULL : sys_cwd();
  size_t length = strlen(path) + (cwd ? strlen(cwd) : 0) + 2;
  char *absolute = malloc(length);
  if (absolute != NULL) {
    if (cwd == NULL) snprintf(absolute, length, "%s", path);
    else snprintf(absolute, length, "%s/%s", strcmp(cwd, "/") == 0 ? "" : cwd, strncmp(path, "./", 2) == 0 ? path + 2 : path);
  }
  free(cwd);
  return absolute;
}

/* Runs a source text the way node would: a CommonJS function body, or a classic script
 * (-e, -p, --script); -p prints the completion value. */
/* The heap and VM settings the engine flags ask for (V8's names and units). */
static void engine_config(const PtFlags *flags, HeapConfig *config, VmOptions *options) {
  heap_config_default(config);
  config->gc_stress = flags->gc_stress;
  config->trace_gc = flags->trace_gc;
  if (flags->max_semi_space_size > 0) config->max_semi_space_size = (size_t)flags->max_semi_space_size << 20;
  if (flags->max_old_space_size > 0) config->max_old_space_size = (size_t)flags->max_old_space_size << 20;
  memset(options, 0, sizeof *options);
  options->trace_ic = flags->trace_ic;
  if (flags->stack_size > 0) options->stack_size = (uint32_t)(flags->stack_size * 1024 / sizeof(JSValue));
}

/* Reads a boolean-or-value property of the lib's main-module state. */
static JSValue state_field(Vm *vm, JSValue state, const char *name) {
  JSValue key, value = JS_UNDEFINED;
  uint32_t attrs;
  if (!js_is_object(state) || vm_atom(vm, name, &key) != 0 || !obj_get_own(vm->cx, state, key, &value, &attrs)) {
    return JS_UNDEFINED;
  }
  return value;
}

/* Runs the main module as node does an ES module: load, link and evaluate its graph, then
 * the jobs; an evaluation error is an uncaught exception, a top-level await that never
 * settles exits 13. */
static int run_module(Vm *vm, const char *path) {
  JSValue path_value, state = JS_UNDEFINED;
  /* the state outlives the jobs (which collect): a root keeps it and follows it */
  int status = heap_add_root(vm->heap, &state);
  if (status != 0) return CLI_EXIT_OUT_OF_MEMORY;
  status = str_from_utf8(vm->heap, path, strlen(path), &path_value);
  if (status == 0) status = vm_call(vm, vm->roots[VM_ROOT_LIB_RUN_MAIN_MODULE], JS_UNDEFINED, &path_value, 1, &state);
  if (status == 0) status = run_jobs(vm);
  int exit_code = status != 0 ? report_uncaught(vm, status) : report_unhandled_rejection(vm);
  if (exit_code == CLI_EXIT_OK && js_same_bits(state_field(vm, state, "rejected"), JS_TRUE)) {
    vm->exception = state_field(vm, state, "reason");
    exit_code = report_uncaught(vm, VM_EXCEPTION);
  } else if (exit_code == CLI_EXIT_OK && !js_same_bits(state_field(vm, state, "settled"), JS_TRUE)) {
    exit_code = CLI_EXIT_UNSETTLED_TLA;
  }
  heap_remove_root(vm->heap, &state);
  return exit_code;
}

static int run_source(const PtFlags *flags, const char *name, const char *source, size_t length, bool is_eval,
                      bool is_module) {
  HeapConfig config;
  VmOptions options;
  engine_config(flags, &config, &options);
  Vm *vm;
  int status = vm_new(&config, &options, &vm);
  if (status != 0) {
    out_puts(OUT_STDERR, status == PT_ENOMEM ? "petrel: out of memory\n" : "petrel: the engine failed to start\n");
    return CLI_EXIT_FAILURE;
  }
  if (is_module) {
    char *path = absolute_path(name);
    int exit_code = path == NULL ? CLI_EXIT_FAILURE : run_module(vm, path);
    free(path);
    vm_free(vm);
    return exit_code;
  }
  bool script = is_eval || flags->script;
  int goal = flags->print != NULL ? COMPILE_SCRIPT_COMPLETION : script ? COMPILE_SCRIPT : COMPILE_FUNCTION_BODY;
  int exit_code = CLI_EXIT_OK;
  JSValue code, closure, result = JS_UNDEFINED;
  /* -p prints the result after the jobs ran (and collected): rooted until vm_free */
  if (heap_add_root(vm->heap, &result) != 0) {
    vm_free(vm);
    return CLI_EXIT_OUT_OF_MEMORY;
  }
  char *file_name = script ? NULL : absolute_path(name);
  if (file_name != NULL) name = file_name;
  status = vm_compile(vm, name, source, length, goal, false, &code);
  if (status == 0) status = interp_new_closure(vm, code_cell(code), JS_UNDEFINED, &closure);
  if (status == 0) {
    if (script) {
      status = vm_call(vm, closure, vm->roots[VM_ROOT_GLOBAL], NULL, 0, &result);
    } else {
      JSValue args[5];
      status = commonjs_arguments(vm, name, args);
      if (status == 0) status = vm_call(vm, closure, args[0], args, 5, &result);
    }
  }
  if (status == 0) status = run_jobs(vm);
  if (status == 0) {
    exit_code = report_unhandled_rejection(vm);
    if (exit_code != CLI_EXIT_OK) {
      free(file_name);
      vm_free(vm);
      return exit_code;
    }
  }
  if (status == 0 && flags->print != NULL) {
    JSValue text = result;
    if (!js_is_string(result)) status = vm_call(vm, vm->roots[VM_ROOT_LIB_INSPECT], JS_UNDEFINED, &result, 1, &text);
    char *bytes = status == 0 ? vm_string_to_cstring(vm, text) : NULL;
    if (bytes) out_printf(OUT_STDOUT, "%s\n", bytes);
    free(bytes);
  }
  if (status != 0) exit_code = report_uncaught(vm, status);
  free(file_name);
  vm_free(vm);
  return exit_code;
}

static bool has_suffix(const char *text, const char *suffix) {
  size_t text_length = strlen(text), suffix_length = strlen(suffix);
  return text_length >= suffix_length &&
         strcmp(text + text_length - suffix_length, suffix) == 0;
}

/* --print-bytecode: compiles the script as it would run and prints the listing (the run
 * follows, as with node's flag). */
static int print_bytecode(const char *name, const char *source, size_t length, bool is_eval, bool is_module) {
  HeapConfig config;
  heap_config_default(&config);
  VmOptions options = {.no_library = true};
  Vm *vm;
  if (vm_new(&config, &options, &vm) != 0) {
    out_puts(OUT_STDERR, "petrel: out of memory\n");
    return CLI_EXIT_FAILURE;
  }
  JSValue code, record;
  int status = is_module ? vm_compile_module(vm, name, source, length, &code, &record)
                         : vm_compile(vm, name, source, length, is_eval ? COMPILE_SCRIPT : COMPILE_FUNCTION_BODY,
                                      false, &code);
  int exit_code = CLI_EXIT_OK;
  if (status == 0) {
    char *listing = bytecode_listing(code_cell(code));
    if (listing != NULL) out_puts(OUT_STDOUT, listing);
    free(listing);
  } else {
    JSValue message_key, message;
    uint32_t attrs;
    char *text = NULL;
    if (status == VM_EXCEPTION && js_is_object(vm->exception) && vm_atom(vm, "message", &message_key) == 0 &&
        obj_get_own(vm->cx, vm->exception, message_key, &message, &attrs)) {
      text = vm_string_to_cstring(vm, message);
    }
    out_printf(OUT_STDERR, "petrel: cannot compile %s: %s\n", name, text ? text : "out of memory");
    free(text);
    exit_code = CLI_EXIT_FAILURE;
  }
  vm_free(vm);
  return exit_code;
}


/* node 20's module-syntax detection: a .js/.cjs-less file that fails to compile as
 * CommonJS with one of these errors is compiled again as an ES module
 * (lib/internal/modules/helpers.js in node). The first set names ESM syntax, so the
 * module's own errors are then the ones reported; the second set only fails in CommonJS's
 * wrapper, so if the module parse fails too, the CommonJS error stands. */
static const char *const ESM_SYNTAX_MESSAGES[] = {
  "Cannot use import statement outside a module",
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
};
static const char *const COMMONJS_ONLY_MESSAGES[] = {
  "Identifier 'module' has already been declared",
  "Identifier 'exports' has already been declared",
  "Identifier 'require' has already been declared",
  "Identifier '__filename' has already been declared",
  "Identifier '__dirname' has already been declared",
  "await is only valid in async functions and the top level bodies of modules",
};

static bool message_in(const char *message, const char *const *list, size_t count) {
  for (size_t i = 0; i < count; i++) {
    if (strcmp(message, list[i]) == 0) return true;
  }
  return false;
}

/* Parses the source the way node would compile it; on a syntax error prints it as node
 * does and returns false. "-e" code is a script; a .mjs file is a module; a .cjs file is a
 * CommonJS module (the body of node's wrapper function); any other file is CommonJS unless
 * its syntax says ES module (see above). A package.json "type" field is not consulted yet:
 * it arrives with the module loader. */
static bool syntax_ok(const char *file_name, const char *source, size_t length, bool is_eval, bool classic_script,
                      bool force_module, bool *out_is_module) {
  Arena *arena = arena_new(0);
  if (arena == NULL) {
    out_puts(OUT_STDERR, "petrel: out of memory\n");
    return false;
  }
  ParseOptions options = {0};
  options.is_module = !is_eval && !classic_script && (force_module || has_suffix(file_name, ".mjs"));
  options.function_body = !is_eval && !classic_script && !options.is_module;
  ParseError error;
  Node *program = parse_program(source, length, &options, arena, &error);
  bool detectable = !is_eval && !classic_script && !options.is_module && !has_suffix(file_name, ".cjs");
  if (program == NULL && detectable && error.type == PARSE_SYNTAX_ERROR) {
    bool esm_syntax = message_in(error.message, ESM_SYNTAX_MESSAGES,
                                 sizeof ESM_SYNTAX_MESSAGES / sizeof ESM_SYNTAX_MESSAGES[0]);
    bool commonjs_only =
        message_in(error.message, COMMONJS_ONLY_MESSAGES,
                   sizeof COMMONJS_ONLY_MESSAGES / sizeof COMMONJS_ONLY_MESSAGES[0]);
    if (esm_syntax || commonjs_only) {
      ParseOptions module_options = {0};
      module_options.is_module = true;
      ParseError module_error;
      program = parse_program(source, length, &module_options, arena, &module_error);
      if (program == NULL && esm_syntax) error = module_error;
    }
  }
  if (program == NULL) parse_error_print(OUT_STDERR, &error, file_name, source, length);
  if (out_is_module != NULL && program != NULL) *out_is_module = (program->flags & NODE_MODULE) != 0;
  arena_free(arena);
  return program != NULL;
}

int cli_main(int argc, char **argv) {
  sys_init();
  PtFlags flags;
  flags_init(&flags);
  FlagParseResult parsed;
  if (flag_parse(PT_FLAG_SPECS, PT_FLAG_COUNT, &flags, argc, argv, &parsed) != 0) {
    out_printf(OUT_STDERR, "petrel: %s\n", parsed.message);
    return CLI_EXIT_BAD_OPTION;
  }
  if (flags.help) {
    print_usage();
    return CLI_EXIT_OK;
  }
  if (flags.unhandled_rejections != NULL) {
    const char *mode = flags.unhandled_rejections;
    if (strcmp(mode, "throw") == 0 || strcmp(mode, "strict") == 0) unhandled_mode = UNHANDLED_THROW;
    else if (strcmp(mode, "warn") == 0) unhandled_mode = UNHANDLED_WARN;
    else if (strcmp(mode, "warn-with-error-code") == 0) unhandled_mode = UNHANDLED_WARN_WITH_ERROR_CODE;
    else if (strcmp(mode, "none") == 0) unhandled_mode = UNHANDLED_NONE;
    else {
      out_printf(OUT_STDERR, "petrel: invalid value for --unhandled-rejections: %s\n", mode);
      return CLI_EXIT_BAD_OPTION;
    }
  }
  if (flags.version) {
    out_printf(OUT_STDOUT, "v%s\n", PETREL_VERSION);
    return CLI_EXIT_OK;
  }
  /* node names -e and -p code "[eval]" in errors and stack traces */
  if (flags.eval != NULL || flags.print != NULL) {
    const char *code = flags.eval != NULL ? flags.eval : flags.print;
    if (!syntax_ok("[eval]", code, strlen(code), true, true, false, NULL)) return CLI_EXIT_FAILURE;
    if (flags.print_bytecode && print_bytecode("[eval]", code, strlen(code), true, false) != CLI_EXIT_OK) {
      return CLI_EXIT_FAILURE;
    }
    return run_source(&flags, "[eval]", code, strlen(code), true, false);
  }

  if (parsed.first_operand >= argc) {
    out_puts(OUT_STDERR,
             "petrel: no script given and the REPL is not implemented yet "
             "(usage: petrel [options] script.js; see --help)\n");
    return CLI_EXIT_FAILURE;
  }

  const char *path = argv[parsed.first_operand];
  char *source = NULL;
  size_t length = 0;
  int status = sys_read_file(path, &source, &length);
  if (status < 0) {
    out_printf(OUT_STDERR, "petrel: cannot read '%s': %s (%s)\n", path, err_message(status),
               err_name(status));
    return CLI_EXIT_FAILURE;
  }
  bool is_module = false;
  bool ok = syntax_ok(path, source, length, false, flags.script, flags.module, &is_module);
  if (ok && !flags.check && flags.print_bytecode) ok = print_bytecode(path, source, length, false, is_module) == CLI_EXIT_OK;
  int exit_code = !ok ? CLI_EXIT_FAILURE : flags.check ? CLI_EXIT_OK
                                                       : run_source(&flags, path, source, length, false, is_module);
  free(source);
  return exit_code;
}
