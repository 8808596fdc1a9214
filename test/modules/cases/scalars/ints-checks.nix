# The checks of the ints.* family on values around their bounds.
lib:
let
  t = lib.types.ints;
  probe = type: values: map type.check values;
in
{
  u8 = probe t.u8 [ (-1) 0 255 256 ];
  u16 = probe t.u16 [ (-1) 0 65535 65536 ];
  u32 = probe t.u32 [ (-1) 0 4294967295 4294967296 ];
  s8 = probe t.s8 [ (-129) (-128) 127 128 ];
  s16 = probe t.s16 [ (-32769) (-32768) 32767 32768 ];
  s32 = probe t.s32 [ (-2147483649) (-2147483648) 2147483647 2147483648 ];
  unsigned = probe t.unsigned [ (-1) 0 1 ];
  positive = probe t.positive [ (-1) 0 1 ];
  between = probe (t.between 3 5) [ 2 3 5 6 ];
  port = probe lib.types.port [ (-1) 0 65535 65536 ];
  notInts = probe t.u8 [ 1.0 "1" null ];
}
