map (c: builtins.match "[[:upper:]][[:lower:]][[:alnum:]][[:punct:]][[:xdigit:]]" c) [ "Ab1!f" "ab1!f" "Ab1!g" ]
