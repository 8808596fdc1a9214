let nest = n: if n == 0 then 0 else { inner = nest (n - 1); }; get = s: if builtins.isInt s then s else get s.inner; in get (nest 2000)
