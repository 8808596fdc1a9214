# How the ints.* family describes itself.
lib:
let
  t = lib.types.ints;
in
lib.mapAttrs (_: type: { inherit (type) name description; }) {
  inherit (t)
    u8
    u16
    u32
    s8
    s16
    s32
    unsigned
    positive
    ;
  between = t.between 1 10;
  port = lib.types.port;
  int = lib.types.int;
}
