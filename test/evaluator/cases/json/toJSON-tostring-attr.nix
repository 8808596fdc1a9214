builtins.toJSON { __toString = self: "via toString"; }
