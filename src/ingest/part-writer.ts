/** What of plain.ts's builder a part needs (a thread's post, an e-mail, a diary day, a judgment's part): a heading of its own and its lines. */
export interface PartWriter {
  heading(level: number, text: string, written?: string, day?: string | null): void;
  line(text: string): void;
  /** How many sentence places the document has so far: the position of the last. */
  readonly placed: number;
  flush(): void;
  /** Ends the part being read and its day: what follows stands under no heading. */
  closePart(): void;
  readonly at: string[] | null;
}
