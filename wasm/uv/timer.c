/* Timers: a min-heap of armed timers ordered by due time, then by start order (start_id from
 * loop->timer_counter), exactly libuv 1.44's order. The heap is intrusive -- each timer holds
 * its own left/right/parent links, a complete binary tree addressed by the bit path of its
 * position -- so arming a timer never allocates.
 *
 * The timers phase runs every timer due at the loop's cached time, one at a time from the
 * heap's minimum. As in libuv 1.44, a timer started from a timer callback with timeout 0 is due
 * at once and so runs in the same phase (libuv 1.45+ defers it to the next iteration). */
#include <limits.h>

#include "internal.h"

static int timer_less_than(const struct uv__heap_node *ha, const struct uv__heap_node *hb) {
  const uv_timer_t *a = UV__CONTAINER_OF(ha, uv_timer_t, heap_node);
  const uv_timer_t *b = UV__CONTAINER_OF(hb, uv_timer_t, heap_node);
  if (a->timeout != b->timeout) return a->timeout < b->timeout;
  return a->start_id < b->start_id;
}

/* Swaps a node with its child: the child moves one level up. */
static void heap_node_swap(struct uv__heap *heap, struct uv__heap_node *parent,
                           struct uv__heap_node *child) {
  struct uv__heap_node *sibling;
  struct uv__heap_node saved = *parent;
  *parent = *child;
  *child = saved;

  parent->parent = child;
  if (child->left == child) {
    child->left = parent;
    sibling = child->right;
  } else {
    child->right = parent;
    sibling = child->left;
  }
  if (sibling != NULL) sibling->parent = child;
  if (parent->left != NULL) parent->left->parent = parent;
  if (parent->right != NULL) parent->right->parent = parent;

  if (child->parent == NULL)
    heap->min = child;
  else if (child->parent->left == parent)
    child->parent->left = child;
  else
    child->parent->right = child;
}

/* The link that leads to position n (1-based, breadth-first) of the tree. */
static struct uv__heap_node **heap_link_to(struct uv__heap *heap, unsigned int n,
                                           struct uv__heap_node ***parent_link) {
  unsigned int path = 0, depth = 0;
  for (; n >= 2; depth++, n /= 2) path = (path << 1) | (n & 1);
  struct uv__heap_node **link = &heap->min;
  *parent_link = link;
  for (; depth > 0; depth--, path >>= 1) {
    *parent_link = link;
    link = (path & 1) ? &(*link)->right : &(*link)->left;
  }
  return link;
}

static void heap_insert(struct uv__heap *heap, struct uv__heap_node *node) {
  node->left = node->right = node->parent = NULL;
  struct uv__heap_node **parent_link;
  struct uv__heap_node **link = heap_link_to(heap, heap->nelts + 1, &parent_link);
  node->parent = *parent_link;
  *link = node;
  heap->nelts++;
  while (node->parent != NULL && timer_less_than(node, node->parent))
    heap_node_swap(heap, node->parent, node);
}

static void heap_remove(struct uv__heap *heap, struct uv__heap_node *node) {
  if (heap->nelts == 0) return;
  struct uv__heap_node **parent_link;
  struct uv__heap_node **last_link = heap_link_to(heap, heap->nelts, &parent_link);
  heap->nelts--;

  /* Unlink the last node of the bottom row; it takes the removed node's place. */
  struct uv__heap_node *child = *last_link;
  *last_link = NULL;
  if (child == node) {
    if (child == heap->min) heap->min = NULL;
    return;
  }
  child->left = node->left;
  child->right = node->right;
  child->parent = node->parent;
  if (child->left != NULL) child->left->parent = child;
  if (child->right != NULL) child->right->parent = child;
  if (node->parent == NULL)
    heap->min = child;
  else if (node->parent->left == node)
    node->parent->left = child;
  else
    node->parent->right = child;

  /* Sift down, then up: the moved node may belong on either side of its new position. */
  for (;;) {
    struct uv__heap_node *smallest = child;
    if (child->left != NULL && timer_less_than(child->left, smallest)) smallest = child->left;
    if (child->right != NULL && timer_less_than(child->right, smallest)) smallest = child->right;
    if (smallest == child) break;
    heap_node_swap(heap, child, smallest);
  }
  while (child->parent != NULL && timer_less_than(child, child->parent))
    heap_node_swap(heap, child->parent, child);
}

/* Prepares a timer handle; it does nothing until started. */
int uv_timer_init(uv_loop_t *loop, uv_timer_t *handle) {
  uv__handle_init(loop, (uv_handle_t *)handle, UV_TIMER);
  handle->timer_cb = NULL;
  handle->timeout = 0;
  handle->repeat = 0;
  handle->start_id = 0;
  return 0;
}

/* Arms the timer: cb runs timeout ms after the loop's cached time, then every repeat ms (when
 * non-zero). Restarting an armed timer re-arms it. */
int uv_timer_start(uv_timer_t *handle, uv_timer_cb cb, uint64_t timeout, uint64_t repeat) {
  if (uv__is_closing((uv_handle_t *)handle) || cb == NULL) return UV_EINVAL;
  if (uv__is_active((uv_handle_t *)handle)) uv_timer_stop(handle);

  uint64_t clamped_timeout = handle->loop->time + timeout;
  if (clamped_timeout < timeout) clamped_timeout = (uint64_t)-1;

  handle->timer_cb = cb;
  handle->timeout = clamped_timeout;
  handle->repeat = repeat;
  handle->start_id = handle->loop->timer_counter++;
  heap_insert(&handle->loop->timer_heap, &handle->heap_node);
  uv__handle_start((uv_handle_t *)handle);
  return 0;
}

/* Disarms the timer; its callback will not run. */
int uv_timer_stop(uv_timer_t *handle) {
  if (!uv__is_active((uv_handle_t *)handle)) return 0;
  heap_remove(&handle->loop->timer_heap, &handle->heap_node);
  uv__handle_stop((uv_handle_t *)handle);
  return 0;
}

/* Re-arms a repeating timer for repeat ms from now (UV_EINVAL if never started). */
int uv_timer_again(uv_timer_t *handle) {
  if (handle->timer_cb == NULL) return UV_EINVAL;
  if (handle->repeat != 0) {
    uv_timer_stop(handle);
    uv_timer_start(handle, handle->timer_cb, handle->repeat, handle->repeat);
  }
  return 0;
}

/* Changes the repeat interval, used from the next expiry (or uv_timer_again) on. */
void uv_timer_set_repeat(uv_timer_t *handle, uint64_t repeat) { handle->repeat = repeat; }

/* The repeat interval in ms (0: one-shot). */
uint64_t uv_timer_get_repeat(const uv_timer_t *handle) { return handle->repeat; }

/* Milliseconds until the timer is due, measured from the loop's cached time; 0 if due. */
uint64_t uv_timer_get_due_in(const uv_timer_t *handle) {
  if (handle->loop->time >= handle->timeout) return 0;
  return handle->timeout - handle->loop->time;
}

/* Milliseconds until the earliest timer is due: -1 without timers, 0 if one is due. */
int uv__next_timeout(const uv_loop_t *loop) {
  const struct uv__heap_node *node = loop->timer_heap.min;
  if (node == NULL) return -1;
  const uv_timer_t *handle = UV__CONTAINER_OF(node, uv_timer_t, heap_node);
  if (handle->timeout <= loop->time) return 0;
  uint64_t diff = handle->timeout - loop->time;
  if (diff > INT_MAX) diff = INT_MAX;
  return (int)diff;
}

/* The timers phase: each due timer is disarmed (re-armed first if repeating), then called. */
void uv__run_timers(uv_loop_t *loop) {
  for (;;) {
    struct uv__heap_node *node = loop->timer_heap.min;
    if (node == NULL) break;
    uv_timer_t *handle = UV__CONTAINER_OF(node, uv_timer_t, heap_node);
    if (handle->timeout > loop->time) break;
    uv_timer_stop(handle);
    uv_timer_again(handle);
    handle->timer_cb(handle);
  }
}

/* uv_close of a timer: it must not fire any more. */
void uv__timer_close(uv_timer_t *handle) { uv_timer_stop(handle); }
