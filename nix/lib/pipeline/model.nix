# The pipeline: discover → normalize → resolve → assemble → validate (and the
# secrets plan and checks, secrets/), then the graph and the outputs preview.
#
#   import ./lib/pipeline/model.nix { root = ./.; }
#
# returns the internal data (`normalized`, `plans`, `diagnostics`, `errors`,
# `report`) that the flake module builds real configurations from, and
# `json`, the model as plain JSON-able data, which `eval.nix` returns. Both
# come from one evaluation, so the playground and `nix flake check` can never
# see different fleets.
#
# This folder holds the stages in order: discover.nix (the file tree), normalize.nix (the checked
# inventory, every default filled), resolve.nix (`requires`, cycles, reasons), assemble.nix (each
# host's module list) and graph.nix. The checks live in ../validation, the outputs in ../outputs.
{ root }:
let
  lists = import ../util/lists.nix;
  discovered = import ./discover.nix { inherit root; };
  diagnostics = import ../validation/diagnostics.nix { inherit (discovered) rootString; };
  normalized = import ./normalize.nix { inherit discovered diagnostics; };
  resolve = import ./resolve.nix;
  resolvers = {
    dendrites = resolve.mkResolver {
      units = normalized.dendrites;
      label = "dendrite";
    };
    homes = resolve.mkResolver {
      units = normalized.homes;
      label = "home";
    };
  };
  plans = import ./assemble.nix {
    inherit
      normalized
      discovered
      resolvers
      diagnostics
      ;
  };
  validateHost = import ../validation/host.nix { inherit normalized discovered diagnostics; };
  secrets = import ../secrets {
    inherit
      normalized
      plans
      discovered
      diagnostics
      ;
  };
  inherit (builtins)
    attrNames
    concatMap
    map
    mapAttrs
    isAttrs
    isList
    isPath
    isFunction
    listToAttrs
    concatStringsSep
    length
    ;

  allDiagnostics = diagnostics.sortDiagnostics (
    diagnostics.dedupeDiagnostics (
      normalized.diagnostics
      ++ import ../validation/project.nix {
        inherit
          normalized
          discovered
          resolvers
          diagnostics
          ;
      }
      ++ concatMap (name: validateHost plans.${name}) (attrNames plans)
      ++ secrets.diagnostics
    )
  );
  errors = diagnostics.errorsOf allDiagnostics;

  # One diagnostic a line, for `checks.<system>.arbor` and failing outputs.
  report =
    "Arbor found ${toString (length errors)} error${if length errors == 1 then "" else "s"} in the fleet model:\n"
    + concatStringsSep "\n" (map diagnostics.formatDiagnostic errors);

  /**
    Facts are free-form: make them JSON-safe (paths as project-relative strings, functions as a
    marker) so `--json` never copies to the store.
  */
  toPlain =
    value:
    if isPath value then
      diagnostics.relativeFile (toString value)
    else if isFunction value then
      "<function>"
    else if isList value then
      map toPlain value
    else if isAttrs value then
      mapAttrs (_: toPlain) value
    else
      value;

  /**
    A selected unit as the model shows it: its id and why it was selected.
  */
  showReasons = selected: {
    inherit (selected) id;
    reasons = map resolve.showReason selected.reasons;
  };

  deploy = import ../outputs/deployment.nix;

  /**
    Host `name` as the model's JSON shows it.
  */
  hostJson =
    name: plan:
    let
      h = plan.host;
    in
    {
      inherit name;
      inherit (h)
        system
        class
        description
        roles
        users
        deploy
        keys
        ;
      inherit (h.position) file line column;
      networks = mapAttrs (
        net: m:
        m
        // {
          kind = if normalized.networks ? ${net} then normalized.networks.${net}.kind else null;
        }
      ) h.networks;
      facts = toPlain h.facts;
      ports = toPlain h.ports;
      bootstrap =
        if h.bootstrap == null then
          null
        else
          h.bootstrap
          // {
            targetHost = deploy.bootstrapTarget h;
            command = deploy.bootstrapCommand h;
          };
      dendrites = map showReasons plan.dendrites;
      fruits = map showReasons plan.fruits;
      inherit (plan) modules;
      homes = attrNames plan.homeConfigurations;
    };

  homesJson = listToAttrs (
    concatMap (
      name:
      map (key: {
        name = key;
        value =
          let
            home = plans.${name}.homeConfigurations.${key};
          in
          {
            inherit (home)
              user
              host
              system
              class
              modules
              ;
            homes = map showReasons home.homes;
          };
      }) (attrNames plans.${name}.homeConfigurations)
    ) (attrNames plans)
  );

  json = {
    hosts = mapAttrs hostJson plans;
    homes = homesJson;
    graph = import ./graph.nix { inherit normalized discovered diagnostics; };
    diagnostics = allDiagnostics;
    outputs = import ../outputs/preview.nix { inherit plans normalized secrets; };
    secrets = secrets.json;
  };
in
{
  inherit
    root
    discovered
    normalized
    plans
    errors
    report
    json
    toPlain
    secrets
    ;
  diagnostics = allDiagnostics;
  inherit (diagnostics) formatDiagnostic;
}
