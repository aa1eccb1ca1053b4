# C unit tests: one executable per mechanism, run by ctest on every target (through node
# and host-js for wasi and web: see CMAKE_CROSSCOMPILING_EMULATOR).
function(petrel_unit_test name)
  cmake_parse_arguments(UNIT "" "" "ARGS" ${ARGN})
  petrel_executable(${name} tests/unit/${name}.c)
  target_include_directories(${name} PRIVATE tests/unit)
  add_test(NAME ${name} COMMAND ${name} ${UNIT_ARGS})
endfunction()

petrel_unit_test(test_errors)
petrel_unit_test(test_flags)
petrel_unit_test(test_sys ARGS ${CMAKE_CURRENT_SOURCE_DIR}/tests/unit/fixtures)
if(PETREL_TARGET STREQUAL "native")
  petrel_unit_test(test_native_libs)
endif()
