builtins.toJSON "quote\" backslash\\ nl\n tab\t cr\r slash/ unicode é ctrl${builtins.fromJSON ''"\u0001"''}"
