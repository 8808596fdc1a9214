{
  alice = {
    uid = "1000";
    homes = [ "shell" ];
  };
}
