import { describe, expect, it } from 'vitest';
import { lintText, repairHint } from '../../scripts/check/lint.ts';

describe('content lint (npm run check)', () => {
  it('finds mojibake and names the character it probably was', () => {
    expect(lintText('a.md', 'ok\nThe modelâ€™s arrow â†’ and cafÃ© ðŸŽ¯')).toEqual([
      'a.md:2: mojibake "â€™" (UTF-8 text decoded with the wrong code page; write the character itself, probably "’")',
      'a.md:2: mojibake "â†’" (UTF-8 text decoded with the wrong code page; write the character itself, probably "→")',
      'a.md:2: mojibake "Ã©" (UTF-8 text decoded with the wrong code page; write the character itself, probably "é")',
      'a.md:2: mojibake "ðŸŽ¯" (UTF-8 text decoded with the wrong code page; write the character itself, probably "🎯")',
    ]);
    expect(repairHint('Â')).toBeUndefined();
  });
  it('leaves correct text alone, accents and emoji included', () => {
    expect(lintText('a.md', 'Café → naïve “quotes” — 🎯 Ünïcode')).toEqual([]);
  });
  it('finds characters a reviewer cannot see, by name and column', () => {
    // Bidirectional overrides make a line read differently from how it is stored; zero-width
    // characters split words for search and ids. The byte-order mark at the start is allowed.
    expect(
      lintText(
        'a.md',
        '\uFEFFtitle: x\nsummary: "Kafka\u200Bstreams"\nA \u202Eevil\u202C line, \u2066isolated\u2069',
      ),
    ).toEqual([
      'a.md:2:16: invisible character U+200B ZERO WIDTH SPACE (it changes how the text is searched or read, unseen in review; delete it)',
      'a.md:3:3: invisible character U+202E RIGHT-TO-LEFT OVERRIDE (it changes how the text is searched or read, unseen in review; delete it)',
      'a.md:3:8: invisible character U+202C POP DIRECTIONAL FORMATTING (it changes how the text is searched or read, unseen in review; delete it)',
      'a.md:3:16: invisible character U+2066 LEFT-TO-RIGHT ISOLATE (it changes how the text is searched or read, unseen in review; delete it)',
      'a.md:3:25: invisible character U+2069 POP DIRECTIONAL ISOLATE (it changes how the text is searched or read, unseen in review; delete it)',
    ]);
    // Joiners are part of emoji sequences and of some scripts' spelling: left alone.
    expect(
      lintText('a.md', 'Developer \u{1F468}\u200D\u{1F4BB}, \u0645\u06CC\u200C\u0634\u0648\u062F'),
    ).toEqual([]);
    expect(lintText('a.md', 'x\n\uFEFFin the middle')).toEqual([
      'a.md:2:1: invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE (it changes how the text is searched or read, unseen in review; delete it)',
    ]);
  });
  it('finds placeholders left by npm run new', () => {
    expect(lintText('a.md', 'title: x\nsummary: "TODO: one or two sentences"')).toEqual([
      'a.md:2: placeholder left in: "TODO: one or two sentences" (replace it with real content)',
    ]);
  });
});
