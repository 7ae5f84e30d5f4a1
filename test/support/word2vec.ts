// word2vec's binary format, for tests of the word vectors' readers.

/** A word2vec binary file of these words and vectors (each row ends with a newline, as word2vec writes). */
export function word2vecBytes(rows: Array<[string, number[]]>): Buffer {
  const dims = rows[0]?.[1].length ?? 0;
  const parts = [Buffer.from(`${rows.length} ${dims}\n`)];
  for (const [word, vector] of rows) {
    const floats = Buffer.alloc(4 * dims);
    vector.forEach((x, d) => {
      floats.writeFloatLE(x, 4 * d);
    });
    parts.push(Buffer.from(`${word} `), floats, Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}
