# The heap and value representation (src/heap/, src/objects/value.h): one test per mechanism,
# and the randomized heap test twice — as is, and under --gc-stress.
petrel_unit_test(test_value)
petrel_unit_test(test_new_space)
petrel_unit_test(test_old_space)
petrel_unit_test(test_large_object)
petrel_unit_test(test_barrier)
petrel_unit_test(test_roots)
petrel_unit_test(test_weak)
petrel_unit_test(test_heap_limits)
petrel_unit_test(test_gc_trace)
petrel_unit_test(test_heap_random)
add_test(NAME test_heap_random_gc_stress COMMAND test_heap_random --gc-stress)

petrel_unit_test(test_gc_system_oom)
