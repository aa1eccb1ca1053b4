# The object layer (src/objects/, src/base/utf8.c): one test per mechanism; every test that
# touches the heap runs again under --gc-stress (a collection at every safepoint, evacuated
# space poisoned). test_object_random prints its seed (--seed=N or PETREL_OBJECT_SEED=N).
petrel_unit_test(test_utf8)
petrel_unit_test(test_string)
petrel_unit_test(test_atom)
petrel_unit_test(test_shape)
petrel_unit_test(test_elements)
petrel_unit_test(test_object_random)
petrel_unit_test(test_object_limits)
petrel_unit_test(test_bigint_cell)
petrel_unit_test(test_hashmap)
foreach(test_name test_string test_atom test_shape test_elements test_object_random test_bigint_cell test_hashmap)
  add_test(NAME ${test_name}_gc_stress COMMAND ${test_name} --gc-stress)
endforeach()
