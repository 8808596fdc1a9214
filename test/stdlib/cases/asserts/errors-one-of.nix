# assertOneOf's message (pretty-printed choices).
lib: assert lib.assertOneOf "services.x.mode" "fast" [ "slow" "medium" ]; true
