let cfg = { enable = true; port = 80; }; in cfg.enabel
