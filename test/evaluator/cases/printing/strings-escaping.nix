[ "tab\t" "nl\n" "cr\r" "quote\"" "dollar-brace \${" "dollar $" "backslash \\" "\u{1}" ]
