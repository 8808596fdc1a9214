/**
 * The editor's hover over an option path in a module file: the option's final value on the host
 * the Config tab shows (or on the home of it whose module the file is), and every definition with
 * its position and priority, the hovered one marked. A namespace (`services.openssh`) shows the
 * options below it as one value. Returned as Markdown for Monaco; null when the word under the
 * cursor is not an option path of a configuration that uses the file.
 */

import type { DisplayValue, HostConfiguration, Model, OptionDefinition, OptionInfo } from '$lib/arbor/types';
import { joinOptionPath, lookupPath, priorityLabel, valueParts, isChip, markerLabel } from './config-view';
import { optionPathAt } from './option-path';

export interface HoverSource {
  model: Model | null;
  configurations: Record<string, HostConfiguration>;
  /** The configuration to prefer (the Config tab's), then the host's homes. */
  target: string | null;
  host: string | null;
}

export interface OptionHover {
  markdown: string[];
  start: number;
  end: number;
}

const MAX_DEFINITIONS = 8;
const MAX_LINES = 14;

/** The configurations to look in, in order: the target, the host, the host's homes. */
function candidates(source: HoverSource): string[] {
  const names = [
    source.target,
    source.host,
    ...(source.host ? (source.model?.hosts[source.host]?.homes ?? []) : []),
  ];
  return [...new Set(names.filter((n): n is string => n !== null))];
}

/** Whether the configuration's modules include `file` (directly, or a definition written there). */
function usesFile(
  source: HoverSource,
  name: string,
  configuration: HostConfiguration,
  file: string,
): boolean {
  const modules = source.model?.hosts[name]?.modules ?? source.model?.homes[name]?.modules ?? [];
  if (modules.some((m) => m.file === file)) return true;
  return configuration.options.some((o) => o.definitions.some((d) => d.file === file || d.module === file));
}

function plain(parts: ReturnType<typeof valueParts>): string {
  return parts
    .map((part) =>
      isChip(part.kind) ? `«${markerLabel(part.kind)}${part.text ? ' ' + part.text : ''}»` : part.text,
    )
    .join('');
}

/** A value as Nix text: one line when short, else indented and cut after `MAX_LINES` lines. */
function nixText(value: DisplayValue): string {
  const parts = valueParts(value, { compact: true, budget: 60 });
  if (!parts.some((part) => part.kind === 'truncated')) return plain(parts);
  const text = plain(valueParts(value, { compact: false }));
  const lines = text.split('\n');
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), '  …'].join('\n') : text;
}

function fence(text: string): string {
  return '```nix\n' + text.replace(/```/g, '`\u200b``') + '\n```';
}

function where(d: OptionDefinition): string {
  if (d.line === null)
    return d.file.startsWith('/arbor/lib/') ? 'lib/' + d.file.slice('/arbor/lib/'.length) : d.file;
  return `${d.file}:${d.line}:${d.column ?? 1}`;
}

function definitionList(definitions: OptionDefinition[], file: string, line: number): string {
  const shown = definitions.slice(0, MAX_DEFINITIONS).map((d) => {
    const here = d.file === file && d.line === line ? ' — here' : '';
    const generated = d.module !== d.file && !d.module.startsWith('/') ? ` (from ${d.module})` : '';
    return `- \`${where(d)}\`${generated} · ${priorityLabel(d.priority)}${here}`;
  });
  if (definitions.length > MAX_DEFINITIONS) shown.push(`- … ${definitions.length - MAX_DEFINITIONS} more`);
  return shown.join('\n');
}

/** The options below a namespace as one attribute set (relative to it). */
function namespaceValue(options: OptionInfo[], depth: number): DisplayValue {
  const tree: { [name: string]: DisplayValue } = {};
  for (const option of options) {
    let node = tree;
    const rest = option.loc.slice(depth);
    rest.slice(0, -1).forEach((name) => {
      const next = node[name];
      if (typeof next !== 'object' || next === null || Array.isArray(next) || '$arbor' in next)
        node[name] = {};
      node = node[name] as { [name: string]: DisplayValue };
    });
    node[rest[rest.length - 1]] = option.value;
  }
  return tree;
}

/**
 * The hover at `offset` (UTF-16) of `text`, the contents of the project file `file`; `line` is
 * the hovered line (1-based), to mark the definition written there.
 */
export function optionHover(
  source: HoverSource,
  file: string,
  text: string,
  offset: number,
  line: number,
): OptionHover | null {
  const hit = optionPathAt(text, offset);
  if (!hit) return null;
  for (const name of candidates(source)) {
    const configuration = source.configurations[name];
    if (!configuration || !usesFile(source, name, configuration, file)) continue;
    const found = lookupPath(configuration.options, hit.path);
    if (!found) continue;
    const path = joinOptionPath(hit.path);
    const markdown: string[] = [];
    if (found.kind === 'option') {
      const { option } = found;
      const kind = option.declared
        ? `declared, type \`${option.declaration?.type ?? 'option'}\``
        : 'freeform (not declared by Arbor)';
      const of = found.inside ? ` (inside \`${option.path}\`)` : '';
      markdown.push(`**\`${path}\`** on ${name}${of}\n\n${kind}`);
      markdown.push(fence(nixText(found.value)));
      if (option.error) markdown.push(`Error: ${option.error}`);
      const definitions = option.definitions.filter(
        (d) => d.line !== null || option.definitions.length === 1,
      );
      if (definitions.length > 0) markdown.push('Definitions:\n' + definitionList(definitions, file, line));
    } else {
      markdown.push(`**\`${path}\`** on ${name} · ${found.options.length} options`);
      markdown.push(fence(nixText(namespaceValue(found.options, hit.path.length))));
      const definitions = found.options.flatMap((o) => o.definitions.filter((d) => d.line !== null));
      const unique = [...new Map(definitions.map((d) => [where(d), d])).values()];
      if (unique.length > 0) markdown.push('Definitions:\n' + definitionList(unique, file, line));
    }
    return { markdown, start: hit.start, end: hit.end };
  }
  return null;
}
