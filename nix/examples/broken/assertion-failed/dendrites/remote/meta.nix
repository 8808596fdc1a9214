{ description = "Remote administration, which needs SSH"; }
