toString { outPath = { outPath = "/deep"; }; }
