/**
 * Sets of bytes, and the names a bracket expression may use to describe them, in the C locale as
 * libstdc++'s regex_traits sees it: character classes (`[:alpha:]`, and libstdc++'s own `[:d:]`,
 * `[:w:]`, `[:s:]`), collating elements (`[.hyphen.]`, `[.a.]`) and equivalence classes (`[=a=]`).
 *
 * A set is 256 flags, one per byte: patterns and subjects are byte strings (see bytes.ts), and
 * bytes >= 0x80 belong to no class in the C locale.
 */

export type ByteSet = Uint8Array;

export function emptySet(): ByteSet {
  return new Uint8Array(256);
}

export const CLASS_NAMES = [
  'd',
  'w',
  's',
  'alnum',
  'alpha',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'xdigit',
];

/** The C locale's ctype classification (bytes >= 0x80 belong to no class). */
export function inClass(name: string, c: number): boolean {
  const digit = c >= 0x30 && c <= 0x39;
  const upper = c >= 0x41 && c <= 0x5a;
  const lower = c >= 0x61 && c <= 0x7a;
  const alpha = upper || lower;
  const graph = c >= 0x21 && c <= 0x7e;
  const space = c === 0x20 || (c >= 0x09 && c <= 0x0d);
  switch (name) {
    case 'd':
    case 'digit':
      return digit;
    case 'w':
      return alpha || digit || c === 0x5f;
    case 's':
    case 'space':
      return space;
    case 'alnum':
      return alpha || digit;
    case 'alpha':
      return alpha;
    case 'blank':
      return c === 0x20 || c === 0x09;
    case 'cntrl':
      return c < 0x20 || c === 0x7f;
    case 'graph':
      return graph;
    case 'lower':
      return lower;
    case 'print':
      return graph || c === 0x20;
    case 'punct':
      return graph && !alpha && !digit;
    case 'upper':
      return upper;
    case 'xdigit':
      return digit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  }
  return false;
}

/** libstdc++'s collating element names (regex_traits::lookup_collatename), index = character. */
const COLLATE_NAMES: string[] = (() => {
  // prettier-ignore
  const names = [
    'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'alert', 'backspace', 'tab', 'newline', 'vertical-tab',
    'form-feed', 'carriage-return', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM',
    'SUB', 'ESC', 'IS4', 'IS3', 'IS2', 'IS1', 'space', 'exclamation-mark', 'quotation-mark', 'number-sign',
    'dollar-sign', 'percent-sign', 'ampersand', 'apostrophe', 'left-parenthesis', 'right-parenthesis', 'asterisk',
    'plus-sign', 'comma', 'hyphen', 'period', 'slash', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
    'eight', 'nine', 'colon', 'semicolon', 'less-than-sign', 'equals-sign', 'greater-than-sign', 'question-mark',
    'commercial-at',
  ];
  for (let c = 0x41; c <= 0x5a; c++) names.push(String.fromCharCode(c));
  names.push(
    'left-square-bracket',
    'backslash',
    'right-square-bracket',
    'circumflex',
    'underscore',
    'grave-accent',
  );
  for (let c = 0x61; c <= 0x7a; c++) names.push(String.fromCharCode(c));
  names.push('left-curly-bracket', 'vertical-line', 'right-curly-bracket', 'tilde', 'DEL');
  return names;
})();

export function lookupCollateName(name: string): number {
  return COLLATE_NAMES.indexOf(name);
}

export const signed = (c: number) => (c >= 128 ? c - 256 : c);
export const lowerByte = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
