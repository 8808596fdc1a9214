// Sessions own their caches and evaluator: two sessions in one process, used in turn on
// different projects (one of them broken in the middle), give exactly what fresh sessions give.

import { describe, expect, it } from 'vitest';
import { Session } from '../../src/lib/arbor/evaluate';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import type { ProjectResult } from '../../src/lib/arbor/types';

const summary = (r: ProjectResult) => ({
  hosts: Object.keys(r.model?.hosts ?? {}),
  diagnostics: r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.host ?? ''}`),
  ports: r.configurations.nas?.options.find((o) => o.path === 'services.openssh.ports')?.value,
});

describe('sessions', () => {
  it('never see each other', () => {
    const homelab = EXAMPLES.homelab;
    const brokenSsh = {
      ...homelab,
      'dendrites/ssh/default.nix': homelab['dendrites/ssh/default.nix'].replace(
        'enable = true;',
        'enable = "yes" + 1;',
      ),
    };
    const expectedHomelab = summary(new Session().evaluate(homelab, { modules: ['nas'] }));
    const expectedBroken = summary(new Session().evaluate(brokenSsh, { modules: ['nas'] }));
    const expectedFleet = summary(new Session().evaluate(EXAMPLES.fleet, { modules: 'none' }));
    expect(expectedHomelab.ports).toEqual([22]);
    expect(
      expectedBroken.diagnostics.some((d) => d.startsWith('module-error dendrites/ssh/default.nix:5')),
    ).toBe(true);

    const a = new Session();
    const b = new Session();
    expect(summary(a.evaluate(homelab, { modules: ['nas'] }))).toEqual(expectedHomelab);
    expect(summary(b.evaluate(EXAMPLES.fleet, { modules: 'none' }))).toEqual(expectedFleet);
    expect(summary(a.evaluate(brokenSsh, { modules: ['nas'] }))).toEqual(expectedBroken);
    expect(summary(b.evaluate(homelab, { modules: ['nas'] }))).toEqual(expectedHomelab);
    expect(summary(a.evaluate(homelab, { modules: ['nas'] }))).toEqual(expectedHomelab);
    expect(summary(b.evaluate(EXAMPLES.fleet, { modules: 'none' }))).toEqual(expectedFleet);
  });
});
