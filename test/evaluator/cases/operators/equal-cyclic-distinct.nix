# Two distinct cyclic sets never compare to an end: stack overflow.
let x = { inherit x; y = 1; }; z = { x = z; y = 1; }; in x == z
