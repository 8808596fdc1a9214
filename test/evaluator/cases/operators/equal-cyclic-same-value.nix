# The same cyclic value is equal to itself without a look inside, and shared cells are too.
let x = { inherit x; }; a = [ x ]; in [ (x == x) ([ a a ] == [ a a ]) ({ inherit x; } == { inherit x; }) ]
