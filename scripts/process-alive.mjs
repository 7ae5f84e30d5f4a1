// Whether a process is running, for the start-up scripts (plain JavaScript: they run before
// anything is compiled). A process of another user's answers EPERM: it runs.
export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
