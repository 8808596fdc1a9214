# Fixed points and extensible attribute sets: `fix` ties a recursive knot, `extends` layers an
# overlay (`final: prev: { ... }`) over a function of `final`, and `makeExtensible` builds a set
# with an `extend` method. Mirrors the `fixedPoints` family of nixpkgs' lib.
{ lib }:
let
  self = {
    /**
      The fixed point of `f`: the `x` with `x == f x` (lazily).

      # Type

      ```
      fix :: (a -> a) -> a
      ```
    */
    fix =
      f:
      let
        x = f x;
      in
      x;

    /**
      Like `fix`, remembering `f` as `__unfix__` in the result.

      # Type

      ```
      fix' :: (AttrSet -> AttrSet) -> AttrSet
      ```
    */
    fix' =
      f:
      let
        x = f x // {
          __unfix__ = f;
        };
      in
      x;

    /**
      Iterate `f` from `x` until the value stops changing.

      # Type

      ```
      converge :: (a -> a) -> a -> a
      ```
    */
    converge =
      f: x:
      let
        next = f x;
      in
      if next == x then x else self.converge f next;

    /**
      Apply an overlay to a function of `final`: the result is `prev // overlay final prev`.

      # Type

      ```
      extends :: (AttrSet -> AttrSet -> AttrSet) -> (AttrSet -> AttrSet) -> AttrSet -> AttrSet
      ```
    */
    extends =
      overlay: f: final:
      let
        prev = f final;
      in
      prev // overlay final prev;

    /**
      Compose two overlays into one (the second sees the first's changes).

      # Type

      ```
      composeExtensions :: Overlay -> Overlay -> Overlay
      ```
    */
    composeExtensions =
      f: g: final: prev:
      let
        first = f final prev;
      in
      first // g final (prev // first);

    /**
      Compose a list of overlays, first to last.

      # Type

      ```
      composeManyExtensions :: [Overlay] -> Overlay
      ```
    */
    composeManyExtensions = lib.lists.foldr (f: g: self.composeExtensions f g) (final: prev: { });

    /**
      A fixed point with an `extend` method taking an overlay.

      # Type

      ```
      makeExtensible :: (AttrSet -> AttrSet) -> AttrSet
      ```
    */
    makeExtensible = self.makeExtensibleWithCustomName "extend";

    /**
      Like `makeExtensible`, with the method named `extenderName`.

      # Type

      ```
      makeExtensibleWithCustomName :: string -> (AttrSet -> AttrSet) -> AttrSet
      ```
    */
    makeExtensibleWithCustomName =
      extenderName: rattrs:
      self.fix' (
        final:
        rattrs final
        // {
          ${extenderName} = f: self.makeExtensibleWithCustomName extenderName (self.extends f rattrs);
        }
      );

    /**
      Turn a set, a `prev: ...` function or a `final: prev: ...` overlay into an overlay.

      # Type

      ```
      toExtension :: (AttrSet | (AttrSet -> AttrSet) | Overlay) -> Overlay
      ```
    */
    toExtension =
      f:
      if lib.trivial.isFunction f then
        final: prev:
        let
          applied = f prev;
        in
        if lib.trivial.isFunction applied then f final prev else applied
      else
        final: prev: f;
  };
in
self
