// The stand-in Discord's own process (forked by stand-in-apart.ts): serves the bot, sends what the
// parent asks over IPC, answers with what Discord saw. Ends when told to, or when its parent is gone.

import { standInHere } from './stand-in.js';
import type { FromStandIn, ToStandIn } from './stand-in-apart.js';

const standIn = await standInHere();
const reply = (message: FromStandIn) => process.send?.(message);
const end = async () => {
  await standIn.close();
  process.exit(0);
};

process.on('disconnect', () => void end());
process.on('message', (request: ToStandIn) => {
  if (request.op === 'close') {
    void end();
    return;
  }
  const { seq } = request;
  const answered =
    request.op === 'send'
      ? standIn.send(request.spec, request.timeoutMs).then((seen) => reply({ op: 'sent', seq, seen }))
      : standIn.burst(request.specs, request.timeoutMs).then(({ seen, cpuMs }) => reply({ op: 'burst', seq, seen, cpuMs }));
  answered.catch((error: unknown) => reply({ op: 'failed', seq, message: error instanceof Error ? error.message : String(error) }));
});
reply({ op: 'ready', config: standIn.config });
