{
  lan.kind = "lan";
  ygg = {
    kind = "yggdrasil";
    private = true;
  };
}
