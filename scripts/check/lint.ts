// (c) Lint over src/content: text damaged by a wrong code page (mojibake), characters a reviewer
// cannot see, and placeholders left by `npm run new`. Each finding is
// `file:line: what is wrong (what is allowed)`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../lib/content-files.ts';
import { runScript } from './npm-script.ts';
import type { CheckResult } from './check-result.ts';

const TEXT_FILES = /\.(mdx?|ya?ml|json|txt)$/;

/** UTF-8 read as Windows-1252/1254: "â€™" for ’, "â†’" for →, "Ã©" for é, "ðŸ"/"ğŸ" opening an emoji, "Â" before a space or symbol. */
const MOJIBAKE = /â€.?|â†.?|Ã[\u0080-\u00ff]|ðŸ|ğŸ|Â/gu;

/** Windows-1252 characters in 0x80–0x9f, by code point, to undo the wrong decoding. */
const CP1252 = new Map(
  Object.entries({
    0x20ac: 0x80,
    0x201a: 0x82,
    0x0192: 0x83,
    0x201e: 0x84,
    0x2026: 0x85,
    0x2020: 0x86,
    0x2021: 0x87,
    0x02c6: 0x88,
    0x2030: 0x89,
    0x0160: 0x8a,
    0x2039: 0x8b,
    0x0152: 0x8c,
    0x017d: 0x8e,
    0x2018: 0x91,
    0x2019: 0x92,
    0x201c: 0x93,
    0x201d: 0x94,
    0x2022: 0x95,
    0x2013: 0x96,
    0x2014: 0x97,
    0x02dc: 0x98,
    0x2122: 0x99,
    0x0161: 0x9a,
    0x203a: 0x9b,
    0x0153: 0x9c,
    0x017e: 0x9e,
    0x0178: 0x9f,
  }).map(([k, v]) => [Number(k), v]),
);

/** What a mojibake sequence most likely was, if it decodes cleanly as UTF-8. */
export function repairHint(sequence: string): string | undefined {
  const bytes: number[] = [];
  for (const char of sequence) {
    // A string's iteration yields whole code points, never an empty string.
    const code = char.codePointAt(0)!;
    const cp1252 = CP1252.get(code);
    if (code <= 0xff) bytes.push(code);
    else if (cp1252 !== undefined) bytes.push(cp1252);
    else return undefined;
  }
  const text = Buffer.from(bytes).toString('utf8');
  return text.includes('\ufffd') ? undefined : text;
}

/**
 * Characters that show nothing in an editor or a pull request's diff but change the text:
 * bidirectional controls make a line read differently from how it is stored, and zero-width
 * characters and soft hyphens split words for search and page ids. The joiners (U+200C, U+200D)
 * are left alone: emoji sequences and some scripts' spelling need them. A byte-order mark is
 * fine at the very start of a file.
 */
const INVISIBLE: Readonly<Record<string, string>> = {
  '\u00ad': 'SOFT HYPHEN',
  '\u180e': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
};
const INVISIBLE_PATTERN = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`, 'gu');

/** `TODO:` markers, as `npm run new` writes them; the rest of the line says what to fill in. */
const PLACEHOLDER = /TODO:/g;

export function lintText(file: string, text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(MOJIBAKE)) {
      // Widen to the whole damaged run (e.g. "â€™" or "Ã©") for the message and the repair hint.
      const run =
        /^[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]+/u.exec(
          line.slice(match.index),
        )?.[0] ?? match[0];
      const hint = repairHint(run);
      problems.push(
        `${file}:${i + 1}: mojibake "${run}" (UTF-8 text decoded with the wrong code page; write the character itself${hint ? `, probably "${hint}"` : ''})`,
      );
    }
    for (const match of line.matchAll(INVISIBLE_PATTERN)) {
      if (i === 0 && match.index === 0 && match[0] === '\ufeff') continue;
      const column = [...line.slice(0, match.index)].length + 1;
      const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      problems.push(
        `${file}:${i + 1}:${column}: invisible character U+${code} ${INVISIBLE[match[0]]} (it changes how the text is searched or read, unseen in review; delete it)`,
      );
    }
    for (const match of line.matchAll(PLACEHOLDER)) {
      const rest = line
        .slice(match.index)
        .trim()
        .replace(/["']\s*,?\s*$/, '');
      problems.push(
        `${file}:${i + 1}: placeholder left in: "${rest.length > 80 ? `${rest.slice(0, 77)}…` : rest}" (replace it with real content)`,
      );
    }
  });
  return problems;
}

/** Content lint over src/content, then the project's own `npm run lint` when it has one. */
export async function checkLint(root: string): Promise<CheckResult> {
  const problems: string[] = [];
  for (const path of walk(join(root, 'src', 'content'))) {
    if (!TEXT_FILES.test(path)) continue;
    const file = `src/content/${path}`;
    problems.push(...lintText(file, readFileSync(join(root, file), 'utf8')));
  }
  const code = await runScript(root, 'lint');
  return { output: code.output, problems: [...problems, ...code.problems], note: code.note };
}
