// The start-up warnings the engine logs (in English, for operators' log collectors), one name
// each: the console says them in Chinese by the same names (cli/readable-log.ts).

export const START_UP = {
  firstBuild: 'no saved index yet; building it (a first start takes longer)',
  servingStale:
    'the corpus folder changed since the index was saved: answering from the documents as they were until the changed folder is indexed (in the background)',
  staleRefused:
    'a document the saved index holds was removed from the corpus folder since: rebuilding before answering, so that it is never quoted',
  indexUnusable: 'saved index not usable; rebuilding',
  indexDamaged: 'saved index is damaged or unreadable; rebuilding',
  indexUnloadable: 'saved index could not be loaded; rebuilding',
  dictionaryDamaged: 'saved dictionary is missing or damaged; rebuilding the index',
  gazetteerUnusable: 'saved gazetteer not usable; building it (slower first /country)',
  wordVectorsUnavailable: 'word vectors unavailable; /ask ranks without near words',
  orphanedCachesRemoved: 'removed the cache folders of corpus folders that no longer exist',
  wordVectorsInScratch: 'could not save the word vectors in the cache folder; prepared in a private temporary folder instead (14 MB)',
  cacheNotWritable: 'index cache folder is not writable: the index is built in memory and rebuilt at every start',
  indexNotSaved: 'could not save the index; it will be rebuilt next start',
  dictionariesNotSaved: 'could not save the prepared dictionaries; every build prepares them again',
  /** Not at start-up, but said the same way: a request whose answering threw (a bug, or a file gone). */
  answerFailed: 'answer failed',
} as const;
