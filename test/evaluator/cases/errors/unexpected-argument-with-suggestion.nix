({ name, version }: name) { name = "x"; version = "1"; verison = "1"; }
