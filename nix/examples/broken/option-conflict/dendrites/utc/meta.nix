{ description = "Clocks in UTC"; }
