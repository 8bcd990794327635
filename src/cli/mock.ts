// docusign-connect mock: a local endpoint shaped like DocuSign's create call, for a service's own
// tests. It runs Prism on the spec documents the package ships (openapi.yaml for the envelope wire,
// openapi.docusign.yaml for DocuSign's own answers), stays in the foreground, and stops Prism on
// Ctrl-C or SIGTERM. Prism is an optional peer dependency (90 MB): without it, the command says
// what to install.
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integerOption, parseCommandArgs } from './args.js';
import { EXIT, UsageError, type Command, type CommandIo } from './command.js';
import { connectAddress, PortInUseError, PRISM_PACKAGE, PrismNotInstalledError, startPrism, type RunningPrism } from './prism.js';

/** The package whose spec documents are served: found above this file, wherever it was installed. */
const PACKAGE_NAME = 'docusign-connect-client';
/** Prism's port when --port is not given, as in Prism's own documentation. */
const DEFAULT_PORT = 4010;
/** A cold Prism on a slow CI machine takes several seconds to load a document. */
const START_TIMEOUT_MS = 60_000;

/** The document each wire is served from, and what its answers are. */
const WIRES = {
  envelope: { document: 'openapi.yaml', answers: "this package's envelopes ({\"success\": true, \"data\": ...})" },
  docusign: { document: 'openapi.docusign.yaml', answers: "DocuSign's own answers (connectCustomConfiguration, errorDetails)" },
} as const;
type Wire = keyof typeof WIRES;

const HELP = `Usage: docusign-connect mock [--port N] [--host ADDRESS] [--wire envelope|docusign] [--dynamic]

Serves a local mock of DocuSign's create call (POST /v2.1/accounts/{accountId}/connect) with
Prism, from the spec documents shipped in this package, so that a service can test its own code
against it. It stays in the foreground, prints its URL and a curl command to try, then each
request Prism finds invalid; Ctrl-C (or SIGTERM) stops it. In a clone of this repository:
npm run mock -- [options].

Options:
  --port N                The port to listen on (default ${DEFAULT_PORT}); 0 takes any free port. The URL
                          printed says which.
  --host ADDRESS          The IP address to listen on (default 127.0.0.1; 0.0.0.0 for every
                          interface).
  --wire envelope|docusign
                          envelope (the default): openapi.yaml, ${WIRES.envelope.answers}.
                          docusign: openapi.docusign.yaml, ${WIRES.docusign.answers}; point the client at it
                          with wire: 'docusign'.
  --dynamic               Answers generated from the schemas (Prism's --dynamic) instead of
                          the documents' examples.
  -h, --help              Show this help.

The mock:
  Send Authorization: Bearer <anything>; without it the answer is 401. An invalid request gets a
  400, with the reasons in the sl-violations response header. Ask for an answer with
  Prefer: code=429 or Prefer: example=<name> (the names under components.examples). Paths have no
  /restapi prefix: <url>/v2.1/accounts/18476201/connect.

Prism:
  Prism (${PRISM_PACKAGE}) is an optional peer dependency of ${PACKAGE_NAME}, left out of its
  dependencies for its size (90 MB). Install it next to the package:
  npm install --save-dev ${PRISM_PACKAGE}

Exit codes:
  0  stopped by Ctrl-C or SIGTERM after serving
  1  Prism stopped on its own while serving (its last lines are printed)
  2  could not run: bad usage, Prism not installed, or Prism did not start (a port in use, say)
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  wire: { type: 'string' },
  dynamic: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What a mock run was asked to serve. */
interface MockOptions {
  port: number;
  host: string;
  wire: Wire;
  dynamic: boolean;
}

/** The options, checked; 'help' when --help was asked for. */
function parseOptions(argv: readonly string[]): MockOptions | 'help' {
  // `mock 4010` is the likely stray argument: a port without its option.
  const { values } = parseCommandArgs('mock', argv, OPTIONS, { unexpectedArgument: 'did you mean --port N?' });
  if (values.help === true) return 'help';
  const wire = values.wire ?? 'envelope';
  if (wire !== 'envelope' && wire !== 'docusign') throw new UsageError(`--wire must be envelope or docusign, not "${wire}".`);
  const host = values.host ?? '127.0.0.1';
  if (isIP(host) === 0) throw new UsageError(`--host must be an IP address to listen on, such as 127.0.0.1 (the default), ::1 or 0.0.0.0, not "${host}".`);
  return { port: integerOption('port', values.port, DEFAULT_PORT, 0, 65_535), host, wire, dynamic: values.dynamic === true };
}

/** The package's root and the Prism versions it supports (its peer dependency range). */
interface PackageFiles {
  root: string;
  prismRange: string | undefined;
}

/**
 * The installed package around this file: the nearest directory above it whose package.json is
 * this package's. The spec documents ship at its root, next to dist/ (dist/cli.js: one level up;
 * run from source, src/cli/mock.ts: two).
 */
function findPackage(from: string): PackageFiles {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = readManifest(join(dir, 'package.json'));
    if (manifest?.name === PACKAGE_NAME) return { root: dir, prismRange: manifest.peerDependencies?.[PRISM_PACKAGE] };
    if (dirname(dir) === dir) {
      throw new UsageError(`Cannot find the spec documents: no package.json of ${PACKAGE_NAME} above ${from}. Run the command of an installed package (npx docusign-connect mock).`);
    }
  }
}

/** A package.json's fields this command reads, or undefined when there is none (or it is not JSON). */
function readManifest(path: string): { name?: unknown; peerDependencies?: Record<string, string> } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; peerDependencies?: Record<string, string> };
  } catch {
    return undefined;
  }
}

/** The document a wire is served from, or a UsageError when the package lacks it. */
function documentOf(files: PackageFiles, wire: Wire): string {
  const path = join(files.root, WIRES[wire].document);
  if (!existsSync(path)) throw new UsageError(`${WIRES[wire].document} is missing from ${files.root}; the package ships it next to dist/. Reinstall ${PACKAGE_NAME}.`);
  return path;
}

/** What to do without Prism: the install command, with the versions the package supports. */
function notInstalled(range: string | undefined): string {
  const spec = range === undefined ? PRISM_PACKAGE : `"${PRISM_PACKAGE}@${range}"`;
  return `Prism is not installed. It is an optional peer dependency of ${PACKAGE_NAME} (90 MB): npm install --save-dev ${spec}`;
}

/** Why Prism did not start, as the command's error. */
function startFailure(error: unknown, range: string | undefined): UsageError {
  if (error instanceof PrismNotInstalledError) return new UsageError(notInstalled(range));
  if (error instanceof PortInUseError) return new UsageError(`${error.message} Pick another with --port N, or --port 0 for any free port.`);
  const reason = error instanceof Error ? error.message : String(error);
  return new UsageError(`Prism did not start, so nothing is served.\n${reason}`);
}

/**
 * Where to send the example request from this machine: Prism listening on every interface
 * (0.0.0.0, ::) is reached on loopback, which works on every system (a connection to 0.0.0.0
 * fails on Windows).
 */
function reachableUrl(url: string): string {
  const parsed = new URL(url);
  const address = connectAddress(parsed.hostname.replace(/^\[(.*)\]$/, '$1'));
  parsed.hostname = isIP(address) === 6 ? `[${address}]` : address;
  return parsed.origin;
}

/** The lines printed once Prism serves: what, where, and a request to paste. */
function banner(prism: RunningPrism, options: MockOptions): string {
  const { document, answers } = WIRES[options.wire];
  const body = JSON.stringify({
    configurationType: 'custom',
    urlToPublishTo: 'https://hooks.example.com/connect',
    allUsers: 'true',
    name: 'demo',
    deliveryMode: 'SIM',
    eventData: { version: 'restv2.1' },
    events: ['envelope-completed'],
  });
  return (
    `Prism ${prism.version} (pid ${prism.pid}) is mocking ${document}: ${answers}${options.dynamic ? ', generated from the schemas' : ''}.\n` +
    `Prism is listening on ${prism.url}\n` +
    `Try:\n  curl -i -X POST ${reachableUrl(prism.url)}/v2.1/accounts/18476201/connect \\\n` +
    `    -H 'Authorization: Bearer any-token' -H 'Content-Type: application/json' \\\n` +
    `    -d '${body}'\n` +
    'Each request Prism finds invalid is printed below. Press Ctrl-C to stop.\n'
  );
}

/** Runs docusign-connect mock: resolves when a signal stopped Prism, or when Prism died. */
async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(argv);
  if (options === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const files = findPackage(dirname(fileURLToPath(import.meta.url)));
  const spec = documentOf(files, options.wire);

  // Listening before Prism starts, so that a signal at any moment stops it.
  const interrupt = new AbortController();
  let signalled: (signal: NodeJS.Signals) => void = () => undefined;
  const stopRequested = new Promise<NodeJS.Signals>((resolve) => (signalled = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    interrupt.abort(new Error(`interrupted (${signal})`));
    signalled(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let serving = false;
  try {
    let prism: RunningPrism;
    try {
      prism = await startPrism({
        spec,
        port: options.port,
        host: options.host,
        dynamic: options.dynamic,
        // Browser-based front ends call the mock too; Prism's own default.
        cors: true,
        detached: true,
        signal: interrupt.signal,
        startTimeoutMs: START_TIMEOUT_MS,
        onLine: (line) => {
          if (serving) io.stdout(`${line}\n`);
        },
      });
    } catch (error) {
      if (interrupt.signal.aborted) throw new UsageError(`${(interrupt.signal.reason as Error).message} before Prism was ready; nothing was served.`);
      throw startFailure(error, files.prismRange);
    }
    serving = true;
    io.stdout(banner(prism, options));
    const outcome = await Promise.race([prism.death.then((reason) => ({ reason })), stopRequested.then((signal) => ({ signal }))]);
    if ('reason' in outcome) {
      io.stderr(`docusign-connect mock: Prism stopped on its own, so the mock no longer serves.\n${outcome.reason}\n`);
      return EXIT.failed;
    }
    await prism.stop();
    io.stdout(`Stopped Prism (${outcome.signal}).\n`);
    return EXIT.ok;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** docusign-connect mock. */
export const mockCommand: Command = {
  name: 'mock',
  summary: "Serve a local Prism mock of DocuSign's create call, from the package's spec documents",
  run,
};
