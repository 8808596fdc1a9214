{ description = "Nightly backups, with options of its own"; }
