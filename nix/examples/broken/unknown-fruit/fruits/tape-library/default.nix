{ services.bacula-sd.enable = true; }
