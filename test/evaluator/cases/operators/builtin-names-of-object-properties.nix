# Names that JavaScript objects have (toString, constructor, …) are ordinary names here, also when
# applied to two arguments like the operator builtins (__sub, __lessThan, …).
[
  (let constructor = a: b: a + b; in constructor 1 2)
  (let hasOwnProperty = a: b: a * b; in hasOwnProperty 3 4)
  (builtins.map (toString) [ 1 ])
]
