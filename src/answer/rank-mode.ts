/** How a query is ranked: as a question (/ask) or as keywords (/search), whose weights and thresholds differ. */
export type RankMode = 'ask' | 'search';
