// Problems on the module graph's nodes: each problem belongs to the unit whose folder holds it,
// or to the inventory declaration it falls in, or to its host.
import { describe, expect, test } from 'vitest';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { problemsByNode, problemSummary } from '../../src/lib/ui/graph/problems';
import type { Diagnostic, GraphNode } from '../../src/lib/arbor/types';

const owners = (example: string) => {
  const result = evaluateProject(EXAMPLES[example], { modules: 'all' });
  const byNode = problemsByNode(result.model!.graph.nodes, result.diagnostics);
  return Object.fromEntries([...byNode].map(([id, p]) => [id, p.list.map((d) => d.code)]));
};

describe('problems on graph nodes', () => {
  test('an error inside a dendrite module is on that dendrite', () => {
    expect(owners('broken/module-error')).toEqual({ 'dendrite:ssh': ['module-error'] });
  });

  test('inventory problems are on the declaration they fall in', () => {
    const found = owners('many-errors');
    expect(found['host:box']).toContain('unknown-role');
    expect(found['host:mac']).toContain('missing-fact');
    expect(found['override:old-box']).toEqual(['orphan-override']);
    expect(found['dendrite:zfs']).toEqual(['unknown-field']);
  });

  test('nested unit folders: the deepest unit owns the problem', () => {
    const node = (id: string, file: string): GraphNode => ({
      id,
      kind: 'dendrite',
      name: id,
      description: null,
      class: null,
      file,
      line: 1,
      column: 1,
    });
    const problem = (file: string, severity: Diagnostic['severity']): Diagnostic => ({
      code: 'module-error',
      severity,
      message: '',
      host: 'box',
      hint: null,
      file,
      line: 3,
      column: 1,
    });
    const nodes = [node('db', 'dendrites/db/meta.nix'), node('pg', 'dendrites/db/dendrites/pg/meta.nix')];
    const byNode = problemsByNode(nodes, [
      problem('dendrites/db/dendrites/pg/default.nix', 'error'),
      problem('dendrites/db/default.nix', 'warning'),
      problem('dendrites/db/dendrites/pg/default.nix', 'warning'),
    ]);
    expect(problemSummary(byNode.get('pg')!)).toBe('1 error, 1 warning');
    expect(problemSummary(byNode.get('db')!)).toBe('1 warning');
  });
});
