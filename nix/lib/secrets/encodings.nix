# Encodings of public keys: base64 (the blob of an OpenSSH public key) and bech32 (age's
# `age1…` recipients), on lists of byte values (integers 0–255), with builtins only.
#
# bech32 is BIP 173's (not bech32m): a human-readable part, the separator `1`, the data in
# 5-bit groups written with the alphabet `qpzry9x8gf2tvdw0s3jn54khce6mua7l`, and a six-character
# checksum, a BCH code over the expanded human-readable part and the data. age writes recipients
# in lower case and ssh-to-age produces them the same way, so `encode` writes lower case and
# `decode` refuses mixed case, as BIP 173 requires.
let
  strings = import ../util/strings.nix;
  inherit (strings) stringToCharacters;
  inherit (builtins)
    bitAnd
    bitXor
    elemAt
    foldl'
    genList
    length
    listToAttrs
    stringLength
    substring
    all
    map
    concatStringsSep
    ;

  /**
    char -> index, for the characters of `alphabet`.
  */
  indexOf =
    alphabet:
    listToAttrs (
      genList (i: {
        name = substring i 1 alphabet;
        value = i;
      }) (stringLength alphabet)
    );

  base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  base64Index = indexOf base64Alphabet;

  # 2^n for n < 40, computed once.
  powersOf2 = genList (n: foldl' (x: _: x * 2) 1 (genList (i: i) n)) 40;
  pow2 = elemAt powersOf2;

  /**
    Regroup a list of `from`-bit values into `to`-bit values (BIP 173's convertbits). With `pad`,
    leftover bits are written as a last, zero-filled group; without, they must be zero and fewer
    than `from`. Returns null when the input does not regroup.
  */
  regroup =
    from: to: pad: values:
    let
      maxOut = pow2 to - 1;
      step =
        acc: value:
        let
          accumulated = acc.value * pow2 from + value;
          bits = acc.bits + from;
          count = bits / to;
          remaining = bits - count * to;
          outs = genList (i: bitAnd (accumulated / pow2 (remaining + (count - 1 - i) * to)) maxOut) count;
        in
        {
          value = bitAnd accumulated (pow2 remaining - 1);
          bits = remaining;
          out = acc.out ++ outs;
        };
      final = foldl' step {
        value = 0;
        bits = 0;
        out = [ ];
      } values;
    in
    if pad then
      final.out ++ (if final.bits > 0 then [ (final.value * pow2 (to - final.bits)) ] else [ ])
    else if final.bits >= from || final.value != 0 then
      null
    else
      final.out;

  /**
    Decode standard base64 (with `=` padding) into byte values; null if `text` is not base64.

    # Type

    ```
    base64Decode :: string -> [int] | null
    ```
  */
  base64Decode =
    text:
    let
      n = stringLength text;
      padding =
        if n >= 2 && substring (n - 2) 2 text == "==" then
          2
        else if n >= 1 && substring (n - 1) 1 text == "=" then
          1
        else
          0;
      chars = stringToCharacters (substring 0 (n - padding) text);
      valid = n > 0 && n / 4 * 4 == n && all (c: base64Index ? ${c}) chars;
      sextets = map (c: base64Index.${c}) chars;
      bytes = regroup 6 8 false sextets;
    in
    if valid then bytes else null;

  bech32Alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  bech32Index = indexOf bech32Alphabet;
  generators = [
    996825010 # 0x3b6a57b2
    642813549 # 0x26508e6d
    513874426 # 0x1ea119fa
    1027748829 # 0x3d4233dd
    705979059 # 0x2a1462b3
  ];
  polymod = foldl' (
    chk: value:
    let
      top = chk / 33554432; # chk >> 25
      shifted = bitXor (bitAnd chk 33554431 * 32) value;
    in
    foldl' (c: i: if bitAnd (top / pow2 i) 1 == 1 then bitXor c (elemAt generators i) else c) shifted (
      genList (i: i) 5
    )
  ) 1;

  # The character codes the human-readable parts we use need (BIP 173 expands each character
  # into its high and low bits).
  codes = {
    a = 97;
    e = 101;
    g = 103;
  };

  /**
    The expansion of a bech32 human-readable part that the checksum covers.
  */
  expandHrp =
    hrp:
    let
      chars = stringToCharacters hrp;
    in
    map (c: codes.${c} / 32) chars ++ [ 0 ] ++ map (c: bitAnd codes.${c} 31) chars;

  /**
    Encode bytes as bech32 with the human-readable part `hrp` (made of the letters a, e, g).

    # Type

    ```
    bech32Encode :: string -> [int] -> string
    ```
  */
  bech32Encode =
    hrp: bytes:
    let
      data = regroup 8 5 true bytes;
      checksumValue = bitXor (polymod (expandHrp hrp ++ data ++ genList (_: 0) 6)) 1;
      checksum = genList (i: bitAnd (checksumValue / pow2 (5 * (5 - i))) 31) 6;
    in
    hrp + "1" + concatStringsSep "" (map (v: substring v 1 bech32Alphabet) (data ++ checksum));

  /**
    Decode a lower-case bech32 string with the human-readable part `hrp` into bytes, or null
    when it is not one (wrong part, character, checksum or padding).

    # Type

    ```
    bech32Decode :: string -> string -> [int] | null
    ```
  */
  bech32Decode =
    hrp: text:
    let
      prefix = hrp + "1";
      n = stringLength text;
      body = stringToCharacters (substring (stringLength prefix) n text);
      wellFormed =
        substring 0 (stringLength prefix) text == prefix
        && length body >= 6
        && all (c: bech32Index ? ${c}) body;
      values = map (c: bech32Index.${c}) body;
      data = genList (elemAt values) (length values - 6);
    in
    if !wellFormed || polymod (expandHrp hrp ++ values) != 1 then null else regroup 5 8 false data;
in
{
  inherit
    base64Decode
    bech32Encode
    bech32Decode
    regroup
    ;
}
