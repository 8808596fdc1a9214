{
  lan = {
    kind = "lan";
    cidr = "10.0.0.0/24";
  };
}
