// `npm run ask … | head -1`: when the reader closes the pipe, the next write fails with EPIPE.
// That is the reader's way of saying it has read enough, not an error worth a stack trace.

export function exitQuietlyWhenReaderLeaves(output: NodeJS.WriteStream): void {
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
