{ services.bacula-dir.enable = true; }
