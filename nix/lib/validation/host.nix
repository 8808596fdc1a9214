# Validation of one assembled host: the checks that need to know what the
# host ended up with after roles were merged and `requires` resolved.
#
#   class-mismatch        a nixos-only unit on a darwin host, or the reverse
#   dendrite-conflict     two resolved dendrites conflict (both reasons shown)
#   missing-fact          see facts.nix
#   invalid-fact
#   missing-fruit         a fruit needs a fruit the host does not run
#   invalid-network-ref   an overlay membership without an address; a unit
#                         needs a network kind the host is not a member of
#   invalid-port          a port that is not an integer in 1–65535
#   duplicate-port        two bindings of one port on the host
#   invalid-deploy-ref    deploy names a network the host is not in, has no
#                         target, or asks a tool for what it cannot do
#   invalid-bootstrap-ref bootstrap names a network the host is not in, a
#                         disko file that does not exist, or a darwin host
#
# A problem caused by a selection is reported at the selection (the host's or
# the role's list), with the host set; a problem in the host's own fields at
# that field.
{
  normalized,
  discovered,
  diagnostics,
}:
let
  strings = import ../util/strings.nix;
  lists = import ../util/lists.nix;
  contract = import ./contract.nix;
  facts = import ./facts.nix { inherit diagnostics; };
  resolve = import ../pipeline/resolve.nix;
  inherit (strings) quote humanList didYouMean;
  inherit (resolve) showReason;
  inherit (normalized)
    networks
    dendrites
    fruits
    ;
  inherit (builtins)
    attrNames
    concatMap
    map
    filter
    head
    elem
    isInt
    isList
    groupBy
    length
    tail
    ;

  /**
    Where the first reason a unit was selected is written.
  */
  originPosition = selected: (head selected.reasons).origin.position;

  /**
    The diagnostics of one assembled host.
  */
  validateHost =
    plan:
    let
      host = plan.host;
      name = host.name;
      make = args: diagnostics.make (args // { host = name; });
      fieldPosition = field: diagnostics.positionOf field host.raw host.file;
      units =
        map (d: {
          selected = d;
          unit = dendrites.${d.id};
        }) plan.dendrites
        ++ map (f: {
          selected = f;
          unit = fruits.${f.id};
        }) plan.fruits;

      classMismatch = concatMap (
        { selected, unit }:
        if unit.class == "any" || unit.class == host.class then
          [ ]
        else
          [
            (make {
              code = "class-mismatch";
              position = originPosition selected;
              message = "host ${name} is a ${host.class} host, but ${unit.kind} ${unit.id} is for class ${quote unit.class} (selected by ${showReason (head selected.reasons)}).";
              hint =
                if unit.class == "homeManager" then
                  "Home Manager modules belong in homes/ and are selected through `homes`."
                else
                  "Select it only on ${unit.class} hosts, or set class = \"any\" in ${unit.metaFile} if it works on both.";
            })
          ]
      ) units;

      conflicts = concatMap (
        d:
        concatMap (
          other:
          let
            otherSelected = head (filter (x: x.id == other) plan.dendrites);
          in
          # Each pair once: when both declare the conflict, the one whose id
          # sorts first reports it; otherwise the one that declares it.
          if !(plan.dendriteIds ? ${other}) || (elem d.id dendrites.${other}.conflicts && other < d.id) then
            [ ]
          else
            [
              (make {
                code = "dendrite-conflict";
                position = originPosition d;
                message = "host ${name} has dendrites ${d.id} and ${other}, which conflict: ${d.id} is selected by ${showReason (head d.reasons)}, ${other} by ${showReason (head otherSelected.reasons)}.";
                hint = "Keep one of them on host ${name}.";
              })
            ]
        ) dendrites.${d.id}.conflicts
      ) plan.dendrites;

      factDiagnostics = concatMap (
        { selected, unit }:
        facts.checkUnit {
          inherit host unit;
          reason = showReason (head selected.reasons);
        }
      ) units;

      missingFruits = concatMap (
        f:
        map (
          needed:
          make {
            code = "missing-fruit";
            position = originPosition f;
            message = "host ${name} runs fruit ${f.id}, which needs fruit ${needed}, but the host does not run ${needed}.";
            hint = "Add ${quote needed} to the fruits of host ${name} (or of one of its roles).";
          }
        ) (filter (needed: fruits ? ${needed} && !(plan.fruitIds ? ${needed})) fruits.${f.id}.fruits)
      ) plan.fruits;

      memberKinds = lists.toSet (
        concatMap (net: if networks ? ${net} && networks.${net}.kind != null then [ networks.${net}.kind ] else [ ]) (
          attrNames host.networks
        )
      );
      networkDiagnostics =
        concatMap (
          net:
          if networks ? ${net} && networks.${net}.overlay && host.networks.${net}.address == null then
            [
              (make {
                code = "invalid-network-ref";
                position = diagnostics.positionOf net (host.raw.networks or { }) host.file;
                message = "host ${name} is a member of overlay network ${net} (kind ${quote (toString networks.${net}.kind)}) without an address in it.";
                hint = "Set networks.${net}.address for host ${name}.";
              })
            ]
          else
            [ ]
        ) (attrNames host.networks)
        ++ concatMap (
          { selected, unit }:
          map (
            kind:
            make {
              code = "invalid-network-ref";
              position = originPosition selected;
              message = "${unit.kind} ${unit.id} needs host ${name} to be a member of a ${quote kind} network, but it is not.";
              hint =
                let
                  candidates = filter (n: networks.${n}.kind == kind) (attrNames networks);
                in
                if candidates == [ ] then
                  "Define a network with kind = ${quote kind} in inventory/networks.nix and add host ${name} to it."
                else
                  "Add host ${name} to ${humanList candidates} (networks.<name>.address).";
            }
          ) (filter (kind: !(memberKinds ? ${kind})) unit.networkKinds)
        ) units;

      # Ports: `name = port | [ ports ]`.
      rawPorts = if builtins.isAttrs (host.raw.ports or null) then host.raw.ports else { };
      bindings = concatMap (
        portName:
        let
          value = host.ports.${portName};
          values = if isList value then value else [ value ];
          position = diagnostics.positionOf portName rawPorts host.file;
        in
        lists.imap0 (index: port: {
          inherit portName port position index;
        }) values
      ) (attrNames host.ports);
      validPort = b: isInt b.port && b.port >= 1 && b.port <= 65535;
      invalidPorts = map (
        b:
        make {
          code = "invalid-port";
          inherit (b) position;
          message = "host ${name}: port ${quote b.portName} is ${
            if isInt b.port then toString b.port else "not an integer"
          }; a port must be an integer from 1 to 65535.";
          hint = null;
        }
      ) (filter (b: !(validPort b)) bindings);
      byPort = groupBy (b: toString b.port) (filter validPort bindings);
      duplicatePorts = concatMap (
        port:
        let
          sorted = lists.sortOnTuple (b: [
            b.position.line
            b.position.column
            b.portName
            b.index
          ]) byPort.${port};
          first = head sorted;
        in
        map (
          b:
          make {
            code = "duplicate-port";
            inherit (b) position;
            message =
              if b.portName == first.portName then
                "host ${name} binds port ${port} twice in ${quote b.portName}."
              else
                "host ${name} binds port ${port} twice: as ${quote b.portName} and as ${quote first.portName} (${diagnostics.showPosition first.position}).";
            hint = "Give each service its own port on host ${name}.";
          }
        ) (tail sorted)
      ) (filter (port: length byPort.${port} > 1) (attrNames byPort));

      deployDiagnostics = import ./deploy.nix {
        inherit
          host
          make
          fieldPosition
          diagnostics
          networks
          discovered
          ;
      };
    in
    classMismatch
    ++ conflicts
    ++ factDiagnostics
    ++ missingFruits
    ++ networkDiagnostics
    ++ invalidPorts
    ++ duplicatePorts
    ++ deployDiagnostics;
in
validateHost
