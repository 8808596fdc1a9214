toString { __toString = s: 42; }
