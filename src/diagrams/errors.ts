/**
 * Diagram errors seen during the build. Astro logs — but does not fail on — errors thrown while
 * rendering a `.md` content entry, so every error is also recorded here and the integration
 * fails the build at the end with the full list.
 */
export interface DiagramError {
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** A missing browser rather than a broken diagram. */
  browser?: boolean;
}

const KEY = Symbol.for('atlas.diagram-errors');
const store = globalThis as unknown as Record<symbol, DiagramError[]>;

export function recordDiagramError(error: DiagramError): void {
  (store[KEY] ??= []).push(error);
}

export function takeDiagramErrors(): DiagramError[] {
  const errors = store[KEY] ?? [];
  store[KEY] = [];
  return errors;
}

export function formatDiagramError({ file, line, column, message, browser }: DiagramError): string {
  const where = line ? `${file}:${line}${column ? `:${column}` : ''}` : file;
  if (browser) return `${where}: cannot render this diagram: ${message}`;
  return `${where}: Mermaid diagram does not parse:\n    ${message.split('\n').join('\n    ')}`;
}
