[ (false -> false -> false) (true -> true -> false) ]
