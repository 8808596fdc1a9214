toString { __toString = self: "custom-${self.x}"; x = "y"; }
