let nan = 0.0 / 0.0; in nan
