/**
 * The shape of the inventory contract's type specs (nix/lib/validation/contract.nix): what a field may hold.
 * `generated/contract.ts` holds the contract's schemas in this shape, evaluated from the Nix file
 * by scripts/gen-library.ts, so the TypeScript side (the editor's completion) reads the one table
 * the checks use instead of a copy.
 */

export type FieldSpec =
  | { type: 'string' | 'int' | 'bool' | 'attrs' | 'any' }
  | { type: 'listOf'; of: FieldSpec }
  | { type: 'enum'; values: string[] }
  | { type: 'submodule'; fields: Record<string, FieldSpec> }
  | { type: 'attrsOf'; of: FieldSpec };

/** A spec as a short label: `list of strings`, `"nixos" | "darwin"`, `attribute set`. */
export function describeFieldSpec(spec: FieldSpec): string {
  switch (spec.type) {
    case 'string':
      return 'string';
    case 'int':
      return 'integer';
    case 'bool':
      return 'boolean';
    case 'any':
      return 'any value';
    case 'attrs':
    case 'submodule':
      return 'attribute set';
    case 'attrsOf':
      return `attribute set of ${plural(spec.of)}`;
    case 'listOf':
      return `list of ${plural(spec.of)}`;
    case 'enum':
      return spec.values.map((v) => JSON.stringify(v)).join(' | ');
  }
}

function plural(spec: FieldSpec): string {
  return spec.type === 'enum' ? `(${describeFieldSpec(spec)})` : `${describeFieldSpec(spec)}s`;
}
