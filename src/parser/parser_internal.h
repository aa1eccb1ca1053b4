/* Private to src/parser/: the parser state shared by its files (expressions, statements,
 * functions and classes, modules, scopes and early errors). Error discipline: the first
 * error is stored in *error and every parse function then returns NULL (or false); callers
 * check the return, so unwinding is by return value only. */
#ifndef PETREL_PARSER_INTERNAL_H
#define PETREL_PARSER_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/lexer.h"
#include "parser/parser.h"

/* A set of names declared in one scope, kept in the arena. */
typedef struct NameSet {
  const char **names;
  uint32_t *lengths;
  uint32_t count, capacity;
  uint32_t *table;      /* open-addressing index (entry = position + 1), once count > 8 */
  uint32_t table_size;  /* a power of two, at least twice count */
} NameSet;

/* Scope flags (as acorn's): what a scope is, for declarations and for this/super/await. */
enum {
  SCOPE_TOP = 1 << 0,
  SCOPE_FUNCTION = 1 << 1,
  SCOPE_ASYNC = 1 << 2,
  SCOPE_GENERATOR = 1 << 3,
  SCOPE_ARROW = 1 << 4,
  SCOPE_SIMPLE_CATCH = 1 << 5,
  SCOPE_SUPER = 1 << 6,
  SCOPE_DIRECT_SUPER = 1 << 7,
  SCOPE_CLASS_STATIC_BLOCK = 1 << 8,
  SCOPE_CLASS_FIELD_INIT = 1 << 9,
  SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK,
};

typedef struct Scope {
  struct Scope *parent;
  unsigned flags;
  NameSet var, lexical, functions;
  bool in_class_field_init; /* parsing a class field initializer with this as its this-scope */
} Scope;

/* How a name is bound (checkLVal's binding types). */
typedef enum BindingKind {
  BIND_NONE,         /* an assignment target, not a declaration */
  BIND_VAR,
  BIND_LEXICAL,
  BIND_FUNCTION,
  BIND_SIMPLE_CATCH,
  BIND_OUTSIDE,      /* a function's own name: checked, not declared in this scope */
} BindingKind;

/* A class body's private names: declared here, used (maybe before declaration) here. */
typedef struct PrivateScope {
  struct PrivateScope *parent;
  NameSet declared;
  uint32_t *declared_kinds; /* PRIVATE_* bits per declared name */
  NameSet used;
  uint32_t *used_positions;
  uint32_t positions_capacity;
} PrivateScope;

enum { PRIVATE_FIELD = 1, PRIVATE_GET = 2, PRIVATE_SET = 4, PRIVATE_STATIC = 8 };

typedef struct Label {
  const char *name;
  uint32_t length;
  int kind;          /* 0: plain, 1: loop, 2: switch */
  uint32_t statement_start;
} Label;

/* Where cover-grammar errors were seen (acorn's DestructuringErrors); -1 = none. An
 * expression that turns out to be a pattern forgives some, an expression keeps all. */
typedef struct CoverErrors {
  int64_t shorthand_assign, trailing_comma, parenthesized_assign, parenthesized_bind, double_proto;
} CoverErrors;

typedef struct Parser {
  Lexer lexer;
  const char *source;
  uint32_t previous_end;   /* end of the last consumed token: node ends */
  uint32_t previous_start; /* start of the last consumed token: some V8 messages point there */
  bool previous_is_await;  /* the last consumed token was the identifier `await` */
  Arena *arena;
  ParseError *error;
  bool is_module;
  unsigned eval_flags;     /* ParseOptions.eval_flags: the top scope of direct eval code */
  bool strict;
  unsigned depth, max_depth;
  Scope *scope;
  PrivateScope *private_scope;
  Label *labels;
  uint32_t label_count, label_capacity;
  /* Positions (offset + 1; 0 = none) of yield/await seen, for arrow-parameter checks. */
  uint32_t yield_position, await_position, await_identifier_position;
  bool potential_arrow_at_valid;
  uint32_t potential_arrow_at;
  bool in_for_init; /* 'in' is not an operator in a for-statement's head */
  NameSet exported;       /* module: names exported, for duplicate exports */
  bool export_default_declared; /* module: an `export default` was seen (V8 words its duplicate apart) */
  NameSet export_references;  /* module: local names exported by `export {x}` */
  uint32_t *export_reference_positions;
} Parser;

#define TOKEN_OF(p) ((p)->lexer.token)
#define FAILED(p) ((p)->error->is_set)

Node *parse_node_at(Parser *p, NodeKind kind, uint32_t start, uint32_t line, uint32_t column);

/* Where a node starts: its offset and the line/column there. */
typedef struct Pos {
  uint32_t start, line, column;
} Pos;

static inline Pos parse_here(const Parser *p) {
  return (Pos){p->lexer.token.start, p->lexer.token.line, p->lexer.token.column};
}

static inline Node *parse_node_from(Parser *p, NodeKind kind, Pos pos) {
  return parse_node_at(p, kind, pos.start, pos.line, pos.column);
}

/* Whether a token can begin an expression (for `yield` with or without an operand). */
bool parse_starts_expression(TokenType type);

/* --- parser.c: tokens, nodes, errors --- */
void parse_next(Parser *p);
bool parse_eat(Parser *p, TokenType type);
bool parse_expect(Parser *p, TokenType type);
/* Steps through a comma-separated list closed by `close`, trailing comma allowed (object
 * literals, import attributes, import/export specifiers): call before each element with
 * `first` set to true initially. False at the closing token or on an error (check FAILED). */
bool parse_list_next(Parser *p, TokenType close, bool *first);
bool parse_is_word(const Parser *p, Word word);
bool parse_eat_word(Parser *p, Word word);
bool parse_can_insert_semicolon(const Parser *p);
bool parse_semicolon(Parser *p);
bool parse_unexpected(Parser *p);
bool parse_fail(Parser *p, ParseMessage id, uint32_t start, uint32_t end);
bool parse_fail_name(Parser *p, ParseMessage id, uint32_t start, uint32_t end, const char *name, uint32_t length);
Token parse_peek(Parser *p);
Node *parse_node(Parser *p, NodeKind kind);
Node *parse_finish(Parser *p, Node *node);
bool parse_enter(Parser *p);
void parse_leave(Parser *p);
bool parse_check_literal(Parser *p, const Token *token);

/* --- parse_scope.c: scopes, declarations, labels, private names, targets --- */
bool parse_scope_enter(Parser *p, unsigned flags);
void parse_scope_exit(Parser *p);
Scope *parse_var_scope(Parser *p);
Scope *parse_this_scope(Parser *p);
bool parse_in_function(Parser *p);
bool parse_in_async(Parser *p);
bool parse_in_generator(Parser *p);
bool parse_allow_super(Parser *p);
bool parse_allow_direct_super(Parser *p);
bool parse_allow_new_target(Parser *p);
bool parse_in_class_static_block(Parser *p);
bool parse_in_class_field_init(Parser *p);
bool parse_can_await(Parser *p);
bool parse_declare_name(Parser *p, const char *name, uint32_t length, BindingKind kind, uint32_t start, uint32_t end);
bool names_contain(const NameSet *set, const char *name, uint32_t length);
bool names_add(Parser *p, NameSet *set, const char *name, uint32_t length);
bool parse_check_lval_simple(Parser *p, Node *expr, BindingKind kind, NameSet *check_clashes);
bool parse_check_lval_pattern(Parser *p, Node *expr, BindingKind kind, NameSet *check_clashes);
bool parse_check_lval_inner_pattern(Parser *p, Node *expr, BindingKind kind, NameSet *check_clashes);
bool parse_to_assignable(Parser *p, Node *node, bool is_binding, CoverErrors *errors);
bool parse_to_assignable_list(Parser *p, NodeList *list, bool is_binding);
void cover_errors_init(CoverErrors *errors);
bool parse_check_pattern_errors(Parser *p, CoverErrors *errors, bool is_assign);
bool parse_check_expression_errors(Parser *p, CoverErrors *errors);
bool parse_check_yield_await_in_default_params(Parser *p);
bool parse_check_identifier(Parser *p, const char *name, uint32_t length, bool escaped, uint32_t start, uint32_t end, bool binding);
bool parse_private_enter(Parser *p);
bool parse_private_exit(Parser *p);
bool parse_private_use(Parser *p, Node *name);
bool parse_private_declare(Parser *p, Node *name, uint32_t kind);
bool parse_label_push(Parser *p, const char *name, uint32_t length, int kind, uint32_t start, uint32_t end);

/* --- parse_expression.c --- */
Node *parse_expression(Parser *p, CoverErrors *errors);
Node *parse_assign(Parser *p, CoverErrors *errors);
Node *parse_assign_for(Parser *p, bool for_init);
Node *parse_expression_for_init(Parser *p, CoverErrors *errors);
Node *parse_ident(Parser *p, bool liberal);
Node *parse_property_name(Parser *p, Node *prop);
Node *parse_template(Parser *p, bool tagged);
Node *parse_paren_expression(Parser *p);
bool parse_expr_list(Parser *p, NodeList *list, TokenType close, bool allow_trailing_comma, bool allow_empty, CoverErrors *errors);
Node *parse_binding_atom(Parser *p);
Node *parse_maybe_default(Parser *p, Pos pos, Node *left);
bool parse_binding_list(Parser *p, NodeList *list, TokenType close, bool allow_empty, bool allow_trailing_comma);
Node *parse_literal_string(Parser *p);
Node *parse_expr_subscripts(Parser *p, CoverErrors *errors, bool for_init);

/* --- parse_statement.c --- */
Node *parse_statement(Parser *p, int context, bool top_level);
bool parse_block_body(Parser *p, NodeList *body, TokenType end, bool create_scope);
Node *parse_block(Parser *p, bool create_scope);
bool parse_directives_and_body(Parser *p, NodeList *body, TokenType end, bool *out_use_strict, bool *out_octal_before);
bool parse_var_declarations(Parser *p, Node *decl, bool is_for, int kind, bool allow_missing_initializer);
bool parse_is_let(Parser *p, int context);
bool parse_is_async_function(Parser *p);

/* --- parse_function.c --- */
enum { FUNC_STATEMENT = 1, FUNC_HANGING_STATEMENT = 2, FUNC_NULLABLE_ID = 4 };
Node *parse_function(Parser *p, Node *node, int statement, bool allow_expression_body, bool is_async, bool for_init);
Node *parse_method(Parser *p, bool is_generator, bool is_async, bool allow_direct_super, uint32_t start);
Node *parse_arrow(Parser *p, Node *node, NodeList *params, bool is_async, bool for_init);
Node *parse_class(Parser *p, bool is_statement, bool nullable_id);
Node *parse_yield(Parser *p, bool for_init);
Node *parse_await(Parser *p, bool for_init);

/* --- parse_module.c --- */
Node *parse_import(Parser *p);
Node *parse_export(Parser *p);
bool parse_module_finish(Parser *p);

/* Statement contexts (acorn): where a declaration may appear. */
enum { CONTEXT_NONE = 0, CONTEXT_IF = 1, CONTEXT_LABEL = 2, CONTEXT_LOOP_OR_WITH = 4 };

#endif
