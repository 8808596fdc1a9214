map builtins.dirOf [ "/a/b/c" "/a/b/" "a/b" "a" "/" "" "//a" "/a" ]
