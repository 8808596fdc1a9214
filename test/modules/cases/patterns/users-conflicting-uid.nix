# The users module with two different uids for one user.
lib:
(lib.evalModules {
  modules = [
    ./users/users.nix
    ./users/alice.nix
    { users.users.alice.uid = 2000; }
  ];
}).config.users.users.alice.uid
