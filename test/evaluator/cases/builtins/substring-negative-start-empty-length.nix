# The start is checked before the length: an empty substring at a negative start is an error too,
# and the string is not evaluated first.
builtins.substring (-1) 0 (throw "not evaluated")
