/* The compiler's private structures: scopes and variables (scope.c), the per-function code
 * buffer (emit.c), and the code generators for statements, expressions, functions, classes
 * and patterns. */
#ifndef PETREL_COMPILER_COMPILER_INTERNAL_H
#define PETREL_COMPILER_COMPILER_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "base/arena.h"
#include "compiler/compiler.h"
#include "interp/bytecode.h"
#include "interp/ic.h"
#include "interp/intrinsics.h"
#include "parser/lexer.h"

typedef enum VarKind {
  VAR_VAR, VAR_FUNCTION, VAR_PARAM, VAR_LET, VAR_CONST, VAR_CLASS, VAR_CATCH,
  VAR_CALLEE,   /* a named function expression's own name: read-only */
  VAR_THIS,     /* implicit: this, new.target, the function itself, arguments */
  VAR_NEW_TARGET, VAR_FUNCTION_SELF, VAR_ARGUMENTS,
  VAR_PRIVATE,  /* a class's private name #x: holds its private symbol */
  VAR_IMPORT    /* a module's named import: its context slot holds a binding reference (a
                   [context, slot] pair in the exporting module) filled in when linking */
} VarKind;

typedef enum VarLocation { LOC_UNRESOLVED, LOC_REGISTER, LOC_CONTEXT, LOC_GLOBAL } VarLocation;

typedef struct Scope Scope;
typedef struct FunctionInfo FunctionInfo;

typedef struct Variable {
  const char *name;
  uint32_t name_length;
  VarKind kind;
  bool captured;      /* an inner function refers to it: it lives in a context */
  bool tdz;           /* a parameter of a list with defaults or patterns: in its TDZ until bound */
  VarLocation location;
  uint32_t index;     /* register, or context slot */
  uint32_t initialized_at; /* let/const/class: the source offset where the declaration has
                              completed (0: unknown); see binding_surely_initialized */
  Scope *scope;
  struct Variable *next;
} Variable;

typedef enum ScopeKind { SCOPE_FUNCTION, SCOPE_BLOCK, SCOPE_SCRIPT, SCOPE_CLASS } ScopeKind;

struct Scope {
  ScopeKind kind;
  Scope *parent;
  FunctionInfo *function;
  Node *node;
  Variable *variables, *last_variable;
  bool has_context;          /* some variable is captured: entering pushes a context */
  bool is_var_scope;         /* a function body's own var scope (parameters with expressions) */
  bool is_with;              /* names resolved past this scope check an object first: a with
                                body's "%with" (14.11), or "%evalvars", the vars a sloppy direct
                                eval adds to this function's variable environment (19.2.1.3) */
  struct Variable *with_var; /* that object's variable (always in the context) */
  uint32_t context_slots;    /* 1 (the parent link) + captured variables */
  uint32_t context_register; /* where code saved the outer context when this one was pushed */
};

struct FunctionInfo {
  Node *node;                /* FUNCTION, or PROGRAM for the top level, or CLASS for field initializers */
  FunctionInfo *parent;
  Scope *scope;              /* parameters and top-level declarations */
  Scope *body_scope;         /* the body's lexical scope when parameters are not simple, else scope */
  bool strict, arrow, is_script, is_class_fields, derived;
  bool is_module, has_top_level_await; /* a module's top level: a generator (async with TLA) */
  bool uses_arguments, uses_this, has_super_call;
  Variable *this_var, *new_target_var, *function_var, *arguments_var;
};

/* Scope analysis results: a map from AST nodes to the scopes they open. */
typedef struct ScopeMap {
  Node **keys;
  void **values;
  uint32_t capacity, count;
} ScopeMap;

/* --- the per-function code buffer ----------------------------------------------------------- */

typedef struct Label {
  int32_t offset;        /* bound position, or -1 */
  uint32_t *uses;        /* positions of jump opcodes waiting for it */
  uint32_t use_count, use_capacity;
} Label;

/* A break/continue target, or a finally block that jumps must pass through. */
typedef struct ControlScope {
  struct ControlScope *outer;
  enum { CONTROL_LOOP, CONTROL_SWITCH, CONTROL_LABEL, CONTROL_FINALLY, CONTROL_ITERATOR, CONTROL_BLOCK_CONTEXT } kind;
  const char *const *labels; /* label names of the statement (NULL-terminated lengths below) */
  Node *label_nodes;         /* LABELED chain that names this statement */
  Label *break_label, *continue_label;
  Scope *scope;              /* the lexical scope at the target */
  /* finally: jumps through it record a token and go to `finally_entry` */
  Label *finally_entry;
  uint32_t token_register, value_register;
  uint32_t token_count;
  struct FinallyJump { uint32_t token; Label *target; struct ControlScope *target_scope; bool is_return; } *jumps;
  uint32_t jump_capacity;
  uint32_t iterator_register; /* for-of: the iterator to close on break/return */
  bool iterator_async;        /* for-await: closing awaits return() */
  uint32_t context_register;  /* BLOCK_CONTEXT: restore on exit */
} ControlScope;

/* A member expression's object (and key) already in registers. */
typedef struct PreparedTarget {
  Node *node;
  uint32_t object, key;
} PreparedTarget;

typedef struct FunctionState {
  struct Compiler *compiler;
  struct FunctionState *parent;
  FunctionInfo *info;
  uint8_t *code;
  uint32_t length, capacity;
  JSValue *constants;
  uint32_t constant_count, constant_capacity;
  HandlerEntry *handlers;
  uint32_t handler_count, handler_capacity;
  PositionEntry *positions;
  uint32_t position_count, position_capacity;
  uint32_t register_count;   /* high-water mark */
  uint32_t next_register;    /* temporaries are allocated LIFO from here */
  uint32_t feedback_count;
  JSValue *feedback_init;    /* initial feedback values (call sites' rendered callee), or NULL */
  uint32_t feedback_init_capacity, feedback_init_count;
  Scope *scope;              /* current lexical scope */
  ControlScope *control;
  uint32_t last_position;
  uint32_t flags;            /* CODE_* */
  uint32_t generator_register; /* generators and async functions: the suspendable frame's handle,
                                  then the resume mode (async: then the promise capability) */
  uint32_t async_start, async_context; /* async functions: the region whose throws reject */
  bool in_parameters;        /* compiling parameter initializers (a direct eval there may not declare `arguments`) */
  PreparedTarget prepared_target; /* a destructuring assignment's member target evaluated ahead
                                     of its value (13.15.5.5/6) */
  const JSValue *class_name; /* NamedEvaluation of an anonymous class: its name, given to the
                                constructor before static elements can define their own "name" */
} FunctionState;

typedef struct Compiler {
  Vm *vm;
  Script *script;
  const char *source;
  Arena *arena_ptr;
  ScopeMap scopes;
  CompileGoal goal;
  bool is_eval;              /* eval code: top-level lexical declarations are its own */
  Scope *outer;              /* direct eval: the caller's scopes, rebuilt from its descriptor */
  Node *eval_lexical_key;    /* the node eval's top-level lexical scope is filed under */
  bool eval_in_parameters;   /* direct eval called from parameter initializers */
  unsigned eval_parse_flags; /* direct eval: its PARSE_EVAL_* (what nested evals inherit) */
  const char **eval_var_names; /* sloppy direct eval: var/function names that go to the caller's
                                  "%evalvars" object (declared there when the eval starts) */
  uint32_t *eval_var_lengths;
  uint32_t eval_var_count, eval_var_capacity;
  int status;                /* first error; code generation stops adding once set */
  int completion_register;   /* -1, or where top-level expression statements leave their value (-p, eval) */
  FunctionState *fs;
} Compiler;

/* scope.c */
int scope_analyze(Compiler *c, Node *program);
Scope *scope_of(Compiler *c, Node *node);
FunctionInfo *function_of(Compiler *c, Node *node);
Variable *scope_lookup(Scope *scope, const char *name, uint32_t length, uint32_t *out_context_depth,
                       bool *out_crossed_function);
Variable *scope_find_local(Scope *scope, const char *name, uint32_t length);
bool name_equals(const char *a, uint32_t a_length, const char *b);
/* "#name": the variable a private name #name is bound to in its class scope (arena text). */
const char *private_variable_name(Compiler *c, const Node *name, uint32_t *out_length);

/* emit.c */
void emit_op(FunctionState *fs, Opcode op, ...);
void emit_position(FunctionState *fs, const Node *node);
uint32_t emit_constant(FunctionState *fs, JSValue value);
uint32_t emit_string_constant(FunctionState *fs, const char *text, uint32_t length);
uint32_t emit_atom_constant(FunctionState *fs, const char *text, uint32_t length);
uint32_t emit_feedback(FunctionState *fs, uint32_t size);
uint32_t emit_call_feedback(FunctionState *fs, const Node *callee);
uint32_t reg_alloc(FunctionState *fs);
uint32_t reg_alloc_range(FunctionState *fs, uint32_t count);
void reg_free_to(FunctionState *fs, uint32_t mark);
Label *label_new(FunctionState *fs);
void emit_jump(FunctionState *fs, Opcode op, Label *label);
void emit_jump_register(FunctionState *fs, Opcode op, uint32_t reg, Label *label);
void label_bind(FunctionState *fs, Label *label);
void emit_loop(FunctionState *fs, uint32_t target);
uint32_t emit_here(FunctionState *fs);
void emit_handler(FunctionState *fs, uint32_t start, uint32_t end, uint32_t handler, uint32_t context_register);
int comp_error(Compiler *c, const Node *node, const char *format, ...);
int comp_finish_function(FunctionState *fs, JSValue name, uint32_t parameter_count, uint32_t length,
                         JSValue *out);

/* compile_function.c: a module's body (scope analysis included) as its generator function */
int comp_compile_module_code(Compiler *c, Node *program, JSValue *out);

/* compile_iteration.c */
void emit_get_iterator(FunctionState *fs, uint32_t record, bool is_async);
void emit_iterator_step(FunctionState *fs, uint32_t record, Label *done, bool is_async);
void emit_iterator_close(FunctionState *fs, uint32_t record, bool quiet);

/* compile_*.c */
void compile_statement(FunctionState *fs, Node *node);
void compile_statements(FunctionState *fs, NodeList *list);
void compile_expression(FunctionState *fs, Node *node);   /* result in acc */
void compile_expression_unused(FunctionState *fs, Node *node); /* for effect only (acc is clobbered) */
void compile_expression_to(FunctionState *fs, Node *node, uint32_t reg);
void compile_function_body(FunctionState *fs);
void compile_function_literal(FunctionState *fs, Node *node, JSValue *name_hint_atom);
void compile_class(FunctionState *fs, Node *node);
void compile_assign_to_pattern(FunctionState *fs, Node *target, uint32_t value_reg, VarKind declare_kind, bool is_declaration);
void compile_load_variable(FunctionState *fs, const char *name, uint32_t length, const Node *where, bool inside_typeof);
void compile_store_super_member(FunctionState *fs, Node *target, uint32_t value_reg);
void compile_store_variable(FunctionState *fs, const char *name, uint32_t length, const Node *where, bool is_initialization);
void compile_enter_scope(FunctionState *fs, Scope *scope);
void compile_leave_scope(FunctionState *fs, Scope *scope);
void compile_hoist_functions(FunctionState *fs, NodeList *statements);
void compile_template_literal(FunctionState *fs, Node *node);
bool compile_is_anonymous_function(const Node *node);
void compile_named_evaluation(FunctionState *fs, Node *value, const char *name, uint32_t length);
void compile_return_acc(FunctionState *fs);
void compile_yield(FunctionState *fs, Node *node);
void compile_await(FunctionState *fs, Node *node);
void emit_await_acc(FunctionState *fs);
void emit_async_generator_complete(FunctionState *fs, bool threw);
void emit_async_iterator_close(FunctionState *fs, uint32_t record, bool quiet);
void emit_async_settle_and_return(FunctionState *fs, bool rejected);

#endif
