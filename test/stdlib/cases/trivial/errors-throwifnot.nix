# checkListOfEnum's message.
lib: lib.checkListOfEnum "services.foo.bar" [ "a" "b" ] [ "c" "a" "d" ] true
