let
  a = derivation { name = "s1"; system = "x"; builder = "/b"; outputHashAlgo = "sha1"; outputHash = "09fac8dbfd27bd9b4d23a00eb648aa751789536d"; };
  b = derivation { name = "m5"; system = "x"; builder = "/b"; outputHashAlgo = "md5"; outputHash = "746308829575e17c3331bbcb00c0898b"; };
in [ a.outPath b.outPath ]
