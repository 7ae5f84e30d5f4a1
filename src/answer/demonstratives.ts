// "这座桥有多宽", "那座桥的碑", "该塔高多少": a demonstrative with its measure word points at what
// the question is about, and names nothing a sentence writes. Segmented, 这座 and 那座 were words
// of the question no document writes, and the question found nothing. They are taken out of a
// question's words (never of a document's, nor of a /search's keywords, which look for what is typed).

/** Measure words a demonstrative takes before a noun (这座桥, 那位老人, 该条规定). */
export const MEASURE_WORDS = '座个個条條位件本家篇部种種项項处處所棵只隻张張份间間栋棟台臺块塊道幅首段些次届屆批场場';

/**
 * 这/那 with a measure word anywhere, 该/此 with one or opening the question (该塔): 这次 and 那些
 * too, but not 这里 or 那样 (no measure word), nor 应该 or 因此 inside a word.
 */
const DEMONSTRATIVE = new RegExp(
  `(?:[这那這](?:一)?[${MEASURE_WORDS}]|(?<![\\p{Script=Han}])[该該此](?:一)?[${MEASURE_WORDS}]?)(?=\\p{Script=Han})`,
  'gu',
);

/** `question` with its demonstratives set to spaces. */
export function withoutDemonstratives(question: string): string {
  return question.replace(DEMONSTRATIVE, ' ');
}
