// Archives: the downloaded flake unpacks with the real tar to the project's files; Open archive
// brings a download back as the same project; hostile archives are refused with a message and
// the work in progress is kept.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, zipSync, strToU8 } from 'fflate';
import { createTar } from 'nanotar';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, openPlayground, projectFiles, useSession } from './playground';

const session = useSession();

async function download(page: Page, format: 'tar.gz' | 'zip'): Promise<string> {
  await page.getByRole('combobox', { name: 'Archive format' }).selectOption(format);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download flake' }).click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), 'arbor-download-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function openArchiveFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open archive' }).click(),
  ]);
  await chooser.setFiles(path);
}

function hostileTar(name: string): Uint8Array {
  return gzipSync(
    createTar([
      { name: 'ok/inventory/hosts.nix', data: strToU8('{ }\n') },
      { name, data: strToU8('evil') },
    ]),
  );
}

/** A tar whose second entry is a symbolic link (nanotar cannot write one: patch its header). */
function symlinkTar(): Uint8Array {
  const tar = createTar([
    { name: 'ok/inventory/hosts.nix', data: strToU8('{ }\n') },
    { name: 'ok/link.nix', data: new Uint8Array() },
  ]);
  const header = 512 + 512; // the first entry's header and its one data block
  tar[header + 156] = '2'.charCodeAt(0);
  tar.set(strToU8('/etc/passwd'), header + 157);
  tar.fill(' '.charCodeAt(0), header + 148, header + 156);
  let sum = 0;
  for (let i = header; i < header + 512; i++) sum += tar[i];
  tar.set(strToU8(sum.toString(8).padStart(6, '0') + '\0 '), header + 148);
  return gzipSync(tar);
}

describe('archives', () => {
  test('the downloaded .tar.gz unpacks with tar to the project files, and opens back byte for byte', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    const files = await projectFiles(page);
    const archive = await download(page, 'tar.gz');
    expect(archive.endsWith('.tar.gz')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'arbor-unpacked-'));
    execFileSync('tar', ['-xzf', archive, '-C', dir]);
    const root = join(dir, 'arbor-flake');
    for (const [path, text] of Object.entries(files))
      expect(readFileSync(join(root, path), 'utf8')).toBe(text);
    for (const generated of ['flake.nix', 'modules/arbor.nix', 'README.md', 'lib/eval.nix'])
      expect(existsSync(join(root, generated))).toBe(true);

    await openArchiveFile(page, archive);
    await page
      .getByRole('status')
      .getByText(/Opened .* as the project/)
      .waitFor();
    expect(await projectFiles(page)).toEqual(files);
    await context.close();
  });

  test('the .zip option downloads a zip that unzips to the project', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    const archive = await download(page, 'zip');
    expect(archive.endsWith('.zip')).toBe(true);
    expect([...readFileSync(archive).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    await openArchiveFile(page, archive);
    await page
      .getByRole('status')
      .getByText(/Opened .* as the project/)
      .waitFor();
    expect(Object.keys(await projectFiles(page))).toContain('inventory/hosts.nix');
    await context.close();
  });

  test('hostile archives are refused with a clear message and the work is kept', async () => {
    const context = await newContext(session);
    const page = await openPlayground(context, session);
    const before = await projectFiles(page);
    const dir = mkdtempSync(join(tmpdir(), 'arbor-hostile-'));
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['dotdot.tar.gz', hostileTar('ok/../../escape.nix'), /\.\./],
      ['absolute.tar.gz', hostileTar('/etc/passwd'), /absolute/],
      ['link.tar.gz', symlinkTar(), /link/i],
      [
        'zipslip.zip',
        zipSync({ 'ok/inventory/hosts.nix': strToU8('{ }'), '../evil.nix': strToU8('x') }),
        /\.\./,
      ],
      [
        'big.tar.gz',
        gzipSync(createTar([{ name: 'p/huge.nix', data: new Uint8Array(40 * 1024 * 1024) }])),
        /too large|larger than/,
      ],
      ['notes.txt.zip', strToU8('just some text'), /neither/],
    ];
    for (const [name, bytes, reason] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      await openArchiveFile(page, path);
      const alert = page.getByRole('alert').filter({ hasText: name });
      await alert.waitFor({ timeout: 15_000 });
      const text = (await alert.textContent()) ?? '';
      expect(text).toMatch(/refused|could not/);
      expect(text).toMatch(reason);
      expect(text).toContain('Your current work was kept');
    }
    expect(await projectFiles(page)).toEqual(before);
    await context.close();
  });
});
