/**
 * The three ways Nix turns a float into text, each from a different C++ facility:
 * - printing a value (`nix-instantiate --eval`): `std::ostream <<`, i.e. `%g` with 6 digits,
 * - `toString`/coercion: `std::to_string`, i.e. `%f` (always six decimals),
 * - `builtins.toJSON` and `--json`: nlohmann::json, i.e. the shortest round-trip digits, laid out
 *   in fixed notation when the decimal exponent is in [-4, 15) and as `1e+20` otherwise, with a
 *   `.0` added to integral values.
 */

/** `std::to_string(double)`: `%f`. */
export function formatFloatFixed(x: number): string {
  if (Number.isNaN(x)) return x < 0 ? '-nan' : 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (Math.abs(x) < 1e21) {
    const text = x.toFixed(6);
    return Object.is(x, -0) || (x < 0 && text === '0.000000') ? '-' + text.replace(/^-/, '') : text;
  }
  // toFixed switches to exponent notation from 1e21 on; the integral part is exact in a bigint.
  const integral = BigInt(x);
  return `${integral}.000000`;
}

/** nlohmann::json's float serialisation. */
export function formatFloatJson(x: number): string {
  if (!Number.isFinite(x)) return 'null';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const negative = x < 0;
  const [mantissa, exponentText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const k = digits.length;
  const n = Number(exponentText) + 1; // position of the decimal point relative to the digits
  let body: string;
  if (k <= n && n <= 15) {
    body = digits + '0'.repeat(n - k) + '.0';
  } else if (0 < n && n <= 15) {
    body = digits.slice(0, n) + '.' + digits.slice(n);
  } else if (-4 < n && n <= 0) {
    body = '0.' + '0'.repeat(-n) + digits;
  } else {
    const e = n - 1;
    const exponent = `e${e < 0 ? '-' : '+'}${Math.abs(e) < 10 ? '0' : ''}${Math.abs(e)}`;
    body = (k === 1 ? digits : digits[0] + '.' + digits.slice(1)) + exponent;
  }
  return negative ? '-' + body : body;
}
