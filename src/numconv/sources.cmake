# numconv: exact number <-> string conversion (separable: plain buffers, no engine types).
list(APPEND PETREL_SOURCES
  src/numconv/bignum.c
  src/numconv/numconv_dtoa.c
  src/numconv/numconv_radix.c
  src/numconv/numconv_strtod.c)
