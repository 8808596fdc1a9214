[ (builtins.match "a{2,3}" "aaa") (builtins.match "a{2,3}" "aaaa") (builtins.match "(ab){2}" "abab") ]
