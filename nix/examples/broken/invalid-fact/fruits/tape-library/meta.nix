{
  description = "A tape library";
  class = "nixos";
  facts = {
    "tape.manager".oneOf = [
      "bacula"
      "ltfs"
    ];
    "tape.devices" = {
      type = "list";
      nonEmpty = true;
    };
  };
}
