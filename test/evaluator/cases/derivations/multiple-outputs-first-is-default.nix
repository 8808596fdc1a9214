let d = derivation { name = "multi2"; system = "x"; builder = "/b"; outputs = [ "bin" "out" ]; }; in [ d.outputName d.outPath d.bin.outPath ]
