/**
 * The toolbar's actions that reach outside the page: sharing a link through the clipboard,
 * downloading the flake archive, opening an archive from disk. Each reports its outcome as a
 * notice on the workspace; a refused archive or a failed build never changes the open project.
 */

import * as Comlink from 'comlink';
import { ToolTimeout } from './evaluation-client';
import type { ArchiveFormat, ArchiveReply, ImportReply } from './worker-api';
import type { Workspace } from './workspace.svelte';

/** The playground's address for a share hash; `root` is the site's root URL. */
export async function shareUrl(workspace: Workspace, root: URL): Promise<string> {
  const url = new URL(root);
  url.hash = await workspace.shareHash();
  return url.href;
}

export async function shareProject(workspace: Workspace, root: URL): Promise<string> {
  const link = await shareUrl(workspace, root);
  try {
    await navigator.clipboard.writeText(link);
    workspace.notify(
      'info',
      `A link to "${workspace.name}" is on the clipboard (${Math.ceil(link.length / 1024)} KB).`,
      link,
    );
  } catch {
    workspace.notify('info', 'Copy this link to share the project:', link);
  }
  return link;
}

function fileStem(name: string): string {
  return name.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'arbor-flake';
}

export async function downloadFlake(workspace: Workspace, format: ArchiveFormat): Promise<void> {
  const client = workspace.evaluationClient;
  if (!client) return;
  const files = workspace.files;
  try {
    const reply = await client.runTool<ArchiveReply>((api) => api.buildArchive(files, format), 30_000);
    if (!reply.ok) {
      workspace.notify('error', reply.message);
      return;
    }
    const blob = new Blob([reply.bytes as Uint8Array<ArrayBuffer>], {
      type: format === 'zip' ? 'application/zip' : 'application/gzip',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${fileStem(workspace.name)}.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    workspace.notify(
      'info',
      `Downloaded ${link.download}: unpack it, then git init && git add -A && nix flake check.`,
    );
  } catch (error) {
    const message = error instanceof ToolTimeout ? error.message : String(error);
    workspace.notify('error', `The flake could not be built: ${message}`);
  }
}

/** Archives larger than this are refused before they are read (they unpack to more still). */
const MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;

export async function openArchive(workspace: Workspace, file: File): Promise<void> {
  const client = workspace.evaluationClient;
  if (!client) return;
  if (file.size > MAX_ARCHIVE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    workspace.notify(
      'error',
      `${file.name} was refused: the archive is too large (${mb} MB; the limit is 16 MB). Your current work was kept.`,
    );
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const reply = await client.runTool<ImportReply>(
      (api) => api.readArchive(Comlink.transfer(bytes, [bytes.buffer]), file.name),
      30_000,
    );
    if (!reply.ok) {
      workspace.notify('error', `${reply.message} Your current work was kept.`);
      return;
    }
    const name = file.name.replace(/\.(tar\.gz|tgz|zip)$/i, '') || 'imported';
    await workspace.createProject(name, reply.files);
    workspace.notify(
      'info',
      `Opened ${file.name} as the project "${workspace.name}" (${Object.keys(reply.files).length} files).`,
    );
  } catch (error) {
    const message = error instanceof ToolTimeout ? error.message : String(error);
    workspace.notify('error', `${file.name} could not be opened: ${message}. Your current work was kept.`);
  }
}
