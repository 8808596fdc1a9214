/**
 * nlohmann's JSON lexer and parser, behind `builtins.fromJSON`, close enough to give its error
 * messages with their line and column ("[json.exception.parse_error.101] parse error at line 1,
 * column 2: syntax error while parsing object key - …").
 *
 * Numbers are nlohmann's: a non-negative integer is unsigned (beyond 2^63-1 it is Nix's "outside
 * of Nix integer range" error), an integer too large for 64 bits becomes a float, a float that
 * overflows is an error. Strings are byte strings, so `\u00e9` becomes the two UTF-8 bytes of
 * `é`; a NUL byte is refused as Nix refuses it. Deeply nested documents are parsed with an
 * explicit stack. The token kinds stay in this module with both the lexer and the parser loop
 * that switch over them, so that their values are inlined (a const enum is inlined only within
 * its own module when files are compiled one by one).
 */

import { codePointToByteString } from '../../bytes';
import { evalError, NixError } from '../../errors/nix-error';
import { normalizeInt } from '../../eval/arith';
import { Attrs, NixFloat, type Lazy, type Value } from '../../eval/values';
import { EOF, JsonInput } from './input';
import { hex2 } from './utf8';

const enum T {
  Uninitialized,
  LiteralTrue,
  LiteralFalse,
  LiteralNull,
  ValueString,
  ValueUnsigned,
  ValueInteger,
  ValueFloat,
  BeginArray,
  BeginObject,
  EndArray,
  EndObject,
  NameSeparator,
  ValueSeparator,
  ParseError,
  EndOfInput,
  LiteralOrValue,
}

const TOKEN_NAMES: Record<T, string> = {
  [T.Uninitialized]: '<uninitialized>',
  [T.LiteralTrue]: 'true literal',
  [T.LiteralFalse]: 'false literal',
  [T.LiteralNull]: 'null literal',
  [T.ValueString]: 'string literal',
  [T.ValueUnsigned]: 'number literal',
  [T.ValueInteger]: 'number literal',
  [T.ValueFloat]: 'number literal',
  [T.BeginArray]: "'['",
  [T.BeginObject]: "'{'",
  [T.EndArray]: "']'",
  [T.EndObject]: "'}'",
  [T.NameSeparator]: "':'",
  [T.ValueSeparator]: "','",
  [T.ParseError]: '<parse error>',
  [T.EndOfInput]: 'end of input',
  [T.LiteralOrValue]: "'[', '{', or a literal",
};

// prettier-ignore
const CONTROL_NAMES = [
  'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI',
  'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US',
];
const SHORT_ESCAPES: Record<number, string> = { 8: 'b', 9: 't', 10: 'n', 12: 'f', 13: 'r' };

function controlCharacterMessage(c: number): string {
  const code = 'U+00' + hex2(c);
  const short = SHORT_ESCAPES[c];
  return `invalid string: control character ${code} (${CONTROL_NAMES[c]}) must be escaped to \\u00${hex2(c)}${short ? ' or \\' + short : ''}`;
}

export type JsonError = NixError<'json'>;

/** A JSON parse error, before Nix adds its "while decoding a JSON string" frame. */
export function jsonError(message: string): JsonError {
  return new NixError('json', message, null);
}

const MAX_INT64 = 9223372036854775807n;
const MIN_INT64 = -9223372036854775808n;
const MAX_UINT64 = 18446744073709551615n;

/** nlohmann's lexer over a byte string. Positions are counted the way it counts them. */
class Lexer extends JsonInput {
  private started = false;
  errorMessage = '';
  stringValue = '';
  /** Whether a `\u0000` was decoded (Nix refuses strings with NUL bytes). */
  sawNul = false;
  intValue: number | bigint = 0;
  floatValue = 0;

  scan(): T {
    if (!this.started) {
      this.started = true;
      // skip_bom
      if (this.get() === 0xef) {
        if (!(this.get() === 0xbb && this.get() === 0xbf)) {
          this.errorMessage = 'invalid BOM; must be 0xEF 0xBB 0xBF if given';
          return T.ParseError;
        }
      } else this.unget();
    }
    let c: number;
    do c = this.get();
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d);
    switch (c) {
      case 0x5b:
        return T.BeginArray;
      case 0x5d:
        return T.EndArray;
      case 0x7b:
        return T.BeginObject;
      case 0x7d:
        return T.EndObject;
      case 0x3a:
        return T.NameSeparator;
      case 0x2c:
        return T.ValueSeparator;
      case 0x74:
        return this.literal('true', T.LiteralTrue);
      case 0x66:
        return this.literal('false', T.LiteralFalse);
      case 0x6e:
        return this.literal('null', T.LiteralNull);
      case 0x22:
        return this.scanString();
      case 0x2d:
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37:
      case 0x38:
      case 0x39:
        return this.scanNumber();
      case 0x00:
      case EOF:
        return T.EndOfInput;
      default:
        this.errorMessage = 'invalid literal';
        return T.ParseError;
    }
  }

  private literal(text: string, token: T): T {
    for (let i = 1; i < text.length; i++) {
      if (this.get() !== text.charCodeAt(i)) {
        this.errorMessage = 'invalid literal';
        return T.ParseError;
      }
    }
    return token;
  }

  private scanString(): T {
    this.reset();
    const s = this.s;
    const n = this.n;
    let value = '';
    for (;;) {
      // Fast path: a run of characters that stand for themselves (ASCII, or valid UTF-8 below).
      const runStart = this.pos;
      let p = runStart;
      while (p < n) {
        const c = s.charCodeAt(p);
        if (c === 0x22 || c === 0x5c || c < 0x20 || c >= 0x80) break;
        p++;
      }
      if (p > runStart) {
        value += s.slice(runStart, p);
        this.pos = p;
      }
      const c = this.get();
      if (c === 0x22) {
        this.stringValue = value;
        return T.ValueString;
      }
      if (c === EOF) {
        this.errorMessage = 'invalid string: missing closing quote';
        return T.ParseError;
      }
      if (c === 0x5c) {
        const e = this.get();
        switch (e) {
          case 0x22:
            value += '"';
            break;
          case 0x5c:
            value += '\\';
            break;
          case 0x2f:
            value += '/';
            break;
          case 0x62:
            value += '\b';
            break;
          case 0x66:
            value += '\f';
            break;
          case 0x6e:
            value += '\n';
            break;
          case 0x72:
            value += '\r';
            break;
          case 0x74:
            value += '\t';
            break;
          case 0x75: {
            const cp1 = this.codepoint();
            let cp = cp1;
            if (cp1 === -1) {
              this.errorMessage = "invalid string: '\\u' must be followed by 4 hex digits";
              return T.ParseError;
            }
            if (cp1 >= 0xd800 && cp1 <= 0xdbff) {
              if (this.get() === 0x5c && this.get() === 0x75) {
                const cp2 = this.codepoint();
                if (cp2 === -1) {
                  this.errorMessage = "invalid string: '\\u' must be followed by 4 hex digits";
                  return T.ParseError;
                }
                if (cp2 >= 0xdc00 && cp2 <= 0xdfff) cp = 0x10000 + ((cp1 - 0xd800) << 10) + (cp2 - 0xdc00);
                else {
                  this.errorMessage =
                    'invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF';
                  return T.ParseError;
                }
              } else {
                this.errorMessage =
                  'invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF';
                return T.ParseError;
              }
            } else if (cp1 >= 0xdc00 && cp1 <= 0xdfff) {
              this.errorMessage = 'invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF';
              return T.ParseError;
            }
            if (cp === 0) this.sawNul = true;
            value += codePointToByteString(cp);
            break;
          }
          default:
            this.errorMessage = 'invalid string: forbidden character after backslash';
            return T.ParseError;
        }
        continue;
      }
      if (c < 0x20) {
        this.errorMessage = controlCharacterMessage(c);
        return T.ParseError;
      }
      // c >= 0x80: a UTF-8 sequence, checked as nlohmann checks it.
      const start = this.pos - 1;
      let ok: boolean;
      if (c >= 0xc2 && c <= 0xdf) ok = this.utf8Tail(0x80, 0xbf, 0);
      else if (c === 0xe0) ok = this.utf8Tail(0xa0, 0xbf, 1);
      else if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) ok = this.utf8Tail(0x80, 0xbf, 1);
      else if (c === 0xed) ok = this.utf8Tail(0x80, 0x9f, 1);
      else if (c === 0xf0) ok = this.utf8Tail(0x90, 0xbf, 2);
      else if (c >= 0xf1 && c <= 0xf3) ok = this.utf8Tail(0x80, 0xbf, 2);
      else if (c === 0xf4) ok = this.utf8Tail(0x80, 0x8f, 2);
      else ok = false;
      if (!ok) {
        this.errorMessage = 'invalid string: ill-formed UTF-8 byte';
        return T.ParseError;
      }
      value += s.slice(start, this.pos);
    }
  }

  private scanNumber(): T {
    this.reset();
    const start = this.pos - 1;
    let type = T.ValueUnsigned;
    let c = this.current;
    const digit = (x: number) => x >= 0x30 && x <= 0x39;
    if (c === 0x2d) {
      type = T.ValueInteger;
      c = this.get();
      if (!digit(c)) {
        this.errorMessage = "invalid number; expected digit after '-'";
        return T.ParseError;
      }
    }
    if (c !== 0x30) {
      do c = this.get();
      while (digit(c));
    } else c = this.get();
    if (c === 0x2e) {
      type = T.ValueFloat;
      c = this.get();
      if (!digit(c)) {
        this.errorMessage = "invalid number; expected digit after '.'";
        return T.ParseError;
      }
      do c = this.get();
      while (digit(c));
    }
    if (c === 0x65 || c === 0x45) {
      type = T.ValueFloat;
      c = this.get();
      if (c === 0x2b || c === 0x2d) {
        c = this.get();
        if (!digit(c)) {
          this.errorMessage = 'invalid number; expected digit after exponent sign';
          return T.ParseError;
        }
      } else if (!digit(c)) {
        this.errorMessage = "invalid number; expected '+', '-', or digit after exponent";
        return T.ParseError;
      }
      do c = this.get();
      while (digit(c));
    }
    this.unget();
    const text = this.s.slice(start, this.pos);
    if (type !== T.ValueFloat) {
      // strtoull / strtoll; out of range falls back to a float, as in nlohmann.
      if (text.length < 16) {
        this.intValue = Number(text) + 0; // `-0` is the integer 0
        return type;
      }
      const big = BigInt(text);
      if (type === T.ValueUnsigned ? big <= MAX_UINT64 : big >= MIN_INT64) {
        this.intValue = big;
        return type;
      }
    }
    this.floatValue = Number(text);
    return T.ValueFloat;
  }
}

type Frame =
  { array: Lazy[]; object: null; key: string } | { array: null; object: Map<string, Lazy>; key: string };

function attrsFromObject(object: Map<string, Lazy>): Attrs {
  const keys = [...object.keys()].sort();
  const values = new Array<Lazy>(keys.length);
  for (let i = 0; i < keys.length; i++) values[i] = object.get(keys[i])!;
  return Attrs.fromSorted(keys, values, null);
}

function parseError(lexer: Lexer, message: string): JsonError {
  const { line, column } = lexer.position();
  return jsonError(
    `[json.exception.parse_error.101] parse error at line ${line}, column ${column}: ${message}`,
  );
}

function syntaxError(lexer: Lexer, last: T, expected: T, context: string): JsonError {
  let message = 'syntax error ' + (context ? `while parsing ${context} ` : '') + '- ';
  if (last === T.ParseError) message += `${lexer.errorMessage}; last read: '${lexer.tokenString()}'`;
  else message += `unexpected ${TOKEN_NAMES[last]}`;
  if (expected !== T.Uninitialized) message += `; expected ${TOKEN_NAMES[expected]}`;
  return parseError(lexer, message);
}

function noNullByte(lexer: Lexer): string {
  const s = lexer.stringValue;
  if (lexer.sawNul && s.includes('\0')) {
    throw evalError(
      'json',
      `input string '${s.replace(/\0/g, '\xe2\x90\x80')}' cannot be represented as Nix string because it contains null bytes`,
      null,
    );
  }
  return s;
}

/** Parses a JSON document (a byte string) into a Nix value. */
export function parseJson(text: string): Value {
  const lexer = new Lexer(text);
  const stack: Frame[] = [];
  let token = lexer.scan();
  let result: Value;
  outer: for (;;) {
    let value: Value;
    switch (token) {
      case T.BeginObject:
        token = lexer.scan();
        if (token === T.EndObject) {
          value = Attrs.empty;
          break;
        }
        if (token !== T.ValueString) throw syntaxError(lexer, token, T.ValueString, 'object key');
        stack.push({ array: null, object: new Map(), key: noNullByte(lexer) });
        token = lexer.scan();
        if (token !== T.NameSeparator) throw syntaxError(lexer, token, T.NameSeparator, 'object separator');
        token = lexer.scan();
        continue outer;
      case T.BeginArray:
        token = lexer.scan();
        if (token === T.EndArray) {
          value = [];
          break;
        }
        stack.push({ array: [], object: null, key: '' });
        continue outer;
      case T.LiteralTrue:
        value = true;
        break;
      case T.LiteralFalse:
        value = false;
        break;
      case T.LiteralNull:
        value = null;
        break;
      case T.ValueString:
        value = noNullByte(lexer);
        break;
      case T.ValueUnsigned: {
        const v = lexer.intValue;
        if (typeof v === 'bigint') {
          if (v > MAX_INT64)
            throw evalError('json', `unsigned json number ${v} outside of Nix integer range`, null);
          value = normalizeInt(v);
        } else value = v;
        break;
      }
      case T.ValueInteger:
        value = typeof lexer.intValue === 'bigint' ? normalizeInt(lexer.intValue) : lexer.intValue;
        break;
      case T.ValueFloat:
        if (!Number.isFinite(lexer.floatValue)) {
          throw jsonError(
            `[json.exception.out_of_range.406] number overflow parsing '${lexer.tokenString()}'`,
          );
        }
        value = new NixFloat(lexer.floatValue);
        break;
      case T.ParseError:
        throw syntaxError(lexer, token, T.Uninitialized, 'value');
      case T.EndOfInput:
        if (lexer.position().column === 1) {
          throw parseError(
            lexer,
            'attempting to parse an empty input; check that your input string or stream contains the expected JSON',
          );
        }
        throw syntaxError(lexer, token, T.LiteralOrValue, 'value');
      default:
        throw syntaxError(lexer, token, T.LiteralOrValue, 'value');
    }
    // A complete value: add it to the enclosing array or object, closing those that end here.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) {
        result = value;
        break outer;
      }
      if (frame.array !== null) {
        frame.array.push(value);
        token = lexer.scan();
        if (token === T.ValueSeparator) {
          token = lexer.scan();
          continue outer;
        }
        if (token !== T.EndArray) throw syntaxError(lexer, token, T.EndArray, 'array');
        stack.pop();
        value = frame.array;
      } else {
        frame.object.set(frame.key, value); // a repeated key: the last value wins
        token = lexer.scan();
        if (token === T.ValueSeparator) {
          token = lexer.scan();
          if (token !== T.ValueString) throw syntaxError(lexer, token, T.ValueString, 'object key');
          frame.key = noNullByte(lexer);
          token = lexer.scan();
          if (token !== T.NameSeparator) throw syntaxError(lexer, token, T.NameSeparator, 'object separator');
          token = lexer.scan();
          continue outer;
        }
        if (token !== T.EndObject) throw syntaxError(lexer, token, T.EndObject, 'object');
        stack.pop();
        value = attrsFromObject(frame.object);
      }
    }
  }
  token = lexer.scan();
  if (token !== T.EndOfInput) throw syntaxError(lexer, token, T.EndOfInput, 'value');
  return result;
}
