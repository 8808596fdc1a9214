{
  box = {
    dendrites = [ "base" ];
    fruits = [ "tape-library" ];
    facts.tape = {
      manager = "amanda";
      devices = [ "/dev/nst0" ];
    };
  };
}
