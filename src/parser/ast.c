/* AST helpers: list building, kind names, and a compact S-expression dump that tests use to
 * check the shape of what the parser built. */
#include "parser/ast.h"

#include <stdio.h>
#include <string.h>

#include "parser/lexer.h"

static const char *const kind_names[] = {
#define NODE(kind, meaning) #kind,
#include "parser/ast.def"
};

void ast_list_append(NodeList *list, Node *node) {
  node->next = NULL;
  if (list->last) list->last->next = node;
  else list->first = node;
  list->last = node;
  list->count++;
}

const char *ast_kind_name(NodeKind kind) { return kind < NODE_KIND_COUNT ? kind_names[kind] : "?"; }

bool ast_name_is(const Node *node, const char *text) {
  size_t length = strlen(text);
  return node->name != NULL && node->name_length == length && memcmp(node->name, text, length) == 0;
}

typedef struct Dump {
  char *buffer;
  size_t size, length;
} Dump;

static void emit(Dump *d, const char *text, size_t n) {
  for (size_t i = 0; i < n; i++, d->length++)
    if (d->length + 1 < d->size) d->buffer[d->length] = text[i];
  if (d->size) d->buffer[d->length < d->size ? d->length : d->size - 1] = '\0';
}

static void emit_string(Dump *d, const char *text) { emit(d, text, strlen(text)); }

static bool kind_has_operator(NodeKind kind) {
  return kind == NODE_UNARY || kind == NODE_UPDATE || kind == NODE_BINARY || kind == NODE_LOGICAL ||
         kind == NODE_ASSIGN;
}

static void dump_node(Dump *d, const Node *node, const char *source) {
  if (node == NULL) {
    emit_string(d, "_");
    return;
  }
  emit_string(d, "(");
  emit_string(d, kind_names[node->kind]);
  if (kind_has_operator(node->kind)) {
    emit_string(d, " ");
    emit_string(d, lex_token_text((TokenType)node->op));
  }
  if (node->kind == NODE_VAR_DECL) {
    emit_string(d, node->op == TOK_VAR ? " var" : node->op == TOK_CONST ? " const" : " let");
  }
  if (node->kind == NODE_NUMBER || node->kind == NODE_BIGINT || node->kind == NODE_REGEXP) {
    emit_string(d, " ");
    emit(d, source + node->start, node->end - node->start);
  } else if (node->name != NULL) {
    emit_string(d, " ");
    emit(d, node->name, node->name_length);
  }
  const Node *children[4] = {node->a, node->b, node->c, node->d};
  int last = 3;
  while (last >= 0 && children[last] == NULL) last--;
  for (int i = 0; i <= last; i++) {
    emit_string(d, " ");
    dump_node(d, children[i], source);
  }
  for (const Node *child = node->list.first; child; child = child->next) {
    emit_string(d, " ");
    dump_node(d, child, source);
  }
  emit_string(d, ")");
}

size_t ast_dump(const Node *node, const char *source, char *buffer, size_t size) {
  Dump d = {buffer, size, 0};
  if (size) buffer[0] = '\0';
  dump_node(&d, node, source);
  return d.length;
}
