false && throw "rhs"
