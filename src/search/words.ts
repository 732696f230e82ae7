/**
 * Words of a search query, the way the forgiving search layer compares them: lower case, split on
 * anything that is not a letter or digit, so "Kafka-Connect?" and "kafka connect" read alike.
 */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words that carry no topic in a learner's query: question words, articles, helpers and the
 * joining words of comparisons. Dropped when a query is retried word by word.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto about as is are was were be been ' +
    'being am do does did doing done have has had i me my we our you your it its this that these those there ' +
    'what whats which who whom whose when where why how can could should would will shall may might must ' +
    'vs versus between difference differences compare compared comparison better best than use using used ' +
    'much many long way ways some any each every all get make makes if so not no yes please tell explain ' +
    'mean means meaning one ones thing things good vs.'
  ).split(' '),
);

/** The words of a query that name something: stop words dropped, each word once, in order. */
export function contentWords(text: string): string[] {
  return [...new Set(words(text).filter((word) => !STOP_WORDS.has(word)))];
}
