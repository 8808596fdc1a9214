(rec { a = throw "a"; b = 1; c = b + 1; }).c
