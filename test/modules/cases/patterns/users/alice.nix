# Alice's account.
{
  users.users.alice.uid = 1000;
}
