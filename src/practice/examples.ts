import { setUpRunners } from './runner';

/**
 * Runnable examples in topics: each ```sql dataset=<id> block stays a highlighted code block for
 * reading and printing; with JavaScript, the runner prepared for it in a <template> is placed
 * right after it. A block is found by its text, so nothing in the content carries markup.
 */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const blocks = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content pre')];
for (const template of document.querySelectorAll<HTMLTemplateElement>(
  'template[data-sql-example]',
)) {
  const sql = normalise(template.dataset.sqlExample ?? '');
  const block = blocks.find((pre) => normalise(pre.textContent ?? '') === sql);
  const anchor = block?.closest('.expressive-code') ?? block;
  if (!anchor) continue;
  anchor.after(template.content.cloneNode(true));
}
setUpRunners();
