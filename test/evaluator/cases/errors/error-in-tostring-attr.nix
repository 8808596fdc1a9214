toString { __toString = self: throw "tostring failed"; }
