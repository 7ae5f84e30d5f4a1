// A sentence a document asks, which what follows it may answer: read alike by the ordering that
// lists an answer before its question (answers-before-questions.ts), the question asking who
// asked (asker-question.ts) and the one asking what a speaker answered (turns-asked.ts).

/** A question mark ending a sentence, closing quotes or brackets aside. */
const ENDS_ASKING = /[？?][\s"'”’）)」』】]*$/u;

/** Whether a sentence asks: it ends with a question mark (closing quotes or brackets aside). */
export const sentenceAsks = (text: string): boolean => ENDS_ASKING.test(text);
