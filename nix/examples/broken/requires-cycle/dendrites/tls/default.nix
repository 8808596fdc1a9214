{ security.acme.acceptTerms = true; }
