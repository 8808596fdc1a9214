{
  alice.uid = 1000;
}
