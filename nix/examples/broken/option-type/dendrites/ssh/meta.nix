{ description = "OpenSSH on a custom port"; }
