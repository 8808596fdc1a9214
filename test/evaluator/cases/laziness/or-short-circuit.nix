true || throw "rhs"
