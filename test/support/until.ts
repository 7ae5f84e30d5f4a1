/** Waits until `condition` holds, looking every 50 ms; throws after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 25_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
