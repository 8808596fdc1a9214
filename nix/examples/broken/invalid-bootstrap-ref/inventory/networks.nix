{
  lan.kind = "lan";
}
