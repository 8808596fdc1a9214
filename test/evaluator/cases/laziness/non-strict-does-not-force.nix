# flags: --eval
{ a = { b = throw "deep"; }; c = throw "c"; }
