/**
 * The Nix tokenizer.
 *
 * Nix's lexer is context-sensitive: inside `"…"` and `''…''` strings text is literal until `${`,
 * and a path such as `./a/${x}/b` switches into a path-interpolation mode. Like Nix's flex lexer
 * we keep a stack of states; `{` and `${` push the default state and `}` pops it, which is how a
 * `}` knows whether it closes an attribute set or an interpolation.
 *
 * In the default state the rule that matches the longest text wins, and among equally long
 * matches the first rule in Nix's order wins (flex's semantics). That is what makes `a/b` a path,
 * `2/3` a path, `x:y` a URI, `1e5` the integer `1` followed by the identifier `e5`, and `if` a
 * keyword while `iff` is an identifier.
 */

export type TokenType =
  | 'ID'
  | 'INT'
  | 'FLOAT'
  | 'PATH'
  | 'HPATH'
  | 'SPATH'
  | 'URI'
  | 'STR'
  | 'IND_STR'
  | 'QUOTE'
  | 'IND_OPEN'
  | 'IND_CLOSE'
  | 'DOLLAR_CURLY'
  | 'PATH_END'
  | 'if'
  | 'then'
  | 'else'
  | 'assert'
  | 'with'
  | 'let'
  | 'in'
  | 'rec'
  | 'inherit'
  | 'or'
  | '...'
  | '=='
  | '!='
  | '<='
  | '>='
  | '&&'
  | '||'
  | '->'
  | '//'
  | '++'
  | '|>'
  | '<|'
  | 'CHAR'
  | 'EOF'
  | 'ERROR';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** Identifier name, literal text, unescaped string fragment, or the character of a CHAR token. */
  value: string;
  /** For IND_STR fragments: whether the fragment's whitespace counts towards indentation. */
  indentation?: boolean;
}

const enum State {
  Initial,
  Default,
  String,
  IndString,
  InPath,
  InPathSlash,
}

import type { SymbolTable } from './symbols';

const KEYWORDS = new Set(['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit', 'or']);
const OPERATORS = ['...', '==', '!=', '<=', '>=', '&&', '||', '->', '//', '++', '|>', '<|'] as const;

// The default-state rules that compete on match length, in Nix's order.
const RE_ID = /[a-zA-Z_][a-zA-Z0-9_'-]*/y;
const RE_INT = /[0-9]+/y;
const RE_FLOAT = /(?:(?:[1-9][0-9]*\.[0-9]*)|(?:0?\.[0-9]+))(?:[Ee][+-]?[0-9]+)?/y;
const RE_PATH_SEG_INTERP = /[a-zA-Z0-9._\-+]*\/(?=\$\{)/y;
const RE_HPATH_START_INTERP = /~\/(?=\$\{)/y;
const RE_PATH = /[a-zA-Z0-9._\-+]*(?:\/[a-zA-Z0-9._\-+]+)+\/?/y;
const RE_HPATH = /~(?:\/[a-zA-Z0-9._\-+]+)+\/?/y;
const RE_SPATH = /<[a-zA-Z0-9._\-+]+(?:\/[a-zA-Z0-9._\-+]+)*>/y;
const RE_URI = /[a-zA-Z][a-zA-Z0-9+\-.]*:[a-zA-Z0-9%/?:@&=+$,\-_.!~*']+/y;
// Inside a path after an interpolation: {PATH} | {PATH_SEG} | {PATH_CHAR}+
const RE_IN_PATH = /[a-zA-Z0-9._\-+]*(?:\/[a-zA-Z0-9._\-+]+)+\/?|[a-zA-Z0-9._\-+]*\/|[a-zA-Z0-9._\-+]+/y;
const RE_STRING_BODY = /(?:[^$"\\]|\$[^{"\\]|\\[^]|\$\\[^])+/y;
const RE_IND_STRING_BODY = /(?:[^$']|\$[^{']|'[^'$])+/y;

function matchAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex - pos : 0;
}

/** Nix's `unescapeStr`: backslash escapes, and "\r\n" / "\r" in the raw text become "\n". */
export function unescapeString(raw: string): string {
  if (!/[\\\r]/.test(raw)) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      c = raw[++i];
      if (c === 'n') out += '\n';
      else if (c === 'r') out += '\r';
      else if (c === 't') out += '\t';
      else if (c === '\r') {
        out += '\n';
        if (raw[i + 1] === '\n') i++;
      } else out += c;
    } else if (c === '\r') {
      out += '\n';
      if (raw[i + 1] === '\n') i++;
    } else out += c;
  }
  return out;
}

export class Lexer {
  private readonly text: string;
  private pos = 0;
  private readonly states: State[] = [State.Initial];

  /** `symbols`: the table identifiers are added to as they are met (none: editor tooling). */
  constructor(
    text: string,
    private readonly symbols: SymbolTable | null = null,
  ) {
    this.text = text;
  }

  private get state(): State {
    return this.states[this.states.length - 1];
  }

  private push(state: State): void {
    this.states.push(state);
  }

  private pop(): void {
    if (this.states.length > 1) this.states.pop();
  }

  next(): Token {
    switch (this.state) {
      case State.String:
        return this.lexString();
      case State.IndString:
        return this.lexIndString();
      case State.InPath:
      case State.InPathSlash:
        return this.lexInPath();
      default:
        return this.lexDefault();
    }
  }

  private token(type: TokenType, start: number, end: number, value = ''): Token {
    this.pos = end;
    return { type, start, end, value };
  }

  private skipTrivia(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        this.pos++;
      } else if (c === 35 /* # */) {
        while (this.pos < text.length && text[this.pos] !== '\n' && text[this.pos] !== '\r') this.pos++;
      } else if (c === 47 /* / */ && text.charCodeAt(this.pos + 1) === 42 /* * */) {
        const close = text.indexOf('*/', this.pos + 2);
        if (close < 0) return; // unterminated comment: reported by lexDefault
        this.pos = close + 2;
      } else return;
    }
  }

  private lexDefault(): Token {
    this.skipTrivia();
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) return this.token('EOF', start, start);
    const c = text[start];
    if (c === '/' && text[start + 1] === '*') {
      return this.token('ERROR', start, text.length, 'unterminated multi-line comment');
    }

    // Fixed tokens that no length-competing rule can beat.
    if (c === '"') {
      this.push(State.String);
      return this.token('QUOTE', start, start + 1);
    }
    if (c === "'" && text[start + 1] === "'") {
      // The opening `''` swallows trailing spaces and one newline.
      let end = start + 2;
      let j = end;
      while (text[j] === ' ') j++;
      if (text[j] === '\n') end = j + 1;
      else if (text[j] === '\r') end = text[j + 1] === '\n' ? j + 2 : j + 1;
      this.push(State.IndString);
      return this.token('IND_OPEN', start, end);
    }
    if (c === '$' && text[start + 1] === '{') {
      this.push(State.Default);
      return this.token('DOLLAR_CURLY', start, start + 2);
    }
    if (c === '{') {
      this.push(State.Default);
      return this.token('CHAR', start, start + 1, '{');
    }
    if (c === '}') {
      if (this.state !== State.Initial) this.pop();
      return this.token('CHAR', start, start + 1, '}');
    }

    // Length-competing rules; ties go to the earlier rule.
    let bestType: TokenType | null = null;
    let bestLength = 0;
    const consider = (type: TokenType, length: number) => {
      if (length > bestLength) {
        bestType = type;
        bestLength = length;
      }
    };
    for (const op of OPERATORS) {
      if (text.startsWith(op, start)) {
        consider(op, op.length);
        break;
      }
    }
    const idLength = matchAt(RE_ID, text, start);
    if (idLength > 0) {
      const word = text.slice(start, start + idLength);
      consider(KEYWORDS.has(word) ? (word as TokenType) : 'ID', idLength);
      if (bestType === 'ID') this.symbols?.intern(word);
    }
    consider('INT', matchAt(RE_INT, text, start));
    consider('FLOAT', matchAt(RE_FLOAT, text, start));
    const pathSegInterp = matchAt(RE_PATH_SEG_INTERP, text, start);
    const hpathStartInterp = matchAt(RE_HPATH_START_INTERP, text, start);
    // `{PATH_SEG}\$\{` matches through the `${`, so it beats a PATH of the same prefix.
    if (pathSegInterp > 0) consider('PATH', pathSegInterp + 2);
    if (hpathStartInterp > 0) consider('HPATH', hpathStartInterp + 2);
    const interpolatedPath = bestType === 'PATH' || bestType === 'HPATH';
    consider('PATH', matchAt(RE_PATH, text, start));
    consider('HPATH', matchAt(RE_HPATH, text, start));
    consider('SPATH', matchAt(RE_SPATH, text, start));
    consider('URI', matchAt(RE_URI, text, start));

    if (bestType === null) return this.token('CHAR', start, start + 1, c);
    const type: TokenType = bestType;
    const stillInterpolated =
      interpolatedPath &&
      (type === 'PATH' || type === 'HPATH') &&
      text.startsWith('${', start + bestLength - 2);
    if (stillInterpolated) {
      // `./a/${x}`: the path token is the first segment, up to its slash; the `${` comes next.
      bestLength -= 2;
    }
    const value = text.slice(start, start + bestLength);
    if (type === 'PATH' || type === 'HPATH') {
      this.push(value.endsWith('/') ? State.InPathSlash : State.InPath);
    }
    return this.token(type, start, start + bestLength, value);
  }

  private lexInPath(): Token {
    const text = this.text;
    const start = this.pos;
    if (text.startsWith('${', start)) {
      this.pop();
      this.push(State.InPath);
      this.push(State.Default);
      return this.token('DOLLAR_CURLY', start, start + 2);
    }
    const length = matchAt(RE_IN_PATH, text, start);
    if (length > 0) {
      const value = text.slice(start, start + length);
      this.pop();
      this.push(value.endsWith('/') ? State.InPathSlash : State.InPath);
      return this.token('STR', start, start + length, value);
    }
    if (this.state === State.InPathSlash) {
      return this.token('ERROR', start, start, 'path has a trailing slash');
    }
    this.pop();
    return { type: 'PATH_END', start, end: start, value: '' };
  }

  private lexString(): Token {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) return this.token('EOF', start, start);
    if (text[start] === '"') {
      this.pop();
      return this.token('QUOTE', start, start + 1);
    }
    if (text.startsWith('${', start)) {
      this.push(State.Default);
      return this.token('DOLLAR_CURLY', start, start + 2);
    }
    let length = matchAt(RE_STRING_BODY, text, start);
    // `$` right before the closing quote belongs to the fragment (Nix's `…\$/\"` rule).
    if (text[start + length] === '$' && text[start + length + 1] === '"') length++;
    if (length === 0) {
      // A lone `$` or `\` at the end of input.
      return this.token('EOF', text.length, text.length);
    }
    return this.noNullByte(
      this.token('STR', start, start + length, unescapeString(text.slice(start, start + length))),
    );
  }

  /** Nix strings cannot hold NUL bytes; Nix rejects them while lexing. */
  private noNullByte(token: Token): Token {
    if (!token.value.includes('\0')) return token;
    const shown = token.value.replaceAll('\0', '\xe2\x90\x80');
    return {
      type: 'ERROR',
      start: token.start,
      end: token.end,
      value: `input string '${shown}' cannot be represented as Nix string because it contains null bytes`,
    };
  }

  private lexIndString(): Token {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) return this.token('EOF', start, start);
    if (text.startsWith("''$", start)) return this.indFragment(start, start + 3, '$', false);
    if (text.startsWith("'''", start)) return this.indFragment(start, start + 3, "''", false);
    if (text.startsWith("''\\", start) && start + 3 <= text.length) {
      // `''\` escapes the next character like a backslash does in a normal string.
      let end = start + 4;
      if (text[start + 3] === '\r' && text[start + 4] === '\n') end++;
      return this.indFragment(
        start,
        Math.min(end, text.length),
        unescapeString(text.slice(start + 2, end)),
        false,
      );
    }
    if (text.startsWith("''", start)) {
      this.pop();
      return this.token('IND_CLOSE', start, start + 2);
    }
    if (text.startsWith('${', start)) {
      this.push(State.Default);
      return this.token('DOLLAR_CURLY', start, start + 2);
    }
    const length = matchAt(RE_IND_STRING_BODY, text, start);
    if (length > 0) {
      return this.indFragment(start, start + length, text.slice(start, start + length), true);
    }
    // A lone `$` or `'` that the body rule could not take.
    return this.indFragment(start, start + 1, text[start], false);
  }

  private indFragment(start: number, end: number, value: string, indentation: boolean): Token {
    this.pos = end;
    return this.noNullByte({ type: 'IND_STR', start, end, value, indentation });
  }
}
