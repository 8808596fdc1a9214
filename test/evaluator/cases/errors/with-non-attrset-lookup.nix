with "string"; someVar
