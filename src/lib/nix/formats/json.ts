/**
 * JSON: `builtins.toJSON`, `builtins.fromJSON`, and the printer behind `nix-instantiate --json`
 * (and `__structuredAttrs`), all as Nix 2.26 does them with nlohmann::json.
 *
 * Printing follows Nix's printValueAsJSON: sets are sorted by name, a set with `__toString` is
 * the string it coerces to, one with `outPath` is that value (so derivations are their output
 * path), paths are copied to the store, and the context of every string is collected. Output is
 * compact; strings are escaped as nlohmann escapes them (`\"`, `\\`, `\b\f\n\r\t`, `\u00XX` for
 * other control characters, everything else raw) and must be valid UTF-8 — as in Nix, an invalid
 * string is reported only after the whole value was evaluated ("JSON serialization error").
 *
 * Parsing mirrors nlohmann's lexer and parser closely enough to give its error messages, with
 * line and column ("[json.exception.parse_error.101] parse error at line 1, column 2: syntax
 * error while parsing object key - …"). Numbers are nlohmann's: a non-negative integer is
 * unsigned (beyond 2^63-1 it is Nix's "outside of Nix integer range" error), an integer too large
 * for 64 bits becomes a float, a float that overflows is an error. Strings are byte strings, so
 * `\u00e9` becomes the two UTF-8 bytes of `é`; a NUL byte is refused as Nix refuses it. Deeply
 * nested documents are parsed with an explicit stack.
 *
 * The printer is json/print.ts; the parser is json/parse.ts, on nlohmann's input adapter in
 * json/input.ts; json/utf8.ts holds nlohmann's UTF-8 check and the byte notation of its messages.
 * This module is the entry.
 */

export { jsonError, parseJson, type JsonError } from './json/parse';
export { printJson, valueToJson } from './json/print';
export { utf8Error } from './json/utf8';
