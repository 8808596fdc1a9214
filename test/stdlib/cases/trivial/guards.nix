# Warnings and throws: warn, warnIf, warnIfNot, throwIf, throwIfNot, checkListOfEnum, info.
# Warnings sit in a list: list elements are forced in order, attribute values in an order that
# depends on the evaluator's symbol table (and so on the lib's own source).
lib:
let
  t = e: (builtins.tryEval e).success;
in
[
  (lib.warn "first warning" 1)
  (lib.warnIf true "warnIf fired" 2)
  (lib.warnIf false "never" 3)
  (lib.warnIfNot false "warnIfNot fired" 4)
  (lib.warnIfNot true "never" 5)
  (t (lib.throwIf true "boom" 1))
  (lib.throwIf false "no" 6)
  (t (lib.throwIfNot false "boom" 1))
  (lib.throwIfNot true "no" 7)
  (lib.checkListOfEnum "fruits" [ "apple" "pear" ] [ "apple" ] 8)
  (t (lib.checkListOfEnum "fruits" [ "apple" ] [ "kiwi" ] 9))
  (lib.trivial.showWarnings [ "w1" "w2" ] 10)
  (lib.info "an info" 11)
  (lib.warn "line one\n  line two\n" 12)
]
