/**
 * Runnable SQL examples in Markdown: a fenced block whose info string is `sql dataset=<id>`.
 * Found here by line for the build's query check; turned into runners on the page by
 * remark-sql-runner.ts. Plain text in, plain data out.
 */
interface SqlBlock {
  /** 1-based line of the opening fence in the text given. */
  line: number;
  dataset: string;
  sql: string;
}

/** The dataset id in a code block's meta string (`dataset=shop`), if any. */
function datasetOfMeta(meta: string | null | undefined): string | undefined {
  return /(?:^|\s)dataset=([a-z0-9-]+)(?:\s|$)/.exec(meta ?? '')?.[1];
}

/** Every ```sql dataset=<id> block of a Markdown text, with the line of its opening fence. */
export function sqlBlocks(text: string): SqlBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: SqlBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*sql\b(.*)$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    const end = lines.findIndex(
      (l, j) => j > i && l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, '') === '',
    );
    const close = end === -1 ? lines.length : end;
    const dataset = datasetOfMeta(open[3]);
    if (dataset) blocks.push({ line: i + 1, dataset, sql: lines.slice(i + 1, close).join('\n') });
    i = close;
  }
  return blocks;
}
