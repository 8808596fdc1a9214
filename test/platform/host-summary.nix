# Selected values of the example hosts and homes evaluated with a real `lib`
# (nixpkgs' under the oracle) and Arbor's platform modules, as JSON-able
# data for platform.oracle.test.ts. `checks` evaluates small module sets
# that must fail (or pass) to show the declared types are enforced and the
# partly declared namespaces stay open.
{ lib }:
let
  evalHost = args: import ./eval-host.nix ({ inherit lib; } // args);
  platform = import ../../nix/lib/platform { inherit lib; };
  pkgs = platform.pkgsFor { system = "x86_64-linux"; };

  nas = (evalHost { example = "homelab"; host = "nas"; }).config;
  workstation = (evalHost { example = "homelab"; host = "workstation"; }).config;
  aliceAtNas = (evalHost { example = "homelab"; home = "alice@nas"; }).config;
  macAlice = (evalHost { example = "fleet"; host = "mac-alice"; }).config;
  aliceAtMac = (evalHost { example = "fleet"; home = "alice@mac-alice"; }).config;

  user = u: {
    inherit (u)
      name
      home
      group
      createHome
      isNormalUser
      isSystemUser
      uid
      extraGroups
      description
      ;
    keys = u.openssh.authorizedKeys.keys;
    shell = if u.shell == null then null else "${u.shell}";
  };
  failedAssertions = config: map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions);

  # A NixOS evaluation of some modules on top of the platform's.
  nixos =
    modules:
    lib.evalModules {
      specialArgs = {
        inherit (platform) modulesPath;
      };
      modules =
        platform.nixos
        ++ [
          { _module.freeformType = lib.types.lazyAttrsOf lib.types.anything; }
          {
            _module.args.pkgs = pkgs;
            nixpkgs.hostPlatform = "x86_64-linux";
          }
        ]
        ++ modules;
    };
  # Whether reading `select config` of those modules succeeds.
  evaluates = select: modules: (builtins.tryEval (builtins.deepSeq (select (nixos modules).config) true)).success;

  # Every host and home of both examples evaluates: its top-level derivation,
  # failed assertions and warnings.
  everyHostAndHome =
    example:
    let
      plans = (import ../../nix/lib/pipeline/model.nix { root = ../../nix/examples + "/${example}"; }).plans;
      hostNames = builtins.attrNames plans;
      homeKeys = builtins.concatMap (h: builtins.attrNames plans.${h}.homeConfigurations) hostNames;
      outcome = config: result: {
        inherit (result) name;
        failedAssertions = failedAssertions config;
        inherit (config) warnings;
      };
    in
    {
      hosts = lib.genAttrs hostNames (
        host:
        let
          config = (evalHost { inherit example host; }).config;
        in
        outcome config config.system.build.toplevel
      );
      homes = lib.genAttrs homeKeys (
        home:
        let
          config = (evalHost { inherit example home; }).config;
        in
        outcome config config.home.activationPackage
      );
    };

  standIns = [
    "installer/scan/not-detected.nix"
    "profiles/qemu-guest.nix"
    "profiles/minimal.nix"
    "profiles/headless.nix"
    "profiles/all-hardware.nix"
    "profiles/hardened.nix"
    "installer/cd-dvd/installation-cd-minimal.nix"
    "virtualisation/amazon-image.nix"
    "virtualisation/qemu-vm.nix"
  ];
in
{
  nas = {
    hostName = nas.networking.hostName;
    hostId = nas.networking.hostId;
    fqdnOrHostName = nas.networking.fqdnOrHostName;
    hostPlatform = {
      inherit (nas.nixpkgs.hostPlatform) system isLinux;
    };
    sshPorts = nas.services.openssh.ports;
    sshSettings = {
      inherit (nas.services.openssh.settings) PasswordAuthentication PermitRootLogin KbdInteractiveAuthentication;
    };
    firewallTCP = nas.networking.firewall.allowedTCPPorts;
    alice = user nas.users.users.alice;
    root = user nas.users.users.root;
    sshd = user nas.users.users.sshd;
    userNames = builtins.attrNames nas.users.users;
    tapeGroup = nas.users.groups.tape;
    wheelMembers = nas.users.groups.wheel.members;
    kernelModules = nas.boot.kernelModules;
    initrdModules = nas.boot.initrd.availableKernelModules;
    supportedFilesystems = nas.boot.supportedFilesystems;
    systemdBoot = nas.boot.loader.systemd-boot.enable;
    grub = nas.boot.loader.grub.enable;
    canTouchEfiVariables = nas.boot.loader.efi.canTouchEfiVariables;
    firmware = nas.hardware.enableRedistributableFirmware;
    intelMicrocode = nas.hardware.cpu.intel.updateMicrocode;
    fileSystems = nas.fileSystems;
    packages = map (p: p.name) nas.environment.systemPackages;
    nixSettings = {
      inherit (nas.nix.settings) experimental-features trusted-users substituters;
    };
    gc = {
      inherit (nas.nix.gc) automatic options dates;
    };
    timeZone = nas.time.timeZone;
    locale = nas.i18n.defaultLocale;
    stateVersion = nas.system.stateVersion;
    release = nas.system.nixos.release;
    toplevel = {
      inherit (nas.system.build.toplevel) type name __arborPlaceholder;
      path = "${nas.system.build.toplevel}";
    };
    warnings = nas.warnings;
    failedAssertions = failedAssertions nas;
    # Undeclared paths, kept by the root freeform type.
    freeform = {
      yggdrasilPeers = nas.services.yggdrasil.settings.Peers;
      zfsPools = nas.boot.zfs.extraPools;
      baculaDevices = builtins.attrNames nas.services.bacula-sd.device;
      udevRules = nas.services.udev.extraRules;
      diskoType = nas.disko.devices.disk.main.type;
    };
  };

  workstation = {
    fileSystems = builtins.mapAttrs (_: fs: {
      inherit (fs)
        mountPoint
        device
        fsType
        options
        neededForBoot
        ;
    }) workstation.fileSystems;
    supportedFilesystems = workstation.boot.supportedFilesystems;
    bob = user workstation.users.users.bob;
    audioMembers = workstation.users.groups.audio.members;
    fonts = map (p: p.name) workstation.fonts.packages;
    rtkit = workstation.security.rtkit.enable;
    videoDrivers = workstation.services.xserver.videoDrivers;
  };

  aliceAtNas = {
    inherit (aliceAtNas.home) username homeDirectory stateVersion;
    packages = map (p: p.name) aliceAtNas.home.packages;
    git = aliceAtNas.programs.git.settings;
    bash = aliceAtNas.programs.bash.enable;
    starship = aliceAtNas.programs.starship.enable;
    direnv = {
      inherit (aliceAtNas.programs.direnv) enable;
      nixDirenv = aliceAtNas.programs.direnv.nix-direnv.enable;
      bash = aliceAtNas.programs.direnv.enableBashIntegration;
    };
    xdg = {
      inherit (aliceAtNas.xdg) enable configHome;
    };
    activation = aliceAtNas.home.activationPackage.name;
    failedAssertions = failedAssertions aliceAtNas;
  };

  macAlice = {
    inherit (macAlice.system) stateVersion primaryUser primaryUserHome;
    hostName = macAlice.networking.hostName;
    localHostName = macAlice.networking.localHostName;
    aliceHome = macAlice.users.users.alice.home;
    casks = map (c: c.name) macAlice.homebrew.casks;
    cleanup = macAlice.homebrew.onActivation.cleanup;
    homebrewUser = macAlice.homebrew.user;
    homebrewPrefix = macAlice.homebrew.prefix;
    touchId = macAlice.security.pam.services.sudo_local.touchIdAuth;
    defaults = macAlice.system.defaults;
    gc = {
      inherit (macAlice.nix.gc) automatic interval;
    };
    packages = map (p: p.name) macAlice.environment.systemPackages;
    toplevel = macAlice.system.build.toplevel.name;
    hostPlatform = macAlice.nixpkgs.hostPlatform.isDarwin;
  };

  aliceAtMac = {
    inherit (aliceAtMac.home) homeDirectory;
    zsh = aliceAtMac.programs.zsh.enable;
    git = aliceAtMac.programs.git.settings;
  };

  examples = {
    homelab = everyHostAndHome "homelab";
    fleet = everyHostAndHome "fleet";
  };

  checks = {
    # Declared types are enforced.
    portMustBeAPort = evaluates (c: c.services.openssh.ports) [ { services.openssh.ports = [ "ssh" ]; } ];
    hostNameMustBeALabel = evaluates (c: c.networking.hostName) [ { networking.hostName = "nas.lan"; } ];
    permitRootLoginIsAnEnum = evaluates (c: c.services.openssh.settings) [
      { services.openssh.settings.PermitRootLogin = "sometimes"; }
    ];
    stateVersionIsAString = evaluates (c: c.system.stateVersion) [ { system.stateVersion = 25; } ];
    uidIsAnInt = evaluates (c: c.users.users.alice.uid) [ { users.users.alice.uid = "1000"; } ];
    fqdnNeedsADomain = evaluates (c: c.networking.fqdn) [ ];
    # Partly declared namespaces stay open to undeclared options.
    openUser = evaluates (c: c.users.users.alice.subUidRanges) [
      {
        users.users.alice = {
          isNormalUser = true;
          subUidRanges = [ { startUid = 100000; count = 65536; } ];
        };
      }
    ];
    openSshSettings = evaluates (c: c.services.openssh.settings.MaxAuthTries) [
      { services.openssh.settings.MaxAuthTries = 3; }
    ];
    openSshService = evaluates (c: c.services.openssh.authorizedKeysInHomedir) [
      { services.openssh.authorizedKeysInHomedir = false; }
    ];
    openFileSystem = evaluates (c: c.fileSystems."/".encrypted) [
      {
        fileSystems."/" = {
          device = "/dev/sda1";
          encrypted.enable = false;
        };
      }
    ];
    # nix.settings' freeform type is nix.conf's: a function is no setting.
    nixSettingMustSuitNixConf = evaluates (c: c.nix.settings) [ { nix.settings.foo = x: x; } ];
    # Derived values.
    fqdn = (nixos [ { networking = { hostName = "box"; domain = "example.org"; }; } ]).config.networking.fqdn;
    systemUserHome = (nixos [ { users.users.svc.isSystemUser = true; } ]).config.users.users.svc.home;
    etcSource =
      let
        etc = (nixos [ { environment.etc."motd".text = "hi"; } ]).config.environment.etc.motd;
      in
      {
        inherit (etc) target mode;
        source = etc.source.name;
      };
    variablesJoined = (nixos [ { environment.variables.PATHS = [ "/a" "/b" ]; } ]).config.environment.variables.PATHS;
    badHostId = failedAssertions (nixos [ { networking.hostId = "xyz"; } ]).config;
    unsetStateVersion = builtins.length (nixos [ ]).config.warnings;
    labelledFileSystem = (nixos [ { fileSystems."/data".label = "data"; } ]).config.fileSystems."/data".device;
    kernelPackages = (nixos [ { boot.kernelPackages = pkgs.linuxPackages_latest; } ]).config.boot.kernelPackages.zfs.name;
    shellOfNormalUser = (nixos [ { users.users.eve.isNormalUser = true; } ]).config.users.users.eve.shell.name;
    # pkgs.formats: the value types work as option types, generate names the file.
    formats =
      let
        typed =
          format: value:
          evaluates (c: c.x) [
            {
              options.x = lib.mkOption { type = (pkgs.formats.${format} { }).type; };
              config.x = value;
            }
          ];
        nested = {
          section.key = [
            1
            { a = null; }
          ];
        };
      in
      {
        json = typed "json" nested;
        yaml = typed "yaml" nested;
        toml = typed "toml" {
          section.key = [
            1
            { a = "b"; }
          ];
        };
        tomlHasNoNull = typed "toml" { a = null; };
        ini = typed "ini" { section.key = "v"; };
        iniIsFlat = typed "ini" nested;
        keyValue = typed "keyValue" { key = true; };
        generated = (pkgs.formats.yaml { }).generate "config.yaml" { a = 1; };
      };
    getExe = lib.getExe pkgs.htop;
    # Every modulesPath stand-in is a module that evaluates.
    standIns = map (
      path: evaluates (c: c.boot.initrd.availableKernelModules) [ { imports = [ (platform.modulesPath + "/${path}") ]; } ]
    ) standIns;
  };
}
