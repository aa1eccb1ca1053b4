/* Loading the self-hosted library: each embedded file is compiled in library mode (where
 * `$Name(...)` reaches intrinsics) and called with the global object. A startup snapshot
 * will replace this step (DESIGN.md, "Library"). */
#include "interp/library.h"

#include <stdio.h>

#include "compiler/compiler.h"
#include "interp/interp.h"
#include "interp/vm.h"

int library_load(Vm *vm) {
  for (unsigned i = 0; i < library_source_count; i++) {
    const LibrarySource *source = &library_sources[i];
    char name[96];
    snprintf(name, sizeof name, "node:internal/petrel/%s", source->name);
    JSValue code, closure, result;
    int status = vm_compile(vm, name, source->text, source->length, COMPILE_LIBRARY, false, &code);
    if (status == 0) status = interp_new_closure(vm, code_cell(code), JS_UNDEFINED, &closure);
    if (status == 0) status = vm_call(vm, closure, JS_UNDEFINED, &vm->roots[VM_ROOT_GLOBAL], 1, &result);
    if (status != 0) return status;
  }
  return 0;
}
