/**
 * Mermaid sources for diagrams generated from the content (never drawn by hand): a topic's
 * neighbourhood, a plan's timeline and the learning map. Every diagram carries an accessible
 * title and description; pages list the same facts as text beside it.
 */

export interface Node {
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

/**
 * Text cut at a word boundary to at most `max` characters, with an ellipsis: for Gantt bars,
 * whose labels cannot wrap (the page lists every full title beside the chart).
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
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
    // centre on screen on a phone.
    `  ${center.key}(["${wrappedLabel(topic.label, 14)}"])`,
    ...rel.map((n) => `  ${center.key} --- ${n.key}["${wrappedLabel(n.label, 14)}"]`),
    ...proj.map((n) => `  ${n.key}[/"${wrappedLabel(n.label, 14)}"/] --> ${center.key}`),
    `  classDef focus stroke-width:3px`,
    `  class ${center.key} focus`,
    ...clickLines([...rel, ...proj]),
  ].join('\n');
}

/** Longest Gantt label, in characters, that the renderer's chart layout keeps beside its bar. */
const GANTT_LABEL_CHARS = 24;

export interface TimelineWeek {
  number: number;
  title: string;
  start?: string | undefined; // YYYY-MM-DD
  end?: string | undefined; // inclusive
}

/**
 * A plan's weeks in order: a Gantt chart on real dates when the plan is dated, otherwise a
 * chain of week numbers (inventing calendar dates would mislead).
 */
export function planTimeline(
  planTitle: string,
  weeks: TimelineWeek[],
  milestones: Array<{ title: string; date?: string | undefined }>,
): string {
  const dated = weeks.length > 0 && weeks.every((w) => w.start && w.end);
  const title = `accTitle: Timeline of ${accText(planTitle)}`;
  const descr = `accDescr: ${accText(`${weeks.length} weeks in order: ${weeks.map((w) => `week ${w.number}, ${w.title}`).join('; ')}.`)}`;
  if (!dated) {
    // A chain of weeks (Mermaid's timeline type would do, but it drops accessible titles), top to
    // bottom: a row of ten weeks would have to shrink to a tenth of its size to fit a phone.
    return [
      'flowchart TB',
      `  ${title}`,
      `  ${descr}`,
      ...weeks.map(
        (w, i) =>
          `  ${i ? `w${weeks[i - 1].number} --> ` : ''}w${w.number}["${wrappedLabel(`Week ${w.number}: ${w.title}`, 28)}"]`,
      ),
    ].join('\n');
  }
  const days = (w: TimelineWeek) =>
    Math.round((Date.parse(w.end!) - Date.parse(w.start!)) / 86_400_000) + 1;
  return [
    'gantt',
    `  ${title}`,
    `  ${descr}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %d %b',
    '  section Weeks',
    // Short labels fit beside their bars; longer ones would be drawn over the section titles.
    ...weeks.map(
      (w) =>
        `  W${w.number} ${shortened(w.title.replace(/[:;#]/g, ' '), GANTT_LABEL_CHARS)} :w${w.number}, ${w.start}, ${days(w)}d`,
    ),
    ...(milestones.some((m) => m.date) ? ['  section Milestones'] : []),
    ...milestones
      .filter((m) => m.date)
      .map(
        (m, i) =>
          `  ${shortened(m.title.replace(/[:;#]/g, ' '), GANTT_LABEL_CHARS)} :milestone, m${i + 1}, ${m.date}, 0d`,
      ),
  ].join('\n');
}
