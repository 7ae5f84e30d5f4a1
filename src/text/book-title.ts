// A document's title as a Chinese sentence names it: between 《》. A title that already carries
// its own 《》 (《山海旅店》更新日志, a game's changelog titled by the game) is shown as written:
// wrapped again it read 《《山海旅店》更新日志》.

/** Whether a title already holds a 《…》 pair. */
const HAS_BOOK_MARKS = /《[^《》]*》/u;

/** `title` between 《》, unless it already holds them. */
export function bookTitle(title: string): string {
  return HAS_BOOK_MARKS.test(title) ? title : `《${title}》`;
}
