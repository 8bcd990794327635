// Preloaded into the Prism process by prism.js (node --require): Prism exits when the process
// that started it is gone. The launcher's own exit hook does not run when its process is killed
// (a test worker ended by its pool, a SIGKILL), and Prism would otherwise keep serving. It must
// stay a file of its own: the package build copies it next to the command, dist/prism-watchdog.cjs.
'use strict';

const parent = Number(process.env.PRISM_PARENT_PID);
if (Number.isInteger(parent) && parent > 0) {
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.exit(0);
    }
  }, 500).unref();
}
