/**
 * What the runner reads and writes a query through: first the page's <textarea>, then, once it
 * has loaded, the highlighting editor that takes its place (sql-editor.ts).
 */
export interface SqlInput {
  value: string;
  focus(): void;
  /** The element that takes keyboard input. */
  element: HTMLElement;
}

export function textareaInput(textarea: HTMLTextAreaElement): SqlInput {
  return {
    get value() {
      return textarea.value;
    },
    set value(text: string) {
      textarea.value = text;
    },
    focus: () => textarea.focus(),
    element: textarea,
  };
}
