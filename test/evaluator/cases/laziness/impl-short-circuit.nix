false -> throw "rhs"
