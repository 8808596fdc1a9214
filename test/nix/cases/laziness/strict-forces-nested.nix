{ a = { b = throw "deep"; }; }
