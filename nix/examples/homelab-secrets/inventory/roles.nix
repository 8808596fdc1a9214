# Kinds of machine: what every host of the kind gets.
{
  server = {
    description = "Headless, always on, reachable over SSH";
    dendrites = [
      "base"
      "ssh"
    ];
  };
  desktop = {
    description = "A graphical workstation";
    dendrites = [
      "base"
      "ssh"
      "desktop"
    ];
    homes = [ "desktop-apps" ];
  };
}
