# The message of replaceElemAt out of range.
lib: lib.lists.replaceElemAt [ 1 2 ] 2 0
