// The lines a web page's text is written into (html-text.ts): white space collapsed as a browser
// shows it, paragraphs apart by one blank line.

const WIDE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
/** A line break of the source between two Chinese characters is no space (the page's HTML was wrapped there). */
const SOURCE_WRAP = new RegExp(`(?<=[${WIDE}])[ \\t]*[\\r\\n]\\s*(?=[${WIDE}])`, 'gu');

/** A `<pre>` line break, kept through the collapsing of white space (a private-use character no page writes). */
export const PRE_BREAK = '\uE000';

/** Where text goes: the page, or a table cell being read (its lines become the row's cell, or paragraphs). */
export class Sink {
  readonly lines: string[] = [];
  private current = '';
  append(text: string): void {
    this.current += text;
  }
  /** Ends the line being written (a `<br>`, an item's end). */
  endLine(): void {
    const line = this.current.replace(SOURCE_WRAP, '').replace(/\s+/gu, ' ').trim();
    this.current = '';
    if (line !== '' && !/^#{1,6} ?$|^(?:-|\d+\.) ?$/u.test(line)) this.lines.push(line);
  }
  /**
   * Whether the line holds only a list item's mark (`1. `, `- `) and the source's spacing (an
   * indented <li>, an &nbsp;): the item's first paragraph goes on it.
   */
  holdsOnlyItemMark(): boolean {
    return /^(?:-|\d+\.) \s*$/u.test(this.current);
  }
  /** Ends the paragraph: a blank line, one only. */
  paragraph(): void {
    this.endLine();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
}
