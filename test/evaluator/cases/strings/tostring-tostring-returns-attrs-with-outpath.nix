toString { __toString = s: { outPath = "/o"; }; }
