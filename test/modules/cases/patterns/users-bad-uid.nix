# The users module with a wrong uid type in one entry.
lib:
(lib.evalModules {
  modules = [
    ./users/users.nix
    { users.users.alice.uid = "1000"; }
  ];
}).config.users.users.alice.uid
