/**
 * Which node of the module graph each problem belongs to, so the graph can mark it.
 *
 * A problem in a unit's folder (a dendrite, fruit, home or host override) belongs to that unit,
 * the deepest one when folders nest (`dendrites/db/dendrites/postgres/…` is `db/postgres`, not
 * `db`). A problem in an inventory file belongs to the declaration it falls in: the node of that
 * file declared last at or before the problem's line. A problem no file places (or placed in a
 * file no node is declared in) belongs to its host, when it names one.
 */

import type { Diagnostic, GraphNode } from '$lib/arbor/types';

export interface NodeProblems {
  errors: number;
  warnings: number;
  /** The problems, in the order they were reported. */
  list: Diagnostic[];
}

const UNIT_KINDS = new Set(['dendrite', 'fruit', 'home', 'override']);

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

export function problemsByNode(
  nodes: readonly GraphNode[],
  diagnostics: readonly Diagnostic[],
): Map<string, NodeProblems> {
  const folders = new Map<string, string>();
  const declaredIn = new Map<string, GraphNode[]>();
  const hosts = new Map<string, string>();
  for (const node of nodes) {
    if (node.kind === 'host') hosts.set(node.name, node.id);
    if (!node.file) continue;
    if (UNIT_KINDS.has(node.kind)) folders.set(folderOf(node.file), node.id);
    else (declaredIn.get(node.file) ?? declaredIn.set(node.file, []).get(node.file)!).push(node);
  }

  const ownerOf = (d: Diagnostic): string | undefined => {
    if (d.file) {
      const declared = declaredIn.get(d.file);
      if (declared) {
        let best: GraphNode | undefined;
        for (const node of declared)
          if ((node.line ?? 0) <= (d.line ?? 0) && (!best || (node.line ?? 0) > (best.line ?? 0)))
            best = node;
        if (best) return best.id;
      }
      for (let folder = folderOf(d.file); folder !== ''; folder = folderOf(folder)) {
        const id = folders.get(folder);
        if (id) return id;
      }
    }
    return d.host === null ? undefined : hosts.get(d.host);
  };

  const result = new Map<string, NodeProblems>();
  for (const d of diagnostics) {
    const id = ownerOf(d);
    if (!id) continue;
    const entry = result.get(id) ?? result.set(id, { errors: 0, warnings: 0, list: [] }).get(id)!;
    if (d.severity === 'error') entry.errors++;
    else entry.warnings++;
    entry.list.push(d);
  }
  return result;
}

/** "2 errors, 1 warning": the problems of a node, for its label and tooltip. */
export function problemSummary(problems: NodeProblems): string {
  const parts: string[] = [];
  if (problems.errors > 0) parts.push(`${problems.errors} error${problems.errors === 1 ? '' : 's'}`);
  if (problems.warnings > 0) parts.push(`${problems.warnings} warning${problems.warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}
