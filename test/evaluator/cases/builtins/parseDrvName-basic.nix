map builtins.parseDrvName [ "hello-2.10" "nix-0.12pre12876" "a-b-c-1.0-d" "noversion" "foo-bar" "foo-1bar" "" "x-" ]
