# The event loop's libuv API (src/uv/sources.cmake): one test per handle type, like libuv's
# test/test-*.c. The same tests run natively against Debian's libuv and in the wasi and web
# builds against wasm/uv/, Petrel's port; tests/unit/uv_test.h holds what they share.
petrel_unit_test(test_uv_phases)
petrel_unit_test(test_uv_loop)
petrel_unit_test(test_uv_timer)
petrel_unit_test(test_uv_handles)
petrel_unit_test(test_uv_async)
petrel_unit_test(test_uv_work)
petrel_unit_test(test_uv_fs)
