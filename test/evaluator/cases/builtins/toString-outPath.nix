toString { outPath = "/some/path"; }
