let a = rec { x = 1; y = { z = x + 1; }; }; in a.y.z
