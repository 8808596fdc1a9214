/**
 * The examples gallery: every project under `nix/examples/` (through the generated module), plus
 * the generated 50-host fleet, each with a title and a sentence on what it shows. The broken
 * examples are a tour of the diagnostics: one project per code, each producing exactly that code.
 *
 * The page carries only the names and the default example (a first visit opens it at once); the
 * other examples' files (and the 50-host generator) load when one is opened.
 */

import { DIAGNOSTIC_CODES, isDiagnosticCode } from '$lib/arbor/codes';
import { EXAMPLE_NAMES, HOMELAB } from '$lib/arbor/generated/example-index';
import type { ProjectFiles } from '$lib/arbor/types';

export const DEFAULT_EXAMPLE = 'homelab';

export interface ExampleInfo {
  name: string;
  title: string;
  description: string;
  /** The diagnostic code a broken example demonstrates. */
  code: string | null;
}

const DESCRIPTIONS: Record<string, { title: string; description: string }> = {
  homelab: {
    title: 'Homelab',
    description:
      'A NAS with ZFS and a tape library, and a desktop: roles, dendrites with leaves, fruits, homes and overrides.',
  },
  'homelab-secrets': {
    title: 'Homelab with secrets',
    description:
      'The homelab with sops-nix secrets: keys in the inventory, generated .sops.yaml, encrypted files (throwaway keys) checked against their recipients.',
  },
  'agenix-web': {
    title: 'Web and database with agenix',
    description:
      'Two servers whose secrets are agenix files: generated secrets/secrets.nix, per-host and shared secrets (throwaway keys).',
  },
  reference: {
    title: 'Every field',
    description:
      'One NAS using every field of the inventory and meta.nix contract: the project the inventory docs open.',
  },
  fleet: {
    title: 'Company fleet',
    description:
      'Six NixOS servers and two MacBooks: WireGuard mesh, Colmena and deploy-rs, nixos-anywhere bootstrap.',
  },
  'fleet-50': {
    title: 'Fleet of 50',
    description: 'The company fleet at 50 hosts (generated): how the graph and evaluation scale.',
  },
  'many-errors': {
    title: 'Many errors',
    description: 'One project with a dozen different problems: Arbor reports them all in one pass.',
  },
};

export function exampleNames(): string[] {
  const names = [...EXAMPLE_NAMES, 'fleet-50'];
  const rank = (name: string) => (name.startsWith('broken/') ? 1 : 0);
  const order = ['homelab', 'homelab-secrets', 'fleet', 'fleet-50', 'agenix-web', 'reference', 'many-errors'];
  return names.sort((a, b) => rank(a) - rank(b) || order.indexOf(a) - order.indexOf(b) || a.localeCompare(b));
}

export function exampleInfo(name: string): ExampleInfo {
  const known = DESCRIPTIONS[name];
  if (known) return { name, ...known, code: null };
  const code = name.startsWith('broken/') ? name.slice('broken/'.length) : null;
  return {
    name,
    title: code ?? name,
    description: code && isDiagnosticCode(code) ? DIAGNOSTIC_CODES[code].summary : '',
    code,
  };
}

export function hasExample(name: string): boolean {
  return name === 'fleet-50' || EXAMPLE_NAMES.includes(name);
}

/** A fresh copy of an example's files; null for an unknown name. */
export async function exampleFiles(name: string): Promise<ProjectFiles | null> {
  if (name === DEFAULT_EXAMPLE) return { ...HOMELAB };
  if (!hasExample(name)) return null;
  const { EXAMPLES } = await import('$lib/arbor/generated/examples');
  if (name === 'fleet-50') {
    const { scaleExample } = await import('./scale-example');
    return scaleExample(EXAMPLES.fleet);
  }
  return { ...EXAMPLES[name] };
}
