// `npm run ask … | head -1`: when the reader closes the pipe, the next write fails with EPIPE.
// That is the reader's way of saying it has read enough, not an error worth a stack trace. Any
// other failure to write the answers (a full disk: ENOSPC) ends the process with one line saying
// so on stderr, and exit 1.

export function exitQuietlyWhenReaderLeaves(output: NodeJS.WriteStream): void {
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`无法写出回答（${error.code ?? error.message}）：输出的去处已满或不可写。\n`);
    process.exit(1);
  });
}
