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
  it('finds placeholders left by npm run new', () => {
    expect(lintText('a.md', 'title: x\nsummary: "TODO: one or two sentences"')).toEqual([
      'a.md:2: placeholder left in: "TODO: one or two sentences" (replace it with real content)',
    ]);
  });
});
