# A small company fleet: six NixOS servers in a data centre, two MacBooks.
# Servers are installed with nixos-anywhere + disko and deployed with Colmena
# and deploy-rs (the gateway pulls its own with comin); the laptops run nix-darwin.
let
  # Shared by every server in the data centre. (`//` is shallow: a host that
  # sets `ports` or `facts` replaces the whole attribute, so those stay per host.)
  server = {
    system = "x86_64-linux";
    users = [ "ops" ];
  };
in
{
  web1 = server // {
    roles = [
      "server"
      "web"
    ];
    networks.dc.address = "10.1.0.11";
    networks.wg.address = "10.100.0.11";
    facts.wireguard = {
      publicKey = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=";
      listenPort = 51820;
    };
    ports = {
      ssh = 22;
      http = [
        80
        443
      ];
      wireguard = 51820;
    };
    deploy = {
      network = "dc";
      tags = [ "web" ];
    };
    bootstrap = {
      disko = "disko.nix";
      network = "dc";
    };
  };

  web2 = server // {
    roles = [
      "server"
      "web"
    ];
    fruits = [ "status-page" ];
    networks.dc.address = "10.1.0.12";
    networks.wg.address = "10.100.0.12";
    facts.wireguard = {
      publicKey = "HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=";
      listenPort = 51820;
    };
    ports = {
      ssh = 22;
      http = [
        80
        443
      ];
      wireguard = 51820;
    };
    deploy = {
      network = "dc";
      tags = [ "web" ];
    };
    bootstrap = {
      disko = "disko.nix";
      network = "dc";
    };
  };

  db1 = server // {
    roles = [
      "server"
      "database"
    ];
    networks.dc.address = "10.1.0.21";
    networks.wg.address = "10.100.0.21";
    facts = {
      wireguard = {
        publicKey = "TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=";
        listenPort = 51820;
      };
      postgres.databases = [
        "app"
        "grafana"
      ];
    };
    ports = {
      ssh = 22;
      postgres = 5432;
      wireguard = 51820;
    };
    deploy = {
      network = "dc";
      tags = [ "db" ];
    };
    bootstrap = {
      disko = "disko.nix";
      network = "dc";
    };
  };

  ci = server // {
    system = "aarch64-linux";
    roles = [
      "server"
      "builder"
    ];
    networks.dc.address = "10.1.0.31";
    networks.wg.address = "10.100.0.31";
    facts.wireguard = {
      publicKey = "2zoN9RpCyiBGr8yjZgcj0g8K5ZvhsiHnQuhz8RUt9Gg=";
      listenPort = 51820;
    };
    ports = {
      ssh = 2222;
      wireguard = 51820;
    };
    deploy = {
      network = "dc";
      sshPort = 2222;
      tools = [ "colmena" ];
      tags = [ "ci" ];
      buildOnTarget = true;
    };
  };

  monitor = server // {
    roles = [
      "server"
      "monitoring"
    ];
    networks.dc.address = "10.1.0.41";
    networks.wg.address = "10.100.0.41";
    facts.wireguard = {
      publicKey = "q2PmAcVZT6j5I1JQwVv3Bz2oXbF7EGm8ETUv6aYk9Uo=";
      listenPort = 51820;
    };
    ports = {
      ssh = 22;
      prometheus = 9090;
      grafana = 3000;
      wireguard = 51820;
    };
    deploy = {
      targetHost = "monitor.dc.example.com";
      tools = [ "deploy-rs" ];
      targetUser = "ops";
      tags = [ "monitoring" ];
    };
  };

  gateway = server // {
    roles = [ "server" ];
    networks.dc.address = "10.1.0.1";
    networks.wg.address = "10.100.0.1";
    facts.wireguard = {
      publicKey = "Yl3rhnNnR0FF0HfrS3aLtmJUYvGpMYoZ2nyB6Nh8wwY=";
      listenPort = 51820;
    };
    ports = {
      ssh = 22;
      wireguard = 51820;
    };
    # The gateway pulls its own configuration: comin follows the main branch.
    deploy = {
      tools = [ "comin" ];
      comin = {
        url = "https://git.example.com/ops/fleet.git";
        branch = "main";
      };
    };
  };

  mac-alice = {
    system = "aarch64-darwin";
    roles = [ "laptop" ];
    users = [ "alice" ];
    networks.tailnet.address = "100.64.0.10";
    deploy = {
      network = "tailnet";
      targetUser = "alice";
      # deploy-rs' deployChecks in `nix flake check` for this laptop (opt-in: they build it).
      checks = true;
    };
  };

  mac-bob = {
    system = "aarch64-darwin";
    roles = [ "laptop" ];
    users = [ "bob" ];
    networks.tailnet.address = "100.64.0.11";
  };
}
