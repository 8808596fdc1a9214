# Tracing helpers for debugging evaluations (trace a value, trace it deeply, trace to a depth)
# and the tiny unit-test runner used by lib's own tests. Mirrors the `debug` family of
# nixpkgs' lib.
{ lib }:
let
  b = builtins;

  /**
    Replace everything below `depth` by `…` placeholders that toPretty prints unquoted.
  */
  cutAt =
    depth: v:
    let
      placeholder = text: value: {
        __pretty = _: text;
        val = value;
      };
      snip =
        x:
        if b.isList x then
          placeholder "[…]" x
        else if b.isAttrs x then
          placeholder "{…}" x
        else
          x;
      go =
        n: x:
        if n == 0 then
          snip x
        else if b.isList x then
          map (go (n - 1)) x
        else if b.isAttrs x then
          b.mapAttrs (_: go (n - 1)) x
        else
          x;
    in
    go depth v;

  self = {
    inherit (b) trace addErrorContext unsafeGetAttrPos;

    /**
      Trace `msg` when `pred` holds, then return `x`.

      # Type

      ```
      traceIf :: bool -> string -> a -> a
      ```
    */
    traceIf =
      pred: msg: x:
      if pred then b.trace msg x else x;

    /**
      Trace `f x`, return `x`.

      # Type

      ```
      traceValFn :: (a -> b) -> a -> a
      ```
    */
    traceValFn = f: x: b.trace (f x) x;

    /**
      Trace a value and return it.

      # Type

      ```
      traceVal :: a -> a
      ```
    */
    traceVal = self.traceValFn (x: x);

    /**
      Trace `x` fully evaluated, return `y`.

      # Type

      ```
      traceSeq :: a -> b -> b
      ```
    */
    traceSeq = x: y: b.trace (b.deepSeq x x) y;

    /**
      Trace `x` pretty-printed down to `depth` levels, return `y`.

      # Type

      ```
      traceSeqN :: int -> a -> b -> b
      ```
    */
    traceSeqN =
      depth: x: y:
      b.trace (lib.generators.toPretty { allowPrettyValues = true; } (cutAt depth x)) y;

    /**
      Trace `f v` with `v` deeply evaluated, return `v`.

      # Type

      ```
      traceValSeqFn :: (a -> b) -> a -> a
      ```
    */
    traceValSeqFn = f: v: self.traceValFn f (b.deepSeq v v);

    /**
      Trace a deeply evaluated value and return it.

      # Type

      ```
      traceValSeq :: a -> a
      ```
    */
    traceValSeq = self.traceValSeqFn (x: x);

    /**
      Trace `f v` to `depth` levels, return `v`.

      # Type

      ```
      traceValSeqNFn :: (a -> b) -> int -> a -> a
      ```
    */
    traceValSeqNFn =
      f: depth: v:
      self.traceSeqN depth (f v) v;

    /**
      Trace `v` to `depth` levels, return it.

      # Type

      ```
      traceValSeqN :: int -> a -> a
      ```
    */
    traceValSeqN = self.traceValSeqNFn (x: x);

    /**
      Trace a function call `{ fn; from; to; }` to `depth` levels, return the result.

      # Type

      ```
      traceFnSeqN :: int -> string -> (a -> b) -> a -> b
      ```
    */
    traceFnSeqN =
      depth: name: f: v:
      let
        res = f v;
      in
      self.traceSeqN (depth + 1) {
        fn = name;
        from = v;
        to = res;
      } res;

    /**
      Run `{ testName = { expr; expected; }; }` tests (names starting with "test", or those
      listed in `tests`), returning the failures as `{ name; expected; result; }`.

      # Type

      ```
      runTests :: AttrSet -> [AttrSet]
      ```
    */
    runTests =
      tests:
      let
        chosen = tests.tests or [ ];
        selected =
          name: (b.substring 0 4 name == "test" || b.elem name chosen) && (chosen == [ ] || b.elem name tests.tests);
      in
      b.concatLists (
        b.attrValues (
          b.mapAttrs (
            name: test:
            if selected name && test.expr != test.expected then
              [
                {
                  inherit name;
                  inherit (test) expected;
                  result = test.expr;
                }
              ]
            else
              [ ]
          ) tests
        )
      );

    /**
      Throw a report of `runTests` failures; null when there are none.

      # Type

      ```
      throwTestFailures :: { failures :: [AttrSet]; description ? string; } -> null
      ```
    */
    throwTestFailures =
      {
        failures,
        description ? "tests",
        ...
      }:
      if failures == [ ] then
        null
      else
        let
          show = v: b.unsafeDiscardStringContext (lib.generators.toPretty { allowPrettyValues = true; } v);
          report = f: ''
            FAIL ${show f.name}:
            Expected:
            ${show f.expected}
            Result:
            ${show f.result}
          '';
          traced = lib.lists.foldl' (_: f: self.traceVal (report f)) null failures;
        in
        throw (
          b.seq traced (
            "${toString (b.length failures)} ${description} failed:\n- "
            + b.concatStringsSep "\n- " (map (f: f.name) failures)
            + "\n\n"
            + b.toJSON failures
          )
        );

    /**
      A test case asserting that every element of `expr` is true.

      # Type

      ```
      testAllTrue :: [bool] -> { expr :: [bool]; expected :: [bool]; }
      ```
    */
    testAllTrue = expr: {
      inherit expr;
      expected = map (_: true) expr;
    };
  };
in
self
