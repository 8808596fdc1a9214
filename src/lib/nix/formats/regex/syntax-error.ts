/**
 * The one error a pattern can have, as libstdc++ reports it: std::regex_error, which Nix turns into
 * "invalid regular expression" or, for error_space (the automaton passed libstdc++'s state limit),
 * "memory limit exceeded by regular expression".
 */

export class RegexSyntaxError {
  /** Whether this is error_space (too many states) rather than a malformed pattern. */
  constructor(readonly space: boolean) {}
}
