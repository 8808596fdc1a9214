/**
 * The one error a pattern can have, as libstdc++ reports it: std::regex_error, which Nix turns into
 * "invalid regular expression" or, for error_space (the automaton passed libstdc++'s state limit),
 * "memory limit exceeded by regular expression". A `regex` error of the one union
 * (errors/nix-error.ts), in Nix's words.
 */

import { NixError } from '../../errors/nix-error';

export type RegexError = NixError<'regex'>;

/** `pattern` is not a regular expression, or (`space`) its automaton has too many states. */
export function regexError(pattern: string, space: boolean): RegexError {
  return new NixError(
    'regex',
    space
      ? `memory limit exceeded by regular expression '${pattern}'`
      : `invalid regular expression '${pattern}'`,
    null,
  );
}
