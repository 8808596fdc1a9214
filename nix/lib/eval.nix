# Entry point 1: the fleet model as plain data.
#
#   nix-instantiate --eval --strict --json \
#     -E 'import ./lib/eval.nix { root = ./.; }'
#
# returns { hosts; homes; graph = { nodes; edges; }; diagnostics; outputs; }
# (schema: docs/model.md). Builtins only: no nixpkgs, no network, no store
# writes, so the same file runs under real Nix and under Arbor's TypeScript
# evaluator in the browser. Files in the model are relative to `root`.
{ root }: (import ./pipeline/model.nix { inherit root; }).json
