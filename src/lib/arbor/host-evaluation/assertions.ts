/**
 * What a configuration says about itself once its options are walked: failed `assertions`
 * (assertion-failed), `warnings` (module-warning), and a `networking.hostName` that differs from
 * the host's inventory name. Each is positioned on the definition that wrote it.
 */

import type { DisplayValue } from '../types';
import { report, type Walker } from './walker';

/** assertions → assertion-failed, warnings → module-warning, positioned on their definitions. */
export function checkAssertionsAndWarnings(w: Walker, kind: 'host' | 'home'): void {
  const byPath = new Map(w.options.map((o) => [o.path, o]));
  // Colmena, deploy-rs and the archive's commands address the host by its inventory name.
  const hostName = kind === 'host' ? byPath.get('networking.hostName') : undefined;
  if (hostName && typeof hostName.value === 'string' && hostName.value !== w.hostName) {
    const def = hostName.definitions[0];
    report(w, {
      code: 'module-warning',
      severity: 'warning',
      message: `networking.hostName is "${hostName.value}", but the inventory calls this host ${w.hostName}.`,
      file: def?.file ?? '',
      line: def?.line ?? 1,
      column: def?.column ?? 1,
      hint: `Deployments and \`nixos-rebuild --flake .#${w.hostName}\` use the inventory's name; rename the host in inventory/hosts.nix instead, or drop this definition.`,
    });
  }
  const assertions = byPath.get('assertions');
  if (assertions && Array.isArray(assertions.value)) {
    for (const item of assertions.value) {
      if (item === null || typeof item !== 'object' || Array.isArray(item) || '$arbor' in item) continue;
      const record = item as { [name: string]: DisplayValue };
      if (record.assertion !== false) continue;
      const message = typeof record.message === 'string' ? record.message : 'assertion failed';
      const def =
        assertions.definitions.find((d) => JSON.stringify(d.value).includes(JSON.stringify(message))) ??
        assertions.definitions[0];
      report(w, {
        code: 'assertion-failed',
        severity: 'error',
        message: `Failed assertion: ${message.trim()}`,
        file: def?.file ?? '',
        line: def?.line ?? 1,
        column: def?.column ?? 1,
        hint: 'The module that defines this assertion says the configuration is not valid: change the values it checks.',
      });
    }
  }
  const warnings = byPath.get('warnings');
  if (warnings && Array.isArray(warnings.value)) {
    for (const item of warnings.value) {
      if (typeof item !== 'string') continue;
      const def =
        warnings.definitions.find((d) => JSON.stringify(d.value).includes(JSON.stringify(item))) ??
        warnings.definitions[0];
      report(w, {
        code: 'module-warning',
        severity: 'warning',
        message: item.trim(),
        file: def?.file ?? '',
        line: def?.line ?? 1,
        column: def?.column ?? 1,
        hint: null,
      });
    }
  }
}
