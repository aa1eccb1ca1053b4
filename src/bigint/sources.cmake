# bigint: arbitrary-precision integer digit arithmetic (separable: plain limb buffers).
list(APPEND PETREL_SOURCES
  src/bigint/bigint_add.c
  src/bigint/bigint_mul.c
  src/bigint/bigint_div.c
  src/bigint/bigint_bitwise.c
  src/bigint/bigint_convert.c
  src/bigint/bigint_string.c)
