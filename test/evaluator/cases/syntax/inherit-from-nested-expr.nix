let s = { p = { q = 5; }; }; in { inherit (s.p) q; }
