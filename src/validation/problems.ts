/**
 * Content problems as structured data, the one kind there is. Every check records its findings
 * here: the validation path (schemas, references, duplicate ids, integrity rules) and the Markdown
 * plugins (diagrams, the content policy), so a sync or build fails with all of them at once and
 * `npm run check`, which runs Astro in its own process, prints the same objects without reading
 * any log text back. Kept on globalThis: Astro loads the plugins and the loaders in module graphs
 * of their own.
 */
export interface ContentProblem {
  /** Content file, relative to the project root (`src/content/topics/dbt.md`). */
  file: string;
  /** 1-based line in that file, when it can be told. */
  line?: number | undefined;
  /** 1-based column in that line, when a Markdown plugin can tell it. */
  column?: number | undefined;
  /** The field or element at fault: `topics[2]`, `blocks[0].topic`, `<script>`. */
  field?: string | undefined;
  /** What is wrong and what is allowed, in one sentence a writer can act on. */
  message: string;
  /** A rule across entries (src/validation/integrity.ts) rather than a mistake within one file. */
  integrity?: true | undefined;
}

const KEY = Symbol.for('atlas.content-problems');
const store = globalThis as unknown as Record<symbol, ContentProblem[] | undefined>;

/** Records a problem once (the same file, line, field and message are not repeated). */
export function recordProblem(problem: ContentProblem): void {
  const list = (store[KEY] ??= []);
  const key = formatProblem(problem);
  if (!list.some((p) => formatProblem(p) === key)) list.push(problem);
}

/** Every problem recorded so far, sorted by file and line. */
export function recordedProblems(): ContentProblem[] {
  return [...(store[KEY] ?? [])].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** Forgets recorded problems: a new sync or build starts from none. */
export function clearProblems(): void {
  store[KEY] = [];
}

/** `file:line[:column]: field: message`, the one shape every problem is printed in. */
export function formatProblem({ file, line, column, field, message }: ContentProblem): string {
  const where = line ? `:${line}${column ? `:${column}` : ''}` : '';
  return `${file}${where}: ${field ? `${field}: ` : ''}${message}`;
}

/** The error that fails a sync or build, carrying every problem found in that run. */
export class ContentValidationError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.problems = problems;
  }

  /** What Astro prints under the message. */
  readonly hint = 'Fix each file at the line given; `npm run check` lists the same problems.';

  // Astro picks its hint by searching this text for words such as "document": keep it short.
  override toString(): string {
    return `${this.name}: ${this.problems.length} content problem(s)`;
  }
}
