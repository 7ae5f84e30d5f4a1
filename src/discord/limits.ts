// Every Discord limit the bot must respect, named once (as discord-utils-bot does).
// Lengths are measured in UTF-16 code units (`string.length`), which is never less than the
// character count Discord checks, so staying under them in JS terms is always safe.

export const LIMITS = {
  /** Message content. */
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Sum of every embed text (title, description, field names and values, footer, author) in a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Interactions must be answered (or deferred) within this many ms. */
  interactionResponseMs: 3000,
} as const;

/** Hits shown per page: five context buttons fill exactly one action row. */
export const PAGE_SIZE = 5;
