/**
 * One Monaco editor over a project: a model per file (so each keeps its undo history and its
 * markers), kept in step with the workspace's files; the diagnostics as markers at their
 * positions (byte columns converted to UTF-16); reveal requests; the theme following the system;
 * a hover over option paths and inventory names (what `hover` answers); completion, definitions,
 * references and quick fixes over the inventory (inventory-providers.ts). The session never owns
 * the files: it reports edits and the workspace decides.
 */

import type * as Monaco from 'monaco-editor/editor/editor.api.js';
import type { Diagnostic, ProjectFiles } from '$lib/arbor/types';
import type { OptionHover } from '../option-hover';
import { byteColumnToUtf16 } from '../positions';
import { registerInventoryProviders, type InventorySource } from './inventory-providers';
import { NIX_LANGUAGE_ID } from './nix-language';

type MonacoApi = typeof Monaco;

/** What the hover shows at `offset` (UTF-16) of the file `path` whose text is `text`. */
export type HoverProvider = (path: string, text: string, offset: number, line: number) => OptionHover | null;

function languageFor(path: string): string {
  if (path.endsWith('.nix')) return NIX_LANGUAGE_ID;
  if (path.endsWith('.md')) return 'markdown';
  if (path.endsWith('.json')) return 'json';
  return 'plaintext';
}

export class EditorSession {
  private readonly editor: Monaco.editor.IStandaloneCodeEditor;
  private readonly models = new Map<string, Monaco.editor.ITextModel>();
  private readonly viewStates = new Map<string, Monaco.editor.ICodeEditorViewState | null>();
  private readonly dark: MediaQueryList;
  private current: string | null = null;
  /** Set while the session itself writes a model, so that write is not reported as an edit. */
  private applying = false;
  private readonly hoverRegistration: Monaco.IDisposable | null = null;
  private readonly registrations: Monaco.IDisposable[] = [];
  /**
   * Hovers and suggestions are drawn here, outside the editor's pane: the pane contains its
   * layout and paint (so keystrokes repaint nothing else), which would clip them at its edge.
   */
  private readonly overflow: HTMLElement;

  /** Whether Tab moves the focus out of the editor instead of indenting (Ctrl+M toggles it). */
  tabMovesFocus = false;

  constructor(
    private readonly monaco: MonacoApi,
    container: HTMLElement,
    private readonly onEdit: (path: string, text: string) => void,
    hover?: HoverProvider,
    private readonly onTabMovesFocus?: (on: boolean) => void,
    inventory?: InventorySource,
  ) {
    this.dark = matchMedia('(prefers-color-scheme: dark)');
    this.overflow = document.createElement('div');
    this.overflow.className = 'monaco-editor arbor-overflow-widgets';
    document.body.appendChild(this.overflow);
    this.editor = monaco.editor.create(container, {
      model: null,
      automaticLayout: true,
      fontSize: 13,
      tabSize: 2,
      insertSpaces: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      overflowWidgetsDomNode: this.overflow,
      theme: this.themeName(),
      ariaLabel: 'Nix source',
      // Work Monaco would do on every keystroke that a Nix file does not need, so the page is free
      // sooner to show the evaluation's result.
      bracketPairColorization: { enabled: false },
      occurrencesHighlight: 'off',
      selectionHighlight: false,
      codeLens: false,
      // Names are completed inside strings (`roles = [ "` …); words of the file are not offered.
      quickSuggestions: { other: 'on', comments: 'off', strings: 'on' },
      wordBasedSuggestions: 'off',
    });
    this.dark.addEventListener('change', this.updateTheme);
    // The way out for keyboard users (WCAG 2.1.2): Ctrl+M, as Monaco documents it, makes Tab and
    // Shift+Tab move the focus to the next or previous control instead of indenting.
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, () =>
      this.setTabMovesFocus(!this.tabMovesFocus),
    );
    this.editor.onDidChangeModelContent(() => {
      const model = this.editor.getModel();
      if (this.applying || !model || !this.current) return;
      this.onEdit(this.current, model.getValue());
    });
    if (hover) {
      this.hoverRegistration = monaco.languages.registerHoverProvider(NIX_LANGUAGE_ID, {
        provideHover: (model, position) => {
          const path = this.pathOf(model);
          if (!path) return null;
          const answer = hover(path, model.getValue(), model.getOffsetAt(position), position.lineNumber);
          if (!answer) return null;
          const start = model.getPositionAt(answer.start);
          const end = model.getPositionAt(answer.end);
          return {
            range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
            contents: answer.markdown.map((value) => ({ value })),
          };
        },
      });
    }
    if (inventory)
      this.registrations = registerInventoryProviders(monaco, inventory, {
        pathOf: (model) => this.pathOf(model),
        uri: (path) => this.uri(path),
      });
  }

  private pathOf(model: Monaco.editor.ITextModel): string | null {
    for (const [path, candidate] of this.models) if (candidate === model) return path;
    return null;
  }

  private readonly updateTheme = () => this.monaco.editor.setTheme(this.themeName());

  /**
   * Monaco's own themes, except that dark comments are lighter: vs-dark's #608b4e on #1e1e1e is
   * 4.2:1, under WCAG AA's 4.5:1 for text.
   */
  private themeName(): string {
    if (!this.dark.matches) return 'vs';
    this.monaco.editor.defineTheme('arbor-dark', {
      base: 'vs-dark',
      inherit: true,
      rules: [{ token: 'comment', foreground: '7ca668' }],
      colors: {},
    });
    return 'arbor-dark';
  }

  private uri(path: string): Monaco.Uri {
    return this.monaco.Uri.from({ scheme: 'file', path: `/project/${path}` });
  }

  /** Brings the models in line with the files: new ones created, gone ones disposed. */
  syncFiles(files: ProjectFiles): void {
    for (const [path, model] of this.models) {
      if (!(path in files)) {
        model.dispose();
        this.models.delete(path);
        this.viewStates.delete(path);
      }
    }
    for (const [path, text] of Object.entries(files)) {
      const model = this.models.get(path);
      if (!model) {
        this.models.set(path, this.monaco.editor.createModel(text, languageFor(path), this.uri(path)));
      } else if (model.getValue() !== text) {
        this.applying = true;
        // pushEditOperations keeps undo working across a reset or an import.
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        this.applying = false;
      }
    }
  }

  show(path: string | null): void {
    if (path === this.current) return;
    if (this.current) this.viewStates.set(this.current, this.editor.saveViewState());
    this.current = path;
    const model = path ? (this.models.get(path) ?? null) : null;
    this.editor.setModel(model);
    if (path && model) {
      const state = this.viewStates.get(path);
      if (state) this.editor.restoreViewState(state);
    }
  }

  /** What each model's markers were made from, so unchanged files are not touched. */
  private readonly markerSources = new Map<string, string>();

  setDiagnostics(byFile: Map<string, Diagnostic[]>): void {
    for (const [path, model] of this.models) {
      const list = byFile.get(path) ?? [];
      // Markers move with the text, so a changed text matters only when there are markers.
      const source = list.length === 0 ? '' : `${model.getVersionId()}:${JSON.stringify(list)}`;
      if (this.markerSources.get(path) === source) continue;
      this.markerSources.set(path, source);
      this.monaco.editor.setModelMarkers(
        model,
        'arbor',
        list.map((d) => this.marker(model, d)),
      );
    }
  }

  private marker(model: Monaco.editor.ITextModel, d: Diagnostic): Monaco.editor.IMarkerData {
    const line = Math.min(Math.max(1, d.line), model.getLineCount());
    const text = model.getLineContent(line);
    const column = byteColumnToUtf16(text, d.column);
    const word = model.getWordAtPosition({ lineNumber: line, column });
    const endColumn =
      word && word.startColumn <= column ? word.endColumn : Math.max(column + 1, text.length + 1);
    return {
      severity:
        d.severity === 'error' ? this.monaco.MarkerSeverity.Error : this.monaco.MarkerSeverity.Warning,
      message: d.hint ? `${d.message}\n${d.hint}` : d.message,
      code: d.code,
      source: 'arbor',
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn,
    };
  }

  reveal(line: number, byteColumn: number): void {
    const model = this.editor.getModel();
    if (!model) return;
    const lineNumber = Math.min(Math.max(1, line), model.getLineCount());
    const column = byteColumnToUtf16(model.getLineContent(lineNumber), byteColumn);
    this.editor.setPosition({ lineNumber, column });
    this.editor.revealPositionInCenterIfOutsideViewport({ lineNumber, column });
    this.editor.focus();
  }

  focus(): void {
    this.editor.focus();
  }

  setTabMovesFocus(on: boolean): void {
    this.tabMovesFocus = on;
    this.editor.updateOptions({ tabFocusMode: on });
    this.onTabMovesFocus?.(on);
  }

  /** Selects the text between two UTF-16 offsets of the open file (a caret when equal) and focuses. */
  focusSelection(start: number, end: number): void {
    const model = this.editor.getModel();
    if (!model) return;
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    this.editor.setSelection({
      startLineNumber: from.lineNumber,
      startColumn: from.column,
      endLineNumber: to.lineNumber,
      endColumn: to.column,
    });
    this.editor.revealPositionInCenterIfOutsideViewport(to);
    this.editor.focus();
  }

  dispose(): void {
    this.dark.removeEventListener('change', this.updateTheme);
    this.hoverRegistration?.dispose();
    for (const registration of this.registrations) registration.dispose();
    this.editor.dispose();
    this.overflow.remove();
    for (const model of this.models.values()) model.dispose();
    this.models.clear();
  }
}
