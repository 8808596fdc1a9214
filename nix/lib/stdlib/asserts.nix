# Assertions with readable messages: `assert lib.assertMsg cond "why";` and membership checks
# that print the allowed values. Mirrors the `asserts` family of nixpkgs' lib.
{ lib }:
let
  /**
    A value as messages show it.
  */
  pretty = v: lib.generators.toPretty { } v;
  self = {
    /**
      `true` when `pred` holds, otherwise throw `msg`.

      # Type

      ```
      assertMsg :: bool -> string -> bool
      ```
    */
    assertMsg = pred: msg: pred || throw msg;

    /**
      Assert that `val` is one of `xs`; the message names the option `name`.

      # Type

      ```
      assertOneOf :: string -> a -> [a] -> bool
      ```
    */
    assertOneOf =
      name: val: xs:
      self.assertMsg (builtins.elem val xs) "${name} must be one of ${pretty xs}, but is: ${pretty val}";

    /**
      Assert that each of `vals` is one of `xs`.

      # Type

      ```
      assertEachOneOf :: string -> [a] -> [a] -> bool
      ```
    */
    assertEachOneOf =
      name: vals: xs:
      self.assertMsg (builtins.all (v: builtins.elem v xs) vals)
        "each element in ${name} must be one of ${pretty xs}, but is: ${pretty vals}";

    /**
      Throw listing the failed `{ assertion; message; }` entries, or show the warnings and
      return `val`.

      # Type

      ```
      checkAssertWarn :: [AttrSet] -> [string] -> a -> a
      ```
    */
    checkAssertWarn =
      assertions: warnings: val:
      let
        failed = map (x: x.message) (builtins.filter (x: !x.assertion) assertions);
      in
      if failed != [ ] then
        throw "\nFailed assertions:\n${builtins.concatStringsSep "\n" (map (m: "- ${m}") failed)}"
      else
        lib.trivial.showWarnings warnings val;
  };
in
self
