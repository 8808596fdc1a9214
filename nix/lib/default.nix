# The map of Arbor's Nix library: every stage, and the files it is made of, one line each.
#
# Start here. The three entry points sit at the top and keep their paths (generated flakes,
# users and the docs name them); everything else lives in a folder named for its stage:
#
#   pipeline/    a project directory becomes the model (discover → normalize → resolve → assemble)
#   validation/  the checks that turn mistakes into diagnostics, and the diagnostics themselves
#   outputs/     what the model becomes in a flake: the preview (data) and the real outputs
#   hosts/       one host's modules evaluated by Arbor's own module system
#   secrets/     public keys in the inventory, encrypted files, and who may read what
#   modules/     the module system (evalModules, options, types), nixpkgs-compatible
#   stdlib/      Arbor's nixpkgs-compatible `lib` (it includes modules/)
#   platform/    the options and the placeholder `pkgs` a host's modules see
#   util/        the few string, list and attribute-set helpers the pipeline needs (builtins only)
#
# Importing this file gives the same map as paths, so `(import ./lib).pipeline.model` works; the
# library itself never imports it. test/library/nixdoc.test.ts checks that every file of the
# folders below is listed here.
{
  # Entry points.
  eval = ./eval.nix; # the model as plain data: `import ./lib/eval.nix { root = ./.; }`
  hostEval = ./host-eval.nix; # each host's modules evaluated: `(import ./lib/host-eval.nix { root = ./.; }).host "nas"`
  flakeModule = ./flake-module.nix; # the flake-parts module real flakes import

  pipeline = {
    model = ./pipeline/model.nix; # the pipeline end to end: internal data and the JSON eval.nix returns
    discover = ./pipeline/discover.nix; # what exists in a project, read from the file tree alone
    normalize = ./pipeline/normalize.nix; # the checked inventory and metadata, every default filled
    resolve = ./pipeline/resolve.nix; # transitive `requires`, cycles, and why each unit was chosen
    assemble = ./pipeline/assemble.nix; # per host the ordered module list; per user@host the home's
    graph = ./pipeline/graph.nix; # nodes and typed edges for the graph view and `arbor graph`
  };

  validation = {
    diagnostics = ./validation/diagnostics.nix; # diagnostic records: positions, ordering, formatting
    codes = ./validation/codes.json; # the registry of every diagnostic code (shared with TypeScript)
    contract = ./validation/contract.nix; # the inventory contract as data: every field and its type
    schema = ./validation/schema.nix; # checks a value against the contract, returns a clean copy
    facts = ./validation/facts.nix; # the facts a dendrite or fruit declares it needs
    project = ./validation/project.nix; # project-wide checks: unknown names, missing meta, cycles
    host = ./validation/host.nix; # per-host checks: class, conflicts, facts, networks, ports
    deploy = ./validation/deploy.nix; # a host's `deploy` and `bootstrap` settings
  };

  outputs = {
    preview = ./outputs/preview.nix; # the flake output tree Arbor will produce, as data
    flake = ./outputs/flake.nix; # the real outputs, built with the flake's inputs (flake-module.nix wraps it)
    deployment = ./outputs/deployment.nix; # Colmena, deploy-rs, nixos-anywhere and comin data, shared by both
  };

  hosts = {
    evaluate = ./hosts/evaluate.nix; # one host (or home) evaluated: modules, platform, freeform root
    arguments = ./hosts/arguments.nix; # the `host` and `arbor` module arguments
    generatedModules = ./hosts/generated-modules.nix; # the `arbor:host` / `arbor:home` modules
    freeform = ./hosts/freeform.nix; # the freeform type at the root of every host evaluation
  };

  secrets = {
    default = ./secrets/default.nix; # ties the secrets parts together for the pipeline
    plan = ./secrets/plan.nix; # which host needs which secret, where it lives, who decrypts it
    rules = ./secrets/rules.nix; # .sops.yaml or secrets/secrets.nix, generated from the plan
    validate = ./secrets/validate.nix; # the secrets checks, without decrypting anything
    wiring = ./secrets/wiring.nix; # sops.secrets / age.secrets of each generated module
    keys = ./secrets/keys.nix; # public keys, and the age recipient each stands for
    curve25519 = ./secrets/curve25519.nix; # Ed25519 public key to X25519, as ssh-to-age does it
    field25519Ops = ./secrets/field25519-ops.nix; # arithmetic in GF(2^255 - 19) (generated)
    encodings = ./secrets/encodings.nix; # base64 and bech32 on lists of bytes
    sopsFile = ./secrets/sops-file.nix; # what a sops file holds and for whom, read without the key
    standInModules = ./secrets/stand-in-modules.nix; # sops-nix, agenix and comin options for the host evaluation
  };

  modules = {
    default = ./modules/default.nix; # the module system: lib.modules, lib.options, lib.types
    evalModules = ./modules/eval-modules.nix; # a configuration from a list of modules
    collect = ./modules/collect.nix; # every module a configuration is made of, in nixpkgs' order
    merge = ./modules/merge.nix; # from collected modules to the option tree and the configuration
    options = ./modules/options.nix; # mkOption and the helpers every merge uses to name a problem
    properties = ./modules/properties.nix; # mkIf, mkMerge, mkOverride, mkOrder and their discharge
    renames = ./modules/renames.nix; # modules that rename, alias or remove options
    types = ./modules/types.nix; # option types: mkOptionType and what every type shares
    typesScalars = ./modules/types-scalars.nix; # bool, int, str, path, package, enum, ...
    typesContainers = ./modules/types-containers.nix; # listOf, attrsOf, nullOr, either, coercedTo, ...
    typesModules = ./modules/types-modules.nix; # submodule, submoduleWith, deferredModule
  };

  stdlib = ./stdlib; # Arbor's nixpkgs-compatible `lib`, one file per family (stdlib/default.nix lists them)
  platform = ./platform; # the placeholder `pkgs` and the NixOS / nix-darwin / Home Manager options (platform/default.nix)

  util = {
    attrs = ./util/attrs.nix; # genAttrs, optionalAttrs, pathOf and the like
    lists = ./util/lists.nix; # unique, uniqueOn, sortOnTuple and the like
    strings = ./util/strings.nix; # hasPrefix, quote, did-you-mean (Levenshtein) and the like
  };
}
