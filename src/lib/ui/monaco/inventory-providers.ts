/**
 * The editor's knowledge of the inventory, as Monaco providers for the Nix language: completion
 * (names of the model, the contract's fields), go to definition (F12, Ctrl+click), references
 * (Shift+F12) and quick fixes (the light bulb, Ctrl+.). The answers come from the pure modules in
 * `../inventory/`; this file only converts between offsets and Monaco's positions, and opens a
 * definition in another file through the workspace (Monaco alone opens only the current model).
 */

import type * as Monaco from 'monaco-editor/editor/editor.api.js';
import type { Model, ProjectFiles } from '$lib/arbor/types';
import { inventoryCompletions, type CompletionItem } from '../inventory/completion';
import { declarationOf, nameAt, referencesTo, type FileRange } from '../inventory/navigation';
import { quickFixes } from '../inventory/quick-fixes';
import { byteColumnToUtf16, utf16ColumnToByte } from '../positions';
import { NIX_LANGUAGE_ID } from './nix-language';

type MonacoApi = typeof Monaco;

/** What the providers read from and do to the workspace. */
export interface InventorySource {
  model(): Model | null;
  files(): ProjectFiles;
  /** Creates a file (a quick fix's meta.nix) and opens it. */
  createFile(path: string, text: string): void;
  /** Opens a file at a line and a UTF-8 byte column (the workspace's positions). */
  openFile(path: string, line: number, column: number): void;
}

/** How the session names its models. */
export interface ModelNames {
  pathOf(model: Monaco.editor.ITextModel): string | null;
  uri(path: string): Monaco.Uri;
}

const CREATE_FILE_COMMAND = 'arbor.createFile';

export function registerInventoryProviders(
  monaco: MonacoApi,
  source: InventorySource,
  names: ModelNames,
): Monaco.IDisposable[] {
  const itemKind = (kind: CompletionItem['kind']) =>
    kind === 'field'
      ? monaco.languages.CompletionItemKind.Field
      : kind === 'name'
        ? monaco.languages.CompletionItemKind.Reference
        : monaco.languages.CompletionItemKind.EnumMember;

  const rangeOf = (model: Monaco.editor.ITextModel, start: number, end: number): Monaco.Range => {
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
  };

  const location = (range: FileRange): Monaco.languages.Location | null => {
    const model = monaco.editor.getModel(names.uri(range.file));
    return model ? { uri: model.uri, range: rangeOf(model, range.start, range.end) } : null;
  };

  const completion = monaco.languages.registerCompletionItemProvider(NIX_LANGUAGE_ID, {
    triggerCharacters: ['"', '.', '/'],
    provideCompletionItems: (model, position) => {
      const path = names.pathOf(model);
      if (!path) return null;
      const answer = inventoryCompletions({
        path,
        text: model.getValue(),
        offset: model.getOffsetAt(position),
        model: source.model(),
      });
      if (!answer) return null;
      const range = rangeOf(model, answer.start, answer.end);
      return {
        suggestions: answer.items.map((item) => ({
          label: { label: item.label, description: item.detail },
          kind: itemKind(item.kind),
          detail: item.detail,
          insertText: item.insertText,
          sortText: item.sortText,
          filterText: item.insertText,
          range,
        })),
      };
    },
  });

  const definition = monaco.languages.registerDefinitionProvider(NIX_LANGUAGE_ID, {
    provideDefinition: (model, position) => {
      const path = names.pathOf(model);
      if (!path) return null;
      const reference = nameAt(path, model.getValue(), model.getOffsetAt(position));
      const thing = reference ? declarationOf(source.model(), reference) : null;
      if (!thing) return null;
      const target = monaco.editor.getModel(names.uri(thing.file));
      if (!target) return null;
      const line = Math.min(Math.max(1, thing.line), target.getLineCount());
      const column = byteColumnToUtf16(target.getLineContent(line), thing.column);
      const word = target.getWordAtPosition({ lineNumber: line, column });
      return {
        uri: target.uri,
        range: new monaco.Range(
          line,
          column,
          line,
          word && word.startColumn === column ? word.endColumn : column,
        ),
      };
    },
  });

  const references = monaco.languages.registerReferenceProvider(NIX_LANGUAGE_ID, {
    provideReferences: (model, position, context) => {
      const path = names.pathOf(model);
      if (!path) return null;
      const reference = nameAt(path, model.getValue(), model.getOffsetAt(position));
      if (!reference) return null;
      const found = referencesTo(source.files(), reference.kind, reference.name)
        .map(location)
        .filter((l): l is Monaco.languages.Location => l !== null);
      // A dendrite, fruit or home is declared by its files, not by a name: its meta.nix leads.
      const thing = context.includeDeclaration ? declarationOf(source.model(), reference) : null;
      const declared = thing ? monaco.editor.getModel(names.uri(thing.file)) : null;
      if (thing && declared && !found.some((l) => l.uri.toString() === declared.uri.toString()))
        found.unshift({ uri: declared.uri, range: new monaco.Range(thing.line, 1, thing.line, 1) });
      return found;
    },
  });

  const actions = monaco.languages.registerCodeActionProvider(
    NIX_LANGUAGE_ID,
    {
      provideCodeActions: (model, range) => {
        const path = names.pathOf(model);
        if (!path) return { actions: [], dispose: () => undefined };
        const text = model.getValue();
        const found: Monaco.languages.CodeAction[] = [];
        for (const marker of monaco.editor.getModelMarkers({ owner: 'arbor', resource: model.uri })) {
          const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
          if (!code) continue;
          const [message, ...hint] = marker.message.split('\n');
          const fixes = quickFixes(
            {
              code,
              message,
              hint: hint.join('\n') || null,
              line: marker.startLineNumber,
              column: marker.startColumn,
            },
            text,
            path,
          );
          const markerRange = monaco.Range.lift(marker);
          for (const fix of fixes) {
            if (fix.kind === 'replace') {
              const fixRange = rangeOf(model, fix.start, fix.end);
              if (
                !monaco.Range.areIntersectingOrTouching(fixRange, range) &&
                !monaco.Range.areIntersectingOrTouching(markerRange, range)
              )
                continue;
              found.push({
                title: fix.title,
                kind: 'quickfix',
                diagnostics: [marker],
                isPreferred: true,
                edit: {
                  edits: [
                    {
                      resource: model.uri,
                      textEdit: { range: fixRange, text: fix.text },
                      versionId: undefined,
                    },
                  ],
                },
              });
            } else {
              if (!monaco.Range.areIntersectingOrTouching(markerRange, range)) continue;
              found.push({
                title: fix.title,
                kind: 'quickfix',
                diagnostics: [marker],
                isPreferred: true,
                command: { id: CREATE_FILE_COMMAND, title: fix.title, arguments: [fix.path, fix.text] },
              });
            }
          }
        }
        return { actions: found, dispose: () => undefined };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );

  const createFile = monaco.editor.registerCommand(
    CREATE_FILE_COMMAND,
    (_accessor, path: string, text: string) => source.createFile(path, text),
  );

  // A definition or reference in another file: the workspace opens it (as a tab) at the place.
  const opener = monaco.editor.registerEditorOpener({
    openCodeEditor: (_editor, resource, selectionOrPosition) => {
      const target = monaco.editor.getModel(resource);
      const path = target ? names.pathOf(target) : null;
      if (!target || !path) return false;
      const position = !selectionOrPosition
        ? { lineNumber: 1, column: 1 }
        : 'startLineNumber' in selectionOrPosition
          ? { lineNumber: selectionOrPosition.startLineNumber, column: selectionOrPosition.startColumn }
          : selectionOrPosition;
      const column = utf16ColumnToByte(target.getLineContent(position.lineNumber), position.column);
      source.openFile(path, position.lineNumber, column);
      return true;
    },
  });

  return [completion, definition, references, actions, createFile, opener];
}
