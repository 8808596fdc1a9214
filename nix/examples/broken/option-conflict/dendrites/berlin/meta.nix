{ description = "Clocks in Berlin"; }
