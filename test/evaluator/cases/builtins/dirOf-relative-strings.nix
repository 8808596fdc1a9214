map builtins.dirOf [ "foo" "foo/" "./foo" "../foo" ]
