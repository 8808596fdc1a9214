# How enums describe themselves.
lib:
map (values: (lib.types.enum values).description) [
  [ ]
  [ "one" ]
  [ "a" "b" ]
  [ 1 true null ]
]
