# A users.users-like option: groups merge across modules, and a derived option reads all users.
lib:
(lib.evalModules {
  modules = [
    ./users/users.nix
    {
      users.users.alice = {
        uid = 1000;
        extraGroups = [ "wheel" ];
      };
    }
    {
      users.users.alice.extraGroups = [ "audio" ];
      users.users.bob.uid = 1001;
    }
  ];
}).config.users
