/**
 * Loads Monaco — lazily, in its own chunk, after the page is already usable. Only the editor core
 * and the contributions a Nix editor needs are imported (not Monaco's 80 languages or its
 * TypeScript service), and Monaco's own worker is bundled with the site, so it works offline.
 * Completion, go to definition (F12, Ctrl+click), references (Shift+F12), quick fixes and the
 * command palette (F1) serve the inventory's names (editor-session.ts registers the providers).
 */

import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/codeEditor/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/codeAction/register.js';
import 'monaco-editor/features/caretOperations/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/gotoLine/register.js';
import 'monaco-editor/features/gotoSymbol/register.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/quickCommand/register.js';
import 'monaco-editor/features/referenceSearch/register.js';
import 'monaco-editor/features/smartSelect/register.js';
import 'monaco-editor/features/suggest/register.js';
// The suggest widget itself (features/suggest brings only its inline-completion bridge).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import { registerNix } from './nix-language';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
registerNix(monaco);

export { monaco };
export type MonacoApi = typeof monaco;
