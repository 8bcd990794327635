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

// With PRISM_LISTENING_MARKER set, the process says on stderr, in a line of its own, which port
// its server listens on once it does. The launcher reserves a free port and then starts Prism on
// it, and another process can take that port in between; a launcher that only tried to connect
// would then take someone else's server for its own Prism. This line is from this process alone.
const marker = process.env.PRISM_LISTENING_MARKER;
if (typeof marker === 'string' && marker !== '') {
  const net = require('node:net');
  const listen = net.Server.prototype.listen;
  /** @this {import('node:net').Server} @param {any[]} args */
  net.Server.prototype.listen = function announceListening(...args) {
    this.once('listening', () => {
      const address = this.address();
      if (address !== null && typeof address === 'object') process.stderr.write(`${marker} ${address.port}\n`);
    });
    return listen.apply(this, /** @type {any} */ (args));
  };
}
