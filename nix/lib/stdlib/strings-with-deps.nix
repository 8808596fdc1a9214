# Ordered text fragments with dependencies (used by activation scripts): entries name the
# entries that must come first, and `textClosureList` emits each once, dependencies first.
# Mirrors the `stringsWithDeps` family of nixpkgs' lib.
{ lib }:
let
  b = builtins;
  self = {
    /**
      Texts of the named entries (looked up in `predefined`) and inline entries, each after
      its dependencies and each named entry once.

      # Type

      ```
      textClosureList :: AttrSet -> [string | Entry] -> [string]
      ```
    */
    textClosureList =
      predefined: arg:
      let
        # Returns { result = texts; done = names already emitted; }.
        go =
          done: todo:
          if todo == [ ] then
            {
              result = [ ];
              inherit done;
            }
          else
            let
              entry = b.head todo;
              rest = b.tail todo;
            in
            if b.isAttrs entry then
              let
                deps = go done entry.deps;
                after = go deps.done rest;
              in
              {
                result = deps.result ++ [ entry.text ] ++ after.result;
                inherit (after) done;
              }
            else if done ? ${entry} then
              go done rest
            else
              go (done // { ${entry} = 1; }) ([ predefined.${entry} ] ++ rest);
      in
      (go { } arg).result;

    /**
      `textClosureList`, each text mapped by `f`, joined by newlines.

      # Type

      ```
      textClosureMap :: (string -> string) -> AttrSet -> [string] -> string
      ```
    */
    textClosureMap =
      f: predefined: names:
      b.concatStringsSep "\n" (map f (self.textClosureList predefined names));

    /**
      An entry without dependencies.
    */
    noDepEntry = text: {
      inherit text;
      deps = [ ];
    };

    /**
      An entry with dependencies.
    */
    fullDepEntry = text: deps: { inherit text deps; };

    /**
      An entry that only pulls in dependencies.
    */
    packEntry = deps: {
      inherit deps;
      text = "";
    };

    /**
      `fullDepEntry` with the arguments swapped: `stringAfter [ "users" ] "text"`.
    */
    stringAfter = deps: text: { inherit text deps; };
  };
in
self
