import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

// Reads a saved index file (index-cache.ts) in pieces through one reused buffer, hashing as it
// goes, instead of reading it whole: at 100× the corpus the file is ~50 MB, and on the project's
// machines touching fresh memory costs ~7 ms a MB, so a whole-file buffer cost a third of a
// second before anything was parsed. Lines are parsed one at a time; a byte block goes straight
// into its own buffer. Nothing read here may be used before `digest` is compared by the caller.

const PIECE = 1 << 20;
/** Header and digest lines are short; this much of the file's start or end holds them. */
const TAIL = 4096;
const NEWLINE = 10;

export type BodyValue = { kind: 'line'; value: unknown } | { kind: 'bytes'; name: string; bytes: Uint8Array };

export interface SavedFile {
  header: Record<string, unknown>;
  /** The digest line's JSON (read when asked: a file of another format is not read further). */
  trailer(): Record<string, unknown>;
  /** The JSON lines and byte blocks between header and trailer; hashing completes when it ends. */
  body(): Generator<BodyValue>;
  digest(): string;
  /** The digest computed afresh (when reading the body stopped on an error). */
  digestFromStart(): string;
  close(): void;
}

function readAt(fd: number, buffer: Buffer, length: number, position: number): void {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error('saved index ended early');
    done += n;
  }
}

/** The first line of the file (the header is short; a longer one is not ours). */
function firstLine(fd: number, size: number): { text: string; end: number } {
  const buffer = Buffer.allocUnsafe(Math.min(TAIL, size));
  readAt(fd, buffer, buffer.length, 0);
  const newline = buffer.indexOf(NEWLINE);
  const end = newline < 0 ? buffer.length : newline;
  return { text: buffer.toString('utf8', 0, end), end: end + 1 };
}

/** The last line and where it starts. */
function lastLine(fd: number, size: number): { text: string; start: number } {
  const length = Math.min(TAIL, size);
  const buffer = Buffer.allocUnsafe(length);
  readAt(fd, buffer, length, size - length);
  const at = buffer.lastIndexOf(NEWLINE, length - 2);
  if (at < 0) throw new Error('saved index has no digest line');
  return { text: buffer.toString('utf8', at + 1), start: size - length + at + 1 };
}

/** Values of bytes [from, to): `hash` sees every byte of [0, to) exactly once, in order. */
function* values(fd: number, hash: Hash, headerEnd: number, to: number, size: number): Generator<BodyValue> {
  const piece = Buffer.allocUnsafe(size);
  let line: Buffer[] = [];
  let block: { name: string; bytes: Uint8Array; filled: number } | null = null;
  let awaitNewline = false;
  for (let position = 0; position < to; ) {
    const length = Math.min(size, to - position);
    readAt(fd, piece, length, position);
    hash.update(piece.subarray(0, length));
    let at = position < headerEnd ? headerEnd - position : 0;
    position += length;
    while (at < length) {
      if (block) {
        const n = Math.min(length - at, block.bytes.length - block.filled);
        block.bytes.set(piece.subarray(at, at + n), block.filled);
        block.filled += n;
        at += n;
        if (block.filled < block.bytes.length) continue;
        yield { kind: 'bytes', name: block.name, bytes: block.bytes };
        block = null;
        awaitNewline = true;
        continue;
      }
      if (awaitNewline) {
        if (piece[at++] !== NEWLINE) throw new Error('byte block is not followed by a newline');
        awaitNewline = false;
        continue;
      }
      const end = piece.indexOf(NEWLINE, at);
      if (end < 0 || end >= length) {
        // The line goes on in the next piece: keep a copy of this part.
        line.push(Buffer.from(piece.subarray(at, length)));
        at = length;
        continue;
      }
      const text = line.length ? Buffer.concat([...line, piece.subarray(at, end)]).toString('utf8') : piece.toString('utf8', at, end);
      line = [];
      at = end + 1;
      const value = JSON.parse(text) as unknown;
      if (Array.isArray(value) && value[0] === 'bytes') {
        const size = Number(value[2]);
        if (!Number.isInteger(size) || size < 0 || size > to) throw new Error('byte block has an impossible size');
        block = { name: String(value[1]), bytes: new Uint8Array(size), filled: 0 };
        if (size === 0) {
          yield { kind: 'bytes', name: block.name, bytes: block.bytes };
          block = null;
          awaitNewline = true;
        }
      } else yield { kind: 'line', value };
    }
  }
  if (block || awaitNewline || line.length) throw new Error('saved index body is truncated');
}

/** Opens a saved file: the header at once, the rest when asked. `pieceSize` only for tests (lines and blocks across pieces). */
export function openSavedFile(path: string, pieceSize = PIECE): SavedFile {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const first = firstLine(fd, size);
    let last: { text: string; start: number } | null = null;
    const ending = () => {
      last ??= lastLine(fd, size);
      if (last.start < first.end) throw new Error('saved index has no body');
      return last;
    };
    const hash = createHash('sha256');
    let digest: string | null = null;
    return {
      header: JSON.parse(first.text) as Record<string, unknown>,
      trailer: () => JSON.parse(ending().text) as Record<string, unknown>,
      *body() {
        yield* values(fd, hash, first.end, ending().start, pieceSize);
        digest = hash.digest('hex');
      },
      digest: () => {
        if (digest === null) throw new Error('the body was not read to its end');
        return digest;
      },
      digestFromStart: () => {
        const fresh = createHash('sha256');
        const piece = Buffer.allocUnsafe(PIECE);
        const to = ending().start;
        for (let position = 0; position < to; position += PIECE) {
          const length = Math.min(PIECE, to - position);
          readAt(fd, piece, length, position);
          fresh.update(piece.subarray(0, length));
        }
        return fresh.digest('hex');
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
