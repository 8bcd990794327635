// The subcommands of docusign-connect. A new one is a file of its own exporting a Command, and
// one line here; the top-level --help lists them in this order.
import { checkListenerCommand } from './check-listener.js';
import type { Command } from './command.js';
import { createCommand } from './create.js';
import { mockCommand } from './mock.js';
import { simulateCommand } from './simulate.js';
import { validateCommand } from './validate.js';

/** Every subcommand of docusign-connect, in the order --help lists them. */
export const COMMANDS: readonly Command[] = [
  simulateCommand,
  checkListenerCommand,
  validateCommand,
  createCommand,
  mockCommand,
];
