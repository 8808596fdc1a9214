let d = derivation { name = "fixed-sri"; system = "x"; builder = "/b"; outputHash = "sha256-2QFMRiSESqW6wxR3PWtomtRn+k4dGlChuKmdWpX3L/U="; }; in [ d.drvPath d.outPath ]
