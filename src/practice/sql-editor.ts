import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorSelection, Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { SqlInput } from './sql-input';

/**
 * The SQL editor with PostgreSQL highlighting (CodeMirror 6), which takes the place of a runner's
 * <textarea> once the reader first touches the runner (runner-actions.ts loads this module then,
 * never with the page). The textarea stays in the page, hidden, as what works without JavaScript.
 *
 * Kept small on purpose: no basicSetup, no autocompletion, no Tab binding, so Tab and Shift+Tab
 * move focus in and out of the editor as in any text field (CodeMirror only keeps Tab when
 * indentWithTab is bound). Colours are Starlight's custom properties, so both themes follow the
 * site's own palette; CodeMirror adds its styles as a <style> element, which the site's
 * Content-Security-Policy allows (style-src 'unsafe-inline').
 */
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--sl-color-purple-high)', fontWeight: '600' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--sl-color-blue-high)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--sl-color-green-high)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--sl-color-orange-high)' },
  {
    tag: [tags.lineComment, tags.blockComment],
    color: 'var(--sl-color-gray-2)',
    fontStyle: 'italic',
  },
]);

const theme = EditorView.theme({
  '&': {
    border: '1px solid var(--sl-color-gray-4)',
    borderRadius: '0.25rem',
    background: 'var(--sl-color-black)',
    color: 'var(--sl-color-white)',
    fontSize: 'var(--sl-text-sm)',
  },
  '&.cm-focused': {
    outline: '2px solid var(--sl-color-text-accent)',
    outlineOffset: '1px',
  },
  '.cm-scroller': {
    fontFamily: 'var(--__sl-font-mono)',
    lineHeight: '1.5',
    minHeight: 'var(--sql-editor-min-height, 9em)',
    maxHeight: '60vh',
  },
  '.cm-content': { padding: '0.5rem', caretColor: 'var(--sl-color-white)' },
  '.cm-line': { padding: '0' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--sl-color-white)' },
});

interface SqlEditorOptions {
  /** Ctrl/Cmd+Enter. */
  run: () => void;
  /** The reader changed the text. */
  changed: () => void;
}

/**
 * Puts an editor in place of `textarea` with its text, its selection and its focus, labelled and
 * described by what labels and describes the textarea. Returns the editor as a SqlInput.
 */
export function replaceTextarea(
  textarea: HTMLTextAreaElement,
  options: SqlEditorOptions,
): SqlInput {
  const label = textarea.labels?.[0];
  if (label && !label.id) label.id = `${textarea.id}-label`;
  const hadFocus = document.activeElement === textarea;
  const doc = textarea.value;
  const clamp = (n: number) => Math.min(Math.max(n, 0), doc.length);
  const view = new EditorView({
    doc,
    selection: EditorSelection.single(
      clamp(textarea.selectionStart ?? doc.length),
      clamp(textarea.selectionEnd ?? doc.length),
    ),
    extensions: [
      // Before the default keymap, which gives Mod-Enter to "insert blank line".
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              options.run();
              return true;
            },
          },
        ]),
      ),
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      sql({ dialect: PostgreSQL }),
      syntaxHighlighting(highlight),
      EditorView.lineWrapping,
      theme,
      EditorView.contentAttributes.of({
        ...(label ? { 'aria-labelledby': label.id } : { 'aria-label': 'SQL' }),
        ...(textarea.getAttribute('aria-describedby')
          ? { 'aria-describedby': textarea.getAttribute('aria-describedby')! }
          : {}),
        spellcheck: 'false',
        autocapitalize: 'off',
        autocorrect: 'off',
        translate: 'no',
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.changed();
      }),
    ],
  });
  view.dom.style.setProperty('--sql-editor-min-height', `${(textarea.rows || 8) * 1.5 + 1}em`);
  textarea.after(view.dom);
  textarea.hidden = true;
  // The label points at the textarea; a click on it now focuses the editor.
  label?.addEventListener('click', (event) => {
    event.preventDefault();
    view.focus();
  });
  if (hadFocus) view.focus();

  return {
    get value() {
      return view.state.doc.toString();
    },
    set value(text: string) {
      // One undoable change: Ctrl+Z brings back what was there.
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: text.length },
      });
    },
    focus: () => view.focus(),
    element: view.contentDOM,
  };
}
