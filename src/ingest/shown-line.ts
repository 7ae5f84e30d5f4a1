// A document line as the reader is shown it (markdown-text.ts reads them; the layouts of parts read them).

/** What a line shows: its text (headings keep their `#`), `alone` for a table row or a bold heading line (one passage, never joined to the next). */
export interface ShownLine {
  text: string;
  alone: boolean;
  /** A thematic break (`---`): a pause between paragraphs, which may set a document's footer apart. */
  rule?: true;
  /** A table row's cells, in order, empty ones kept (table-rows.ts names each by its column). */
  cells?: string[];
  /** A table's rule line (`|---|---|`), which shows nothing but makes the row above it a header. */
  tableRule?: true;
}
