/* The AST the parser builds and the compiler consumes. One node layout for every kind keeps
 * the arena simple and the walker generic; ast.def says, per kind, which fields mean what.
 * Nodes live in the parse's arena and die with it. Every node has its exact source span and
 * the line/column of its start. */
#ifndef PETREL_PARSER_AST_H
#define PETREL_PARSER_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum NodeKind {
#define NODE(kind, meaning) NODE_##kind,
#include "parser/ast.def"
  NODE_KIND_COUNT
} NodeKind;

/* Node flags (which apply to which kinds: ast.def). */
enum {
  NODE_PARENTHESIZED = 1 << 0,  /* the expression was written in parentheses */
  NODE_COMPUTED = 1 << 1,
  NODE_SHORTHAND = 1 << 2,
  NODE_METHOD = 1 << 3,
  NODE_ASYNC = 1 << 4,
  NODE_GENERATOR = 1 << 5,
  NODE_ARROW = 1 << 6,
  NODE_EXPRESSION_BODY = 1 << 7,
  NODE_STRICT = 1 << 8,
  NODE_DECLARATION = 1 << 9,
  NODE_STATIC = 1 << 10,
  NODE_OPTIONAL = 1 << 11,
  NODE_PREFIX = 1 << 12,
  NODE_DELEGATE = 1 << 13,
  NODE_FOR_AWAIT = 1 << 14,
  NODE_DIRECTIVE = 1 << 15,
  NODE_TAIL = 1 << 16,
  NODE_MODULE = 1 << 17,
  NODE_SIMPLE_PARAMS = 1 << 18,
  NODE_ACCESSOR = 1 << 19,
};

/* PROPERTY and CLASS_METHOD kinds (Node.op). */
enum { PROP_INIT, PROP_GET, PROP_SET, PROP_METHOD, PROP_CONSTRUCTOR };

typedef struct Node Node;

/* A singly linked list of nodes through Node.next, with its length. */
typedef struct NodeList {
  Node *first, *last;
  uint32_t count;
} NodeList;

struct Node {
  NodeKind kind;
  int op;                   /* operator token, PROP_* kind or declaration kind */
  uint32_t flags;           /* NODE_* bits */
  uint32_t start, end;      /* source byte span */
  uint32_t line, column;    /* of start: line from 1, UTF-16 column from 0 */
  Node *next;               /* sibling in the parent's list */
  Node *a, *b, *c, *d;
  NodeList list;
  const char *name;         /* identifier name or cooked string value (WTF-8), not NUL-safe */
  uint32_t name_length;
  const char *raw;          /* TEMPLATE_ELEMENT raw value */
  uint32_t raw_length;
  uint32_t pattern_end;     /* REGEXP: offset of the closing '/' */
};

/* Appends node to list (O(1)). */
void ast_list_append(NodeList *list, Node *node);

/* The kind's name, e.g. "BINARY" (for dumps and tests). */
const char *ast_kind_name(NodeKind kind);

/* Whether a name equals a NUL-terminated string. */
bool ast_name_is(const Node *node, const char *text);

/* Writes an S-expression dump of the tree into buffer (for tests); returns the length it
 * needs, as snprintf does. */
size_t ast_dump(const Node *node, const char *source, char *buffer, size_t size);

#endif
