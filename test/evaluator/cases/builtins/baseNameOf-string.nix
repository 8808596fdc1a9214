map builtins.baseNameOf [ "/a/b/c" "/a/b/" "c" "" "/" "a//" "/a/b.tar.gz" ]
