# deepSeq forces attributes in symbol order (names in the order first met), not by name: `deepSeqOrderB` throws
# before `deepSeqOrderA` aborts, so tryEval catches it.
(builtins.tryEval (builtins.deepSeq { deepSeqOrderB = throw "b"; deepSeqOrderA = abort "a"; } 1)).success
