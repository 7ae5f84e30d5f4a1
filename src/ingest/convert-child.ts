// Run by converted-documents.ts in a process of its own: converts the files it is given (Word,
// web pages, PDF) to text, one JSON line on stdout as each starts and another with its result, so
// that the process reading them knows which file a crash, a hang or running out of memory was in.
// Anything else the parsers print goes to stderr.
import { join } from 'node:path';
import { exitWhenOrphaned } from '../core/exit-when-orphaned.js';
import { convertFile } from './convert-file.js';
import { fileTimer } from './file-timer.js';

export interface ConvertRequest {
  dir: string;
  files: string[];
  parentPid: number;
  /** Each file's time: one over it is said and ends this process (file-timer.ts). */
  secondsPerFile: number;
}

const request = JSON.parse(process.argv[2] ?? '{}') as ConvertRequest;
exitWhenOrphaned(request.parentPid);
const timer = fileTimer(request.secondsPerFile);
// pdf.js and mammoth may log; stdout is the results' alone.
for (const method of ['log', 'info', 'warn', 'debug'] as const) console[method] = (...args: unknown[]) => console.error(...args);
/**
 * One line on stdout, waited for until all of it is written: fs.writeSync on the pipe writes what
 * the pipe has room for (64 KB) and returns, so a long document's text was cut and the file lost.
 */
const writeLine = (value: unknown) =>
  new Promise<void>((resolve, reject) =>
    process.stdout.write(`${JSON.stringify(value)}\n`, (error) => (error ? reject(error) : resolve())),
  );
for (const file of request.files) {
  await writeLine({ started: file });
  timer.start();
  const result = await convertFile(join(request.dir, file), file);
  timer.stop();
  await writeLine({ file, result });
}
// pdf.js may leave timers behind: the results are written, nothing else is awaited.
process.exit(0);
