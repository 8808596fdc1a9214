builtins.match "(.*?)b" "aab"
