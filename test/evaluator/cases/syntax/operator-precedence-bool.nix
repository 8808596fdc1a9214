[ (true || false && false) (!true || true) (false -> false) (true -> false || true) (false && true -> false) ]
