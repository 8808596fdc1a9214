{
  server = {
    description = "Every NixOS server in the data centre";
    dendrites = [
      "server-base"
      "monitoring/exporter"
      "network/wireguard-mesh"
    ];
  };
  web = {
    dendrites = [ "web/nginx" ];
  };
  database = {
    dendrites = [ "db/postgres" ];
  };
  builder = {
    dendrites = [ "ci/builder" ];
  };
  monitoring = {
    dendrites = [ "monitoring/prometheus" ];
  };
  laptop = {
    description = "A developer MacBook";
    dendrites = [
      "darwin/base"
      "darwin/homebrew"
    ];
    homes = [ "shell" ];
  };
}
