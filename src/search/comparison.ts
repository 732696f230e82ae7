import { contentWords } from './words';

/**
 * The two things a comparison asks about: "kafka vs kinesis", "SQL or NoSQL", "difference between
 * star schema and data vault", "compare spark with flink". Each side keeps only its naming words;
 * undefined when the query is not a comparison (or a side names nothing).
 */
export function comparisonSides(query: string): [string[], string[]] | undefined {
  const text = query
    .toLowerCase()
    .replace(/[?!.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const patterns = [
    /(?:^|\b)differences? between (.+?) and (.+)$/,
    /^(?:how (?:do(?:es)? )?(?:i |you )?)?compare (.+?) (?:and|with|to|against|vs\.?|versus) (.+)$/,
    /^(?:(?:should i use|which is better|when to use|which)[,:]? )?(.+?) (?:vs\.?|versus|or|compared (?:to|with)) (.+)$/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const sides: [string[], string[]] = [contentWords(match[1]), contentWords(match[2])];
    if (sides[0].length && sides[1].length) return sides;
  }
  return undefined;
}
