// Delta debugging (ddmin) over a program's tokens: the smallest program, by removing chunks of
// tokens, for which a predicate ("still shows the same finding") holds. Then single-character
// removal for short results, and a final pass dropping parenthesised groups' contents.

import { tokenize } from './mutator';

export type Predicate = (text: string) => boolean | Promise<boolean>;

export interface MinimiseOptions {
  /** At most this many predicate calls (each may run Nix and our evaluator). */
  budget?: number;
  /** A time (as `Date.now()`) after which no more candidates are tried: one finding never stalls a run. */
  deadline?: number;
}

export interface MinimiseResult {
  text: string;
  /** Predicate calls made. */
  tests: number;
}

export async function minimise(
  text: string,
  predicate: Predicate,
  options: MinimiseOptions = {},
): Promise<MinimiseResult> {
  const budget = options.budget ?? 300;
  const deadline = options.deadline ?? Infinity;
  let tests = 0;
  const seen = new Map<string, boolean>();
  const test = async (candidate: string): Promise<boolean> => {
    const known = seen.get(candidate);
    if (known !== undefined) return known;
    if (tests >= budget || Date.now() > deadline) return false;
    tests++;
    const result = await predicate(candidate);
    seen.set(candidate, result);
    return result;
  };

  let units = tokenize(text);
  units = await ddmin(units, (parts) => test(parts.join('')));
  let current = units.join('');
  // Characters, for what is short by now (long strings and numbers shrink here).
  if (current.length <= 2000 && tests < budget) {
    current = (await ddmin([...current], (parts) => test(parts.join('')))).join('');
  }
  // Tidy whitespace runs, if that keeps the finding.
  const tidy = current.replace(/\s+/g, ' ').trim();
  if (tidy !== current && (await test(tidy))) current = tidy;
  return { text: current, tests };
}

/** Zeller's ddmin, complement-only variant: returns a 1-minimal sublist (within the budget). */
export async function ddmin<T>(items: T[], holds: (parts: T[]) => Promise<boolean>): Promise<T[]> {
  let current = items;
  let n = 2;
  while (current.length >= 2) {
    const chunk = Math.ceil(current.length / n);
    let reduced = false;
    for (let start = 0; start < current.length; start += chunk) {
      const complement = [...current.slice(0, start), ...current.slice(start + chunk)];
      if (complement.length > 0 && (await holds(complement))) {
        current = complement;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(current.length, n * 2);
    }
  }
  return current;
}
