# From an Ed25519 public key to its X25519 (Curve25519) public key, as ssh-to-age does it.
#
# sops-nix and agenix decrypt on the host with its OpenSSH ed25519 host key; the age recipient
# that key stands for is the Montgomery form of the same curve point: u = (1 + y) / (1 − y)
# mod p, p = 2^255 − 19, where y is the Edwards y-coordinate the 32 key bytes encode (little
# endian, the top bit is the sign of x). ssh-to-age (filippo.io/edwards25519's `SetBytes`, then
# `BytesMontgomery`) first checks that the bytes are a point of the curve, i.e. that
# x² = (y² − 1) / (d·y² + 1) has a solution; so does `edwardsToMontgomery`, with Euler's
# criterion: (y² − 1)(d·y² + 1) raised to (p − 1) / 2 is 1 or 0 for a square. The identity point
# (y = 1) maps to u = 0, as in `BytesMontgomery`.
#
# The arithmetic is field25519-ops.nix (15 limbs of 17 bits); inversion and the square test are
# exponentiations by p − 2 and (p − 1) / 2 with ref10's addition chain (254 squarings and 11
# multiplications each).
let
  ops = import ./field25519-ops.nix;
  inherit (ops) carry mul sqr;
  inherit (builtins)
    bitAnd
    elemAt
    foldl'
    genList
    ;

  limbs = 15;
  base = 131072;
  zero = genList (_: 0) limbs;
  one = [ 1 ] ++ genList (_: 0) (limbs - 1);
  # 2p, limb by limb: added before subtracting so that no limb goes negative.
  twoP = [ 262106 ] ++ genList (_: 262142) (limbs - 1);
  # d = −121665 / 121666 mod p, the Edwards curve constant.
  d = [
    96419
    68012
    54130
    93885
    7562
    27146
    114729
    77824
    96744
    15547
    78288
    118385
    46847
    92017
    83981
  ];

  /**
    Sum of two field elements.
  */
  add = a: b: carry (genList (i: elemAt a i + elemAt b i) limbs);

  /**
    Difference of two field elements (adding 2p first keeps every limb positive).
  */
  sub = a: b: carry (genList (i: elemAt a i + elemAt twoP i - elemAt b i) limbs);

  /**
    `a` squared `n` times.
  */
  sqrTimes = a: n: foldl' (x: _: sqr x) a (genList (i: i) n);

  /**
    z^(2^250 − 1), and the small powers the two chains finish with.
  */
  chain =
    z:
    let
      z2 = sqr z;
      z9 = mul z (sqrTimes z2 2);
      z11 = mul z2 z9;
      z5_0 = mul z9 (sqr z11);
      z10_0 = mul (sqrTimes z5_0 5) z5_0;
      z20_0 = mul (sqrTimes z10_0 10) z10_0;
      z40_0 = mul (sqrTimes z20_0 20) z20_0;
      z50_0 = mul (sqrTimes z40_0 10) z10_0;
      z100_0 = mul (sqrTimes z50_0 50) z50_0;
      z200_0 = mul (sqrTimes z100_0 100) z100_0;
    in
    {
      inherit z2 z11;
      z250_0 = mul (sqrTimes z200_0 50) z50_0;
    };

  /**
    z^(p − 2) = z^(2^255 − 21) = 1/z (and 0 for 0).
  */
  invert =
    z:
    let
      c = chain z;
    in
    mul (sqrTimes c.z250_0 5) c.z11;

  /**
    z^((p − 1) / 2) = z^(2^254 − 10): 1 for a non-zero square, p − 1 for a non-square, 0 for 0.
  */
  euler =
    z:
    let
      c = chain z;
    in
    mul (sqrTimes c.z250_0 4) (mul c.z2 (sqr c.z2));

  /**
    32 little-endian bytes → limbs (bit 255, the sign of x, is left out).
  */
  fromBytes =
    bytes:
    genList (
      i:
      let
        bit = 17 * i;
        byte = bit / 8;
        at = k: if byte + k < 32 then elemAt bytes (byte + k) else 0;
        window = at 0 + 256 * (at 1 + 256 * (at 2 + 256 * at 3));
        shifted = window / (pow2 (bit - 8 * byte));
      in
      bitAnd shifted 131071
    ) limbs;
  # 2^n for n < 40, computed once.
  powersOf2 = genList (n: foldl' (x: _: x * 2) 1 (genList (i: i) n)) 40;
  pow2 = elemAt powersOf2;

  /**
    One carry pass that does not fold: { limbs; out; } with `out` the carry past bit 255.
  */
  propagate =
    a:
    foldl' (
      acc: i:
      let
        v = elemAt a i + acc.out;
        m = bitAnd v 131071;
      in
      {
        limbs = acc.limbs ++ [ m ];
        out = (v - m) / base;
      }
    ) {
      limbs = [ ];
      out = 0;
    } (genList (i: i) limbs);

  /**
    The canonical value in [0, p) as limbs. After enough carry passes every limb is below 2^17, so
    the value is below 2^255 and at most one p has to go: x − p = x + 19 − 2^255, which is the case
    exactly when x + 19 carries past bit 255.
  */
  freeze =
    a:
    let
      x = carry (carry a);
      plus19 = propagate ([ (elemAt x 0 + 19) ] ++ builtins.tail x);
    in
    if plus19.out == 0 then x else plus19.limbs;

  /**
    Canonical limbs → 32 little-endian bytes.
  */
  toBytes =
    a:
    let
      x = freeze a;
    in
    genList (
      j:
      let
        bit = 8 * j;
        limb = bit / 17;
        at = k: if limb + k < limbs then elemAt x (limb + k) else 0;
        window = at 0 + base * at 1;
      in
      bitAnd (window / pow2 (bit - 17 * limb)) 255
    ) 32;

  /**
    Whether a field element is zero.
  */
  isZero = a: toBytes a == genList (_: 0) 32;

  /**
    The X25519 public key (32 bytes, the Montgomery u-coordinate) of an Ed25519 public key
    (32 bytes), or null when the bytes are not a point of the curve.

    # Type

    ```
    edwardsToMontgomery :: [int] -> [int] | null
    ```
  */
  edwardsToMontgomery =
    keyBytes:
    let
      y = fromBytes keyBytes;
      y2 = sqr y;
      ratio = mul (sub y2 one) (add (mul d y2) one);
      criterion = euler ratio;
      onCurve = isZero criterion || toBytes criterion == toBytes one;
    in
    if onCurve then toBytes (mul (add one y) (invert (sub one y))) else null;
in
{
  inherit
    edwardsToMontgomery
    fromBytes
    toBytes
    invert
    mul
    ;
}
