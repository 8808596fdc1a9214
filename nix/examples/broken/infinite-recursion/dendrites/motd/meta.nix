{ description = "A greeting that names the machine"; }
