{
  box = {
    dendrites = [ "base" ];
    facts.storage = import ./storage-facts.nix;
  };
}
