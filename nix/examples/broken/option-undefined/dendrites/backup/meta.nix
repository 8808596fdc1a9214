{ description = "Backups to a target nobody set"; }
