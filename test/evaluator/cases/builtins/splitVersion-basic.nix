map builtins.splitVersion [ "1.2.3" "2.3pre1" "1.0-beta" "a.b..c" "" "1a2b" "2.3.4-rc1.pre" ]
