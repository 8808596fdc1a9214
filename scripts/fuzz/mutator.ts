// Mutation of existing programs (the differential corpus): token-level edits that keep most of a
// program intact, so the result mostly still parses and reaches the evaluator's deeper paths.

import type { Generator } from './generator';
import { INT_EDGES } from './generator';
import type { Rng } from './rng';

/** Splits a program into tokens, keeping every byte (whitespace and comments are tokens too). */
export function tokenize(text: string): string[] {
  const re =
    /\s+|#[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\[\s\S])*"|''[\s\S]*?''|[A-Za-z_][\w'-]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\.\.|\/\/|\+\+|==|!=|<=|>=|&&|\|\||->|\$\{|[\s\S]/g;
  return text.match(re) ?? [];
}

const OPERATORS = ['+', '-', '*', '/', '++', '//', '==', '!=', '<', '>', '&&', '||', '->'];
const KEYWORDS = ['let', 'in', 'rec', 'with', 'inherit', 'if', 'then', 'else', 'assert', 'or'];

/** Applies 1–4 random mutations to `text`. */
export function mutate(text: string, rng: Rng, generator: Generator): string {
  // Header lines (`# flags:`) belong to the corpus runner, not to the program.
  let tokens = tokenize(text.replace(/^(#[^\n]*\n)+/, ''));
  const rounds = 1 + rng.int(4);
  for (let round = 0; round < rounds && tokens.length > 0; round++) {
    const i = rng.int(tokens.length);
    const kind = rng.int(9);
    const tok = tokens[i];
    switch (kind) {
      case 0: {
        // Delete a span.
        const len = 1 + rng.int(Math.min(8, tokens.length - i));
        tokens.splice(i, len);
        break;
      }
      case 1: {
        // Duplicate a span.
        const len = 1 + rng.int(Math.min(8, tokens.length - i));
        tokens.splice(i, 0, ...tokens.slice(i, i + len));
        break;
      }
      case 2:
        if (/^\d/.test(tok)) tokens[i] = rng.pick(INT_EDGES);
        else tokens.splice(i, 0, ' ', rng.pick(INT_EDGES), ' ');
        break;
      case 3:
        if (tok.startsWith('"')) tokens[i] = generator.stringLit();
        else tokens.splice(i, 0, ' ', generator.stringLit(), ' ');
        break;
      case 4:
        if (OPERATORS.includes(tok)) tokens[i] = rng.pick(OPERATORS);
        else if (KEYWORDS.includes(tok)) tokens[i] = rng.pick(KEYWORDS);
        else tokens.splice(i, 0, ' ', rng.pick(OPERATORS), ' ');
        break;
      case 5:
        // Replace an identifier-ish token with a generated expression.
        tokens[i] = /^[A-Za-z_(]/.test(tok) ? `(${generator.expr(2)})` : tok;
        break;
      case 6:
        // Wrap the whole program.
        tokens = [
          rng.pick([
            'builtins.tryEval (',
            'builtins.deepSeq (',
            'builtins.toJSON (',
            '[ (',
            'builtins.seq (',
            '(x: x) (',
          ]),
          ...tokens,
          rng.pick([')', ') 1', ') ]', ')']),
        ];
        if (tokens[0] === '[ (') tokens[tokens.length - 1] = ') ]';
        if (tokens[0] === 'builtins.deepSeq (' || tokens[0] === 'builtins.seq (')
          tokens[tokens.length - 1] = ') 1';
        else if (tokens[0] !== '[ (') tokens[tokens.length - 1] = ')';
        break;
      case 7: {
        // Swap two tokens.
        const j = rng.int(tokens.length);
        [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
        break;
      }
      default:
        // A random byte inside a string.
        if (tok.startsWith('"') && tok.length >= 2) {
          const at = 1 + rng.int(tok.length - 1);
          const byte = String.fromCharCode(rng.pick([0, 1, 0x7f, 0x80, 0xc3, 0xff, 0x24, 0x7b, 0x5c]));
          tokens[i] = tok.slice(0, at) + byte + tok.slice(at);
        } else tokens.splice(i, 0, `builtins.${generator.builtinName()} `);
    }
  }
  return tokens.join('');
}
