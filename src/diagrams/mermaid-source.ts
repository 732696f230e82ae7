/**
 * Mermaid sources for diagrams generated from the content (never drawn by hand): a topic's
 * neighbourhood, a plan's timeline and the learning map. Every diagram carries an accessible
 * title and description; pages list the same facts as text beside it.
 */

interface Node {
  id: string;
  label: string;
  /** Site path the node links to (base path already applied). */
  href?: string | undefined;
}

/** Text safe inside a quoted Mermaid label. */
export function label(text: string): string {
  return text
    .replace(/"/g, '#quot;')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
}

/**
 * A label broken into lines of about `width` characters (words are never split), so that a
 * diagram stays narrow enough to read on a phone instead of being shrunk to fit.
 */
export function wrappedLabel(text: string, width = 18): string {
  const lines: string[] = [];
  for (const word of label(text).split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('<br/>');
}

/** Text safe in accTitle / accDescr lines (single line, no braces). */
function accText(text: string): string {
  return text.replace(/[\r\n{}]+/g, ' ').trim();
}

/** Node ids that Mermaid accepts whatever the entry id. */
const nodeId = (prefix: string, id: string) => `${prefix}_${id.replace(/[^a-zA-Z0-9]/g, '_')}`;

function clickLines(nodes: Array<Node & { key: string }>): string[] {
  return nodes.filter((n) => n.href).map((n) => `  click ${n.key} "${n.href}"`);
}

export function topicNeighbourhood(topic: Node, related: Node[], projects: Node[]): string {
  const center = { ...topic, key: nodeId('t', topic.id) };
  const rel = related.map((n) => ({ ...n, key: nodeId('t', n.id) }));
  const proj = projects.map((n) => ({ ...n, key: nodeId('p', n.id) }));
  const describe = [
    related.length ? `related topics: ${related.map((n) => n.label).join(', ')}` : '',
    projects.length ? `projects: ${projects.map((n) => n.label).join(', ')}` : '',
  ].filter(Boolean);
  return [
    'flowchart LR',
    `  accTitle: Neighbourhood of ${accText(topic.label)}`,
    `  accDescr: ${accText(`${topic.label} and what links to it. ${describe.join('; ') || 'Nothing links to it yet.'}`)}`,
    // Three narrow columns (projects, the topic, related topics): wrapped labels keep the
    // centre on screen on a phone. The centre is a rounded box: Mermaid draws a stadium as
    // hundreds of curve segments (15 KB for one node), a rounded box as one rect.
    `  ${center.key}("${wrappedLabel(topic.label, 14)}")`,
    ...rel.map((n) => `  ${center.key} --- ${n.key}["${wrappedLabel(n.label, 14)}"]`),
    ...proj.map((n) => `  ${n.key}[/"${wrappedLabel(n.label, 14)}"/] --> ${center.key}`),
    `  classDef focus stroke-width:3px`,
    `  class ${center.key} focus`,
    ...clickLines([...rel, ...proj]),
  ].join('\n');
}
