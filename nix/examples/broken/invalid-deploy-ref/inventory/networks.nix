{
  lan.kind = "lan";
  wan.kind = "wan";
}
