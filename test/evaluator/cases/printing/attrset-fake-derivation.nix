{ type = "derivation"; drvPath = "/nix/store/fake.drv"; x = 1; }
