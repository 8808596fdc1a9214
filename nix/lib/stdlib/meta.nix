# Package metadata helpers: adding `meta` attributes, priorities, renaming, platform matching,
# SPDX license lookup and the main-program path (`getExe`). Mirrors the `meta` family of
# nixpkgs' lib.
{ lib }:
let
  b = builtins;
  inherit (lib.attrsets) isDerivation getBin;

  self = {
    /**
      Merge `newAttrs` into the derivation's `meta` (through `overrideAttrs` when present).

      # Type

      ```
      addMetaAttrs :: AttrSet -> derivation -> derivation
      ```
    */
    addMetaAttrs =
      newAttrs: drv:
      if drv ? overrideAttrs then
        drv.overrideAttrs (old: {
          meta = (old.meta or { }) // newAttrs;
        })
      else
        drv // { meta = (drv.meta or { }) // newAttrs; };

    /**
      Keep Hydra from building the package.
    */
    dontDistribute = drv: self.addMetaAttrs { hydraPlatforms = [ ]; } drv;

    /**
      Replace the derivation's name.
    */
    setName = name: drv: drv // { inherit name; };

    /**
      Map the derivation's name.
    */
    updateName = updater: drv: drv // { name = updater drv.name; };

    /**
      Insert `-suffix` between a name's package part and its version.

      # Type

      ```
      appendToName :: string -> derivation -> derivation
      ```
    */
    appendToName =
      suffix:
      self.updateName (
        name:
        let
          parsed = b.parseDrvName name;
        in
        "${parsed.name}-${suffix}-${parsed.version}"
      );

    /**
      Apply `f` to the derivations of a set, leaving other values alone.
    */
    mapDerivationAttrset = f: set: b.mapAttrs (_: v: if isDerivation v then f v else v) set;

    /**
      The default `meta.priority`.
    */
    defaultPriority = 5;

    /**
      Set `meta.priority`.
    */
    setPrio = priority: self.addMetaAttrs { inherit priority; };

    /**
      Priority 10 (loses file collisions).
    */
    lowPrio = self.setPrio 10;

    /**
      `lowPrio` for every derivation of a set.
    */
    lowPrioSet = set: self.mapDerivationAttrset self.lowPrio set;

    /**
      Priority -10 (wins file collisions).
    */
    hiPrio = self.setPrio (-10);

    /**
      `hiPrio` for every derivation of a set.
    */
    hiPrioSet = set: self.mapDerivationAttrset self.hiPrio set;

    /**
      Whether a platform matches an element of `meta.platforms`: a system string or a
      (partial) parsed-platform pattern.

      # Type

      ```
      platformMatch :: AttrSet -> (string | AttrSet) -> bool
      ```
    */
    platformMatch =
      platform: elem:
      if b.isString elem then
        platform ? system && elem == platform.system
      else
        lib.attrsets.matchAttrs (if elem ? parsed then elem else { parsed = elem; }) platform;

    /**
      Whether a package is available on a platform (its `meta.platforms` and
      `meta.badPlatforms`).

      # Type

      ```
      availableOn :: AttrSet -> derivation -> bool
      ```
    */
    availableOn =
      platform: pkg:
      (!(pkg ? meta.platforms) || b.any (self.platformMatch platform) pkg.meta.platforms)
      && (!(pkg ? meta.badPlatforms) || !(b.any (self.platformMatch platform) pkg.meta.badPlatforms));

    /**
      The licenses of `lib.licenses` keyed by SPDX identifier.
    */
    licensesSpdx = lib.attrsets.mapAttrs' (_: l: {
      name = l.spdxId;
      value = l;
    }) (lib.attrsets.filterAttrs (_: l: l ? spdxId) lib.licenses);

    /**
      The license with an SPDX identifier (case-insensitive); warns and makes a stand-in
      when unknown.

      # Type

      ```
      getLicenseFromSpdxId :: string -> AttrSet
      ```
    */
    getLicenseFromSpdxId =
      licstr:
      self.getLicenseFromSpdxIdOr licstr (
        lib.trivial.warn "getLicenseFromSpdxId: No license with the given SPDX ID found: ${licstr}" {
          shortName = licstr;
          spdxId = licstr;
        }
      );

    /**
      The license with an SPDX identifier (case-insensitive), or `default`.

      # Type

      ```
      getLicenseFromSpdxIdOr :: string -> a -> (AttrSet | a)
      ```
    */
    getLicenseFromSpdxIdOr =
      let
        byLowerId = lib.attrsets.mapAttrs' (id: l: {
          name = lib.strings.toLower id;
          value = l;
        }) self.licensesSpdx;
      in
      licstr: default: byLowerId.${lib.strings.toLower licstr} or default;

    /**
      The path of a package's main program, `meta.mainProgram` (or, with a warning, its name).

      # Type

      ```
      getExe :: derivation -> string
      ```
    */
    getExe =
      x:
      self."getExe'" x (
        x.meta.mainProgram or (lib.trivial.warn
          "getExe: Package ${
            lib.strings.escapeNixIdentifier x.meta.name or x.pname or x.name
          } does not have the meta.mainProgram attribute. We'll assume that the main program has the same name for now, but this behavior is deprecated, because it leads to surprising errors when the assumption does not hold. If the package has a main program, please set `meta.mainProgram` in its definition to make this warning go away. Otherwise, if the package does not have a main program, or if you don't control its definition, use getExe' to specify the name to the program, such as lib.getExe' foo \"bar\"."
          (lib.strings.getName x)
        )
      );

    /**
      The path of the named program in a package's `bin` output.

      # Type

      ```
      getExe' :: derivation -> string -> string
      ```
    */
    "getExe'" =
      x: y:
      assert lib.asserts.assertMsg (isDerivation x)
        "lib.meta.getExe': The first argument is of type ${b.typeOf x}, but it should be a derivation instead.";
      assert lib.asserts.assertMsg (b.isString y)
        "lib.meta.getExe': The second argument is of type ${b.typeOf y}, but it should be a string instead.";
      assert lib.asserts.assertMsg (b.match ".*/.*" y == null)
        "lib.meta.getExe': The second argument \"${y}\" is a nested path with a \"/\" character, but it should just be the name of the executable instead.";
      "${getBin x}/bin/${y}";

    /**
      CPE parts for a version with a vendor (`update = "*"`).
    */
    cpeFullVersionWithVendor = vendor: version: {
      inherit vendor version;
      update = "*";
    };
  };
in
self
