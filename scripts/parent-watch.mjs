// Stops the process when npm, which started it, is gone. `npm start` runs node under `sh -c`: a
// SIGTERM or SIGHUP sent to npm alone (a supervisor that signals one process, `kill <pid>`) ended
// npm and the shell but left node answering, so a restarted bot ran twice. Orphaned, node now
// stops as if it had been sent SIGTERM. Started without npm, nothing is watched.
import { readFileSync } from 'node:fs';
import { alive } from './process-alive.mjs';

const EVERY_MS = 1000;

/** The parent of `pid` (Linux's /proc), or null where it cannot be read. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid …": the command may hold spaces and brackets.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

/** Whether `pid` runs a shell (Linux's /proc; false where it cannot be read). */
function isShell(pid) {
  try {
    return /^(?:sh|dash|bash|zsh|ash|busybox)$/.test(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
  } catch {
    return false;
  }
}

export function stopWhenNpmIsGone() {
  if (!process.env.npm_lifecycle_event) return;
  // The shell npm started, and npm itself where the system says which process that is. A shell
  // that exec'd node (bash does) leaves npm as the parent: then its parent, whatever started npm
  // (a login shell under nohup), is not watched.
  const watched = [process.ppid, isShell(process.ppid) ? parentOf(process.ppid) : null].filter((pid) => pid && pid > 1);
  const timer = setInterval(() => {
    if (watched.every(alive)) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, EVERY_MS);
  timer.unref();
}
