{ level1 = { level2 = { level3 = [ { bad = null.x; } ]; }; }; }
