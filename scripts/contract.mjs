// @ts-check
// `npm run contract`: the contract harness. It starts Prism (a mock of each wire's document,
// openapi.yaml and openapi.docusign.yaml, or a proxy in front of a real provider), runs the
// contract suites against it with Vitest, writes the reports, stops Prism, and exits with
//   0  the contract holds,
//   1  the contract is broken (the failures name where),
//   2  the harness itself could not run (bad options, Prism did not start, provider unreachable).
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPrism } from '../contract-tests/support/prism.mjs';
import { totalsOf } from '../contract-tests/support/run-totals.mjs';
import { loadSpec, projectRoot } from '../contract-tests/support/spec-tools.mjs';

const USAGE = `Usage: npm run contract [-- options]

  --wire <wire>     Which answers to check: envelope (openapi.yaml, this project's envelopes) or
                    docusign (openapi.docusign.yaml, DocuSign's own answers). Against the mocks
                    both are checked unless one is named; a provider speaks one, envelope unless
                    named. (Or set CONTRACT_WIRE.)
  --provider <url>  Verify a real provider: Prism runs as a proxy in front of <url> with --errors,
                    and the suites that do not need forced mock answers run through it.
                    (Or set CONTRACT_PROVIDER_URL.) Needs CONTRACT_PROVIDER_TOKEN and
                    CONTRACT_PROVIDER_ACCOUNT. Each valid body it sends creates a configuration.
                    For DocuSign itself: --wire docusign --provider https://demo.docusign.net/restapi
  --seed <n>        Seed of the generated cases, to replay an earlier run. (Or CONTRACT_SEED.)
  --runs <n>        Generated configurations per run, at least 500 (default 500; or CONTRACT_RUNS).
  --reports <dir>   Where junit.xml and contract-summary.md go (default: reports).
  --help, -h        This text.
  --version         The package's version.

Each option takes its value as --option value or --option=value.

Exit codes: 0 the contract holds, 1 it is broken, 2 the harness could not run.`;

/**
 * A path as the user would type it: relative to where they are, unless it lies elsewhere.
 * @param {string} path
 */
function shown(path) {
  const nearby = relative(process.cwd(), path);
  return nearby.startsWith('..') ? path : nearby;
}

/** A reason the harness cannot run; exits with 2. */
class HarnessError extends Error {}

/** The options, for node:util's parseArgs: each value option takes `--name value` or `--name=value`. */
const OPTIONS = /** @type {const} */ ({
  wire: { type: 'string' },
  provider: { type: 'string' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  reports: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
});

/**
 * The arguments as parseArgs reads them, or a HarnessError that names the option at fault.
 * parseArgs refuses a value that starts with a dash (it may be a forgotten value followed by the
 * next option), but a seed can be negative, and replay lines print `--seed -123`: such a number
 * is joined to its option first, as `--seed=-123`.
 * @param {string[]} argv
 */
function readArguments(argv) {
  /** @type {string[]} */
  const args = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const next = argv[index + 1];
    if (argument === '--seed' && next !== undefined && /^-\d+$/.test(next)) {
      args.push(`--seed=${next}`);
      index += 1;
    } else {
      args.push(argument);
    }
  }
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new HarnessError(`${parseFailure(error)}\n\n${USAGE}`);
  }
}

/**
 * parseArgs' complaint in the harness's words. A stray argument is not quoted: it could be a
 * token pasted in the wrong place.
 * @param {unknown} error
 */
function parseFailure(error) {
  const { code, message } = /** @type {{ code?: unknown, message?: unknown }} */ (error ?? {});
  const text = typeof message === 'string' ? message : String(error);
  // parseArgs names an option with its short form first when it has one: '-h, --help'.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(text)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `Unknown option "${option}".`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    // A boolean given a value (--help=yes) and a value option without one share this code.
    const name = option.replace(/^-+/, '');
    return name in OPTIONS && OPTIONS[/** @type {keyof typeof OPTIONS} */ (name)].type === 'boolean' ? `${option} takes no value.` : `${option} needs a value.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'Unexpected argument (not shown): every value needs its option before it, such as --seed 42.';
  return text;
}

/**
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 */
function parseOptions(argv, env) {
  const values = readArguments(argv);
  if (values.help === true) return { help: /** @type {const} */ (true) };
  if (values.version === true) return { version: /** @type {const} */ (true) };
  /** @type {Record<string, string>} */
  const given = {};
  for (const name of /** @type {const} */ (['wire', 'provider', 'seed', 'runs', 'reports'])) {
    const value = values[name];
    if (value === undefined) continue;
    if (value === '') throw new HarnessError(`--${name} needs a value.\n\n${USAGE}`);
    given[name] = value;
  }

  const provider = given.provider ?? (env.CONTRACT_PROVIDER_URL || undefined);
  const seedText = given.seed ?? (env.CONTRACT_SEED || undefined);
  const runsText = given.runs ?? (env.CONTRACT_RUNS || undefined);
  const wireText = given.wire ?? (env.CONTRACT_WIRE || undefined);
  if (wireText !== undefined && wireText !== 'envelope' && wireText !== 'docusign') {
    throw new HarnessError(`--wire must be envelope or docusign, not "${wireText}".\n\n${USAGE}`);
  }
  /** @type {Array<'envelope' | 'docusign'>} */
  const wires = wireText !== undefined ? [wireText] : provider !== undefined ? ['envelope'] : ['envelope', 'docusign'];

  const seed = seedText === undefined ? randomInt(0, 2 ** 31 - 1) : Number(seedText);
  if (!/^-?\d+$/.test(seedText ?? '0') || !Number.isSafeInteger(seed) || Math.abs(seed) >= 2 ** 31) {
    throw new HarnessError(`--seed must be a whole number below 2^31, not "${seedText}".`);
  }
  const runs = runsText === undefined ? 500 : Number(runsText);
  if (!/^\d+$/.test(runsText ?? '500') || runs < 500 || runs > 100_000) {
    throw new HarnessError(`--runs must be a whole number from 500 to 100000, not "${runsText}": the contract asks for at least 500 generated configurations.`);
  }

  /** @type {{ url: URL, token: string, accountId: string } | undefined} */
  let providerTarget;
  if (provider !== undefined) providerTarget = checkProvider(provider, env);
  return { help: /** @type {const} */ (false), version: /** @type {const} */ (false), provider: providerTarget, wires, seed, runs, reports: resolve(given.reports ?? join(projectRoot, 'reports')) };
}

/**
 * @param {string} text
 * @param {NodeJS.ProcessEnv} env
 */
function checkProvider(text, env) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new HarnessError(`--provider must be an absolute http(s) URL such as https://connect-gateway.example.com/restapi, not "${text}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new HarnessError(`--provider must be an http(s) URL, not ${url.protocol}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new HarnessError('--provider must not carry credentials in the URL: put the token in CONTRACT_PROVIDER_TOKEN.');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new HarnessError('--provider must not have a query or fragment: give the base URL the /v2.1/... paths go under.');
  }
  const token = env.CONTRACT_PROVIDER_TOKEN ?? '';
  const accountId = env.CONTRACT_PROVIDER_ACCOUNT ?? '';
  const missing = [token === '' ? 'CONTRACT_PROVIDER_TOKEN (the bearer token to send)' : '', accountId === '' ? 'CONTRACT_PROVIDER_ACCOUNT (the account the configurations are created in)' : ''].filter(Boolean);
  if (missing.length > 0) throw new HarnessError(`Provider verification needs ${missing.join(' and ')} in the environment.`);
  const accountPattern = new RegExp(loadSpec().components.parameters.AccountId.schema.pattern);
  if (!accountPattern.test(accountId)) {
    throw new HarnessError('CONTRACT_PROVIDER_ACCOUNT must be an account number or account ID GUID, as the spec\'s accountId parameter says.');
  }
  return { url, token, accountId };
}

/**
 * Whether anything listens at the provider's host and port; the harness cannot verify a
 * provider it cannot reach, and says so instead of reporting every suite as broken.
 * @param {URL} url
 */
function probe(url) {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return new Promise((resolveProbe, reject) => {
    const socket = connect({ host, port });
    socket.setTimeout(10_000);
    socket.once('connect', () => {
      socket.destroy();
      resolveProbe(undefined);
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new HarnessError(`The provider ${url.origin} did not accept a connection within 10 s.`));
    });
    socket.once('error', (error) => {
      reject(new HarnessError(`The provider ${url.origin} cannot be reached: ${/** @type {NodeJS.ErrnoException} */ (error).code ?? error.message}.`));
    });
  });
}

async function main() {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    process.stdout.write(`${manifest.version}\n`);
    return 0;
  }
  if (options.provider !== undefined) await probe(options.provider.url);

  const upstream = options.provider?.url.href.replace(/\/$/, '');
  /** @type {Record<'envelope' | 'docusign', string>} */
  const documents = { envelope: join(projectRoot, 'openapi.yaml'), docusign: join(projectRoot, 'openapi.docusign.yaml') };
  const prismStarting = performance.now();
  // One Prism per wire checked, started at the same time.
  const started = await Promise.allSettled(options.wires.map((wire) => startPrism({ spec: documents[wire], ...(upstream === undefined ? {} : { upstream }) })));
  /** @type {Partial<Record<'envelope' | 'docusign', import('../contract-tests/support/prism.mjs').RunningPrism>>} */
  const prisms = {};
  started.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') prisms[/** @type {'envelope' | 'docusign'} */ (options.wires[index])] = outcome.value;
  });
  const stopPrism = () => Promise.all(Object.values(prisms).map((prism) => prism.stop())).then(() => undefined);
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) {
    await stopPrism();
    throw new HarnessError(`Prism did not start, so nothing was checked.\n${/** @type {Error} */ (/** @type {PromiseRejectedResult} */ (failed).reason)?.message}`);
  }
  const prismStartup = (performance.now() - prismStarting) / 1000;
  const interrupted = () => {
    void stopPrism().then(() => {
      process.stderr.write('Interrupted: the contract run did not finish.\n');
      process.exit(2);
    });
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    // Vitest reads these in the main process (config, global setup) and in its workers.
    process.env.CONTRACT_PRISM_URL = prisms.envelope?.url ?? '';
    process.env.CONTRACT_DOCUSIGN_PRISM_URL = prisms.docusign?.url ?? '';
    process.env.CONTRACT_WIRE = options.wires.length === 1 ? options.wires[0] : '';
    process.env.CONTRACT_MODE = options.provider === undefined ? 'mock' : 'provider';
    process.env.CONTRACT_SEED = String(options.seed);
    process.env.CONTRACT_RUNS = String(options.runs);
    if (options.provider !== undefined) process.env.CONTRACT_PROVIDER_ACCOUNT = options.provider.accountId;

    const mocks = Object.entries(prisms).map(([wire, prism]) => `${wire === 'envelope' ? 'openapi.yaml' : 'openapi.docusign.yaml'} (${prism.url})`);
    const heading =
      options.provider === undefined
        ? `Contract run: the client and the Prism mocks of ${mocks.join(' and ')}; seed ${options.seed}, ${options.runs} generated configurations.`
        : `Provider verification (${options.wires[0]} wire): ${options.provider.url.origin}${options.provider.url.pathname.replace(/\/$/, '')} through a Prism proxy of ${mocks.join('')} with --errors, account ${options.provider.accountId}.`;
    process.stdout.write(`${heading}\n`);

    const { reports } = options;
    const suitesStarting = performance.now();
    const { startVitest } = await import('vitest/node');
    const reporter = join(projectRoot, 'contract-tests', 'support', 'summary-reporter.ts');
    const vitest = await startVitest('test', [], {
      root: projectRoot,
      run: true,
      watch: false,
      project: ['contract'],
      reporters: [
        'default',
        'junit',
        [reporter, { heading, markdownFile: join(reports, 'contract-summary.md'), stepSummary: true, replay: 'npm run contract -- --seed {seed}' }],
      ],
      outputFile: { junit: join(reports, 'junit.xml') },
    });
    if (vitest === undefined) throw new HarnessError('Vitest did not start.');
    const totals = totalsOf(vitest.state.getTestModules(), vitest.state.getUnhandledErrors().length);
    await vitest.close();
    const suites = (performance.now() - suitesStarting) / 1000;
    const died = Object.values(prisms).map((prism) => prism.died()).find((reason) => reason !== undefined);
    if (died !== undefined) throw new HarnessError(`Prism stopped during the run, so its results mean nothing.\n${died}`);
    if (totals.ran === 0) throw new HarnessError(`No contract test ran.${totals.brokenFiles.length > 0 ? ` These files could not be loaded: ${totals.brokenFiles.join(', ')}.` : ''}`);
    // Vitest's JUnit reporter logs after the summary; repeat the verdict so that it closes the output.
    const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
    process.stdout.write(
      `Timing: Prism start-up ${prismStartup.toFixed(1)} s, suites ${suites.toFixed(1)} s.\n` +
        `Reports: ${shown(join(reports, 'junit.xml'))}, ${shown(join(reports, 'contract-summary.md'))}\n` +
        `${totals.failed > 0 ? 'The contract is broken' : 'The contract holds'}: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`,
    );
    return totals.failed > 0 ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await stopPrism();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // Anything unexpected is the harness's failure too, never a verdict on the contract.
  const detail = error instanceof HarnessError ? error.message : /** @type {Error} */ (error)?.stack ?? String(error);
  process.stderr.write(`contract: the harness could not run: ${detail}\n`);
  process.exitCode = 2;
}
