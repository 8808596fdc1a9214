/**
 * The project's paths as a tree for the Files panel: folders first, then files, each sorted by
 * name. Folders exist implicitly (a file's parents) or explicitly (an empty folder the user made).
 * A path with a component starting with `_` is ignored by Arbor (import-tree's convention), and is
 * marked so; so is everything below an ignored folder.
 */

export interface TreeNode {
  name: string;
  path: string;
  kind: 'file' | 'folder';
  ignored: boolean;
  depth: number;
  children: TreeNode[];
}

export function isIgnoredPath(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('_'));
}

export function buildFileTree(files: Iterable<string>, folders: Iterable<string> = []): TreeNode[] {
  const root: TreeNode = { name: '', path: '', kind: 'folder', ignored: false, depth: -1, children: [] };
  const folderNodes = new Map<string, TreeNode>([['', root]]);
  const folderFor = (path: string): TreeNode => {
    const existing = folderNodes.get(path);
    if (existing) return existing;
    const slash = path.lastIndexOf('/');
    const parent = folderFor(slash < 0 ? '' : path.slice(0, slash));
    const node: TreeNode = {
      name: path.slice(slash + 1),
      path,
      kind: 'folder',
      ignored: isIgnoredPath(path),
      depth: parent.depth + 1,
      children: [],
    };
    parent.children.push(node);
    folderNodes.set(path, node);
    return node;
  };
  for (const folder of folders) folderFor(folder);
  for (const path of files) {
    const slash = path.lastIndexOf('/');
    const parent = folderFor(slash < 0 ? '' : path.slice(0, slash));
    parent.children.push({
      name: path.slice(slash + 1),
      path,
      kind: 'file',
      ignored: isIgnoredPath(path),
      depth: parent.depth + 1,
      children: [],
    });
  }
  const sort = (node: TreeNode) => {
    node.children.sort((a, b) =>
      a.kind !== b.kind ? (a.kind === 'folder' ? -1 : 1) : a.name.localeCompare(b.name),
    );
    node.children.forEach(sort);
  };
  sort(root);
  return root.children;
}

/** The visible rows of a tree, depth first, skipping the insides of collapsed folders. */
export function visibleRows(nodes: TreeNode[], collapsed: ReadonlySet<string>): TreeNode[] {
  const rows: TreeNode[] = [];
  const walk = (list: TreeNode[]) => {
    for (const node of list) {
      rows.push(node);
      if (node.kind === 'folder' && !collapsed.has(node.path)) walk(node.children);
    }
  };
  walk(nodes);
  return rows;
}

/** A path the user typed, normalised; null when it cannot be a project path. */
export function normalizePath(input: string): string | null {
  const parts = input
    .trim()
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.includes('..')) return null;
  return parts.join('/');
}
