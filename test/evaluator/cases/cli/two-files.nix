# flags: --eval --strict test/evaluator/fixtures/fn-plain.nix
"second file"
