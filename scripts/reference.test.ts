// The reference pages, opened as a reader opens them: `npm run docs` builds them into a scratch
// folder, a loopback server serves that folder, and headless Chromium (driven by puppeteer-core)
// opens every route of every page, opens every section (nested properties, "Show" buttons, every
// response and sample tab) and reads what is rendered. Everything is checked on the rendered
// page, not on the HTML file: the page makes no request beyond itself, logs no error or warning,
// shows no unnamed "case", no internal wording and no raw backticks, lists the configuration rules
// by name, marks only the required properties as required, and shows every operation, response,
// example, property and rule its spec promises. Search finds property names and rule words, the
// pages link to each other, and the layout keeps code whole and examples inside their panels.
//
// Without a Chromium (scripts/chromium.mjs says where it looks) the check is skipped with one
// line in the summary; under CI it fails instead, since .ci/run installs Chromium first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot, resolveRef } from '../contract-tests/support/spec-tools.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { buildReference, PAGES, PAGES_HEADING } from './docs.mjs';

// The project compiles without the DOM library, whose types clash with Node's in src/, and
// puppeteer-core's own types need it. So puppeteer-core is loaded untyped, and the page's globals
// that the functions run in Chromium (tab.evaluate) use are typed loosely here.
declare const document: any;
declare const window: any;
declare const Node: any;
declare const NodeFilter: any;
declare const MutationObserver: any;
type HTMLElement = any;
type Page = any;
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
const puppeteer = createRequire(import.meta.url)('puppeteer-core') as { launch(options: Record<string, unknown>): Promise<Browser> };

type Spec = Record<string, any>;
type PageFile = (typeof PAGES)[number]['page'];

const chromium = findChromium();
const specs = Object.fromEntries(PAGES.map(({ spec }) => [spec, parse(readFileSync(join(projectRoot, spec), 'utf8')) as Spec]));
const mainSpec = specs['openapi.yaml'] as Spec;
const configuration = mainSpec.components.schemas.ConnectConfiguration as Spec;

/** Words that belong to how this project began, not to a reader calling DocuSign. */
const INTERNAL_WORDING = [/\bbrief\b/i, /\bthis project\b/i, /\bproject's\b/i];
/** How Redoc names a branch nobody named: "case 1", or a type with a counter ("object (2)"). */
const UNNAMED_CASE = [/\bcase \d+\b/i, /\b(?:object|string|array|number|integer|boolean|null) \(\d+\)/];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Markdown as the page shows it: without backticks, emphasis marks or link targets. */
function rendered(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`|\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function operationsOf(spec: Spec): Spec[] {
  const items = [...Object.values(spec.paths ?? {}), ...Object.values(spec.webhooks ?? {})] as Spec[];
  return items.flatMap((item) => ['get', 'put', 'post', 'delete', 'patch'].flatMap((method) => (item[method] ? [item[method] as Spec] : [])));
}

/** The spec an operation's local or ./openapi.yaml `$ref` points into, resolved. */
function resolve(spec: Spec, node: Spec): Spec {
  const ref = node?.$ref as string | undefined;
  if (!ref) return node;
  const [file, pointer = ''] = ref.split('#');
  const target = file ? (specs[file.replace(/^\.\//, '')] as Spec) : spec;
  return resolve(target, resolveRef(target, `#${pointer}`) as Spec);
}

/** What a page must show, read from its spec: operations, responses, examples and properties. */
function promisedBy(specFile: string): string[] {
  const spec = specs[specFile] as Spec;
  const promised = new Set<string>([PAGES_HEADING, ...PAGES.map((page) => page.name)]);
  for (const operation of operationsOf(spec)) {
    promised.add(operation.summary as string);
    for (const code of Object.keys(operation.responses ?? {})) promised.add(code);
    const body = resolve(spec, operation.requestBody);
    for (const media of Object.values(body?.content ?? {}) as Spec[]) {
      for (const example of Object.values(media.examples ?? {}) as Spec[]) promised.add(resolve(spec, example).summary as string);
      const schema = resolve(spec, media.schema);
      for (const [name, property] of Object.entries(schema.properties ?? {}) as [string, Spec][]) {
        if (property.readOnly !== true) promised.add(name);
      }
    }
  }
  return [...promised];
}

/** The rules as the page lists them: the required properties, then each rule by name and words. */
function rulesOfConfiguration(): string[] {
  const rules = (configuration.allOf as Spec[]).filter((entry) => 'if' in entry);
  return ['Required properties.', ...rules.flatMap((rule) => [`${rule['x-displayName'] as string}.`, rendered(rule.description as string)])];
}

interface Site {
  origin: string;
  close(): Promise<void>;
}

/** Serves the built pages, and nothing else, on 127.0.0.1 at an ephemeral port. */
async function serve(folder: string): Promise<Site> {
  const files = new Set<string>(PAGES.map((page) => `/${page.page}`));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (!files.has(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(folder, path.slice(1))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A new tab that lets through only requests for the pages themselves (and in-page data: and
 * blob: URLs); anything else is refused and reported, as are console errors and warnings and
 * uncaught script errors.
 */
async function openTab(browser: Browser, site: Site | string): Promise<{ tab: Page; problems: string[] }> {
  // Served pages are own at the site's origin; pages opened from disk, in the folder's file: URL.
  const base = typeof site === 'string' ? site : `${site.origin}/`;
  const tab = await browser.newPage();
  const problems: string[] = [];
  await tab.setViewport({ width: 1400, height: 900 });
  await tab.setRequestInterception(true);
  tab.on('request', (request: { url(): string; continue(): Promise<void>; abort(reason: string): Promise<void> }) => {
    const target = request.url();
    const own = target.startsWith(base) && PAGES.some((page) => target.split('#')[0] === `${base}${page.page}`);
    if (own || target.startsWith('data:') || target.startsWith('blob:')) void request.continue();
    else {
      problems.push(`request to ${target}`);
      void request.abort('blockedbyclient');
    }
  });
  tab.on('console', (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error: unknown) => problems.push(`script error: ${error instanceof Error ? error.message : String(error)}`));
  return { tab, problems };
}

/** Waits until the page has not changed for 120 ms (at most 5 s): React has rendered the click. */
async function settle(tab: Page): Promise<void> {
  await tab.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const finish = () => {
          observer.disconnect();
          clearTimeout(quiet);
          clearTimeout(deadline);
          resolve();
        };
        let quiet = setTimeout(finish, 120);
        const deadline = setTimeout(finish, 5000);
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(finish, 120);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
  );
}

/** Waits (up to 10 s) until the rendered text contains a phrase; says whether it did. */
async function waitForText(tab: Page, phrase: string): Promise<boolean> {
  return tab
    .waitForFunction((wanted: string) => (document.body.innerText as string).includes(wanted), { timeout: 10_000 }, phrase)
    .then(
      () => true,
      () => false,
    );
}

/** Opens a page at a route, loading it afresh. */
async function visit(tab: Page, url: string): Promise<void> {
  await tab.goto('about:blank');
  await tab.goto(url, { waitUntil: 'networkidle0' });
  await settle(tab);
}

/** Clicks every "Expand all", "Show …" and "View …" button outside the menu until none is left. */
async function openSections(tab: Page): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const clicked = await tab.evaluate(() => {
      // Each button once, known by its label and place: some keep their label after opening
      // what they show, and React may render them anew.
      const opened = ((window as unknown as { openedByCheck?: Set<string> }).openedByCheck ??= new Set<string>());
      let count = 0;
      for (const [index, button] of [...document.querySelectorAll('button')].entries()) {
        if (button.closest('[data-component-name="Menu/Menu"], [data-component-name^="Dropdown/"]')) continue;
        const text = (button.textContent ?? '').trim();
        const key = `${button.closest('[id]')?.id ?? ''}|${text}|${index}`;
        if ((text === 'Expand all' || /^\+?\s*(?:Show|View)\b/.test(text)) && !opened.has(key)) {
          opened.add(key);
          button.click();
          count++;
        }
      }
      return count;
    });
    if (clicked === 0) return;
    await settle(tab);
  }
  throw new Error(`sections were still opening after 20 rounds at ${tab.url()}`);
}

/** What one opened route showed, and what was wrong with it. */
interface Shown {
  route: string;
  text: string;
  problems: string[];
  requestProperties: { name: string; required: boolean }[];
}

/** Checks made in the page on what is rendered now: wording, backticks, layout. */
async function inspect(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('code, pre, script, style, textarea, svg')) continue;
      if ((node.textContent ?? '').includes('`')) problems.push(`a raw backtick in "${(node.textContent ?? '').trim().slice(0, 120)}"`);
    }
    for (const code of document.querySelectorAll('td code, th code')) {
      for (const text of [...code.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE)) {
        for (const word of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) problems.push(`"${word[0]}" in a table is split across ${lines.size} lines`);
        }
      }
    }
    for (const table of document.querySelectorAll('table')) {
      const box = table.parentElement;
      if (box && table.getBoundingClientRect().width > box.getBoundingClientRect().width + 1) problems.push(`a table is wider than its column ("${(table.textContent ?? '').slice(0, 60)}")`);
    }
    for (const pre of document.querySelectorAll('pre')) {
      if (pre.getClientRects().length > 0 && pre.scrollWidth > pre.clientWidth + 1) {
        problems.push(`code runs past its panel (${pre.scrollWidth} px in ${pre.clientWidth} px): "${(pre.textContent ?? '').slice(0, 60)}"`);
      }
    }
    return problems;
  });
}

/** Opens a route, every section and every tab, and gathers what it showed. */
async function show(tab: Page, url: string, route: string, chosen: Set<string>): Promise<Shown> {
  await visit(tab, `${url}${route}`);
  await openSections(tab);
  const texts: string[] = [];
  const problems: string[] = [];
  const read = async () => {
    texts.push(await tab.evaluate(() => document.body.innerText));
    problems.push(...(await inspect(tab)));
  };
  // Every choice of every drop-down (a body's examples, the servers), chosen in turn and read as
  // shown: an open menu shows only the other choices' titles. Each title is chosen once per page
  // (`chosen`): a tag's route shows the same operations as their own routes.
  const menus = '[data-component-name="Dropdown/Dropdown"] button';
  const items = '[data-component-name="Dropdown/DropdownMenuItem"]';
  const openMenu = async (index: number) => {
    await tab.evaluate((at: number, selector: string) => (document.querySelectorAll(selector)[at] as HTMLElement | undefined)?.click(), index, menus);
    await settle(tab);
  };
  const readEveryChoice = async () => {
    await read();
    const count = await tab.evaluate((selector: string) => document.querySelectorAll(selector).length, menus);
    for (let index = 0; index < count; index++) {
      await openMenu(index);
      const labels = await tab.evaluate((selector: string) => [...document.querySelectorAll(selector)].map((item) => (item.innerText as string).trim()), items);
      texts.push(labels.join('\n'));
      await tab.keyboard.press('Escape');
      for (const [choice, label] of (labels as string[]).entries()) {
        if (chosen.has(label)) continue;
        chosen.add(label);
        await openMenu(index);
        await tab.evaluate((at: number, selector: string) => (document.querySelectorAll(selector)[at] as HTMLElement | undefined)?.click(), choice, items);
        await settle(tab);
        await read();
      }
    }
  };
  await readEveryChoice();
  // Every tab (response codes, their samples), each with its own choices.
  const tabCount = await tab.evaluate(() => document.querySelectorAll('[role="tablist"] [role="tab"]').length);
  for (let index = 0; index < tabCount; index++) {
    await tab.evaluate((at: number) => (document.querySelectorAll('[role="tablist"] [role="tab"]')[at] as HTMLElement | undefined)?.click(), index);
    await settle(tab);
    await openSections(tab);
    await readEveryChoice();
  }
  const requestProperties = await tab.evaluate(() =>
    [...document.querySelectorAll('.schema-property-item')]
      .filter((item) => item.id.includes('/t=request&path=') && item.parentElement?.closest('.schema-property-item') === null)
      .map((item) => {
        const header = item.firstElementChild;
        return {
          name: (item.querySelector('.schema-name')?.textContent ?? '').trim(),
          required: [...(header?.querySelectorAll('span') ?? [])].some((span) => (span.textContent ?? '').trim() === 'required'),
        };
      }),
  );
  const text = texts.join('\n');
  for (const pattern of [...INTERNAL_WORDING, ...UNNAMED_CASE]) {
    const found = pattern.exec(text);
    if (found) problems.push(`"${found[0]}" in "${text.slice(Math.max(0, found.index - 60), found.index + 60).replace(/\s+/g, ' ')}"`);
  }
  return { route, text, problems: [...new Set(problems)], requestProperties };
}

/** Every route of a page: those linked from the pages reached so far, starting at the top. */
async function showEveryRoute(browser: Browser, site: Site, file: PageFile): Promise<{ shown: Shown[]; problems: string[] }> {
  const { tab, problems } = await openTab(browser, site);
  try {
    const url = `${site.origin}/${file}`;
    const queue = ['#/'];
    const shown: Shown[] = [];
    const chosen = new Set<string>();
    while (queue.length > 0 && shown.length < 50) {
      const route = queue.shift() as string;
      const before = problems.length;
      const result = await show(tab, url, route, chosen);
      shown.push(result);
      // Redoc writes a route as "#/tag/operation" (with "#anchor" after it for a deep link) or,
      // before its router has taken over, as "/tag/operation".
      const linked = await tab.evaluate(() =>
        [...document.querySelectorAll('a[href^="#/"], a[href^="/"]')].map((link) => {
          const href = link.getAttribute('href') ?? '';
          return href.startsWith('#') ? `#${href.split('#')[1] ?? ''}` : `#${href}`;
        }),
      );
      for (const next of linked) if (!queue.includes(next) && !shown.some((done) => done.route === next)) queue.push(next);
      // What the tab reported while this route was open, links collected included.
      result.problems.push(...problems.slice(before));
    }
    if (queue.length > 0) throw new Error(`${file} has more than 50 routes; raise the limit. Not visited: ${queue.join(', ')}`);
    return { shown, problems };
  } finally {
    await tab.close();
  }
}

/** Types a query into the page's search and returns the results' texts. */
async function search(tab: Page, query: string): Promise<string[]> {
  // Ctrl+K, as the search box itself suggests.
  await tab.keyboard.down('Control');
  await tab.keyboard.press('k');
  await tab.keyboard.up('Control');
  await tab.waitForSelector('[data-testid="search-dialog"] input', { timeout: 10_000 });
  await tab.type('[data-testid="search-dialog"] input', query);
  await tab.waitForFunction(
    () => {
      const dialog = document.querySelector('[data-testid="search-dialog"]');
      const message = dialog?.querySelector('[data-testid="search-message"]')?.textContent ?? '';
      return dialog !== null && !/Searching/.test(message) && (message !== '' || dialog.querySelectorAll('a').length > 0);
    },
    { timeout: 10_000 },
  );
  await sleep(200);
  return tab.evaluate(() => [...document.querySelectorAll('[data-testid="search-dialog"] a')].map((link) => (link as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

describe('the reference pages in a real browser', { timeout: 60_000 }, () => {
  if (!chromium.path) {
    test('open in Chromium', (context) => {
      if (process.env.CI) throw new Error(`The browser check must run in CI, and ${chromium.missing} .ci/run installs it with scripts/install-chromium.sh.`);
      context.skip(`reference pages not checked in a browser: ${chromium.missing}`);
    });
    return;
  }

  let folder = '';
  let site: Site;
  let browser: Browser;
  const results = new Map<PageFile, { shown: Shown[]; problems: string[] }>();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'reference-check-'));
    buildReference({ outDir: folder });
    site = await serve(folder);
    browser = await puppeteer.launch({ executablePath: chromium.path, headless: true, args: CHROMIUM_ARGS });
    for (const { page } of PAGES) results.set(page, await showEveryRoute(browser, site, page));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const shownOf = (file: PageFile) => results.get(file)?.shown ?? [];
  const allText = (file: PageFile) => shownOf(file).map((entry) => entry.text).join('\n');

  test.each(PAGES.map((page) => page.page))('%s: every route opens with no outside request, no error, no unnamed case and no internal wording', (file) => {
    const shown = shownOf(file);
    expect(shown.map((entry) => entry.route)).toContain('#/');
    // The overview, the "Reference pages" section, the tag and its operation at least.
    expect(shown.length, shown.map((entry) => entry.route).join(', ')).toBeGreaterThanOrEqual(4);
    const problems = shown.flatMap((entry) => entry.problems.map((problem) => `${entry.route}: ${problem}`));
    expect(problems).toEqual([]);
    // And nothing the tab reported at any moment, between routes included.
    expect(results.get(file)?.problems).toEqual([]);
  });

  test.each(PAGES.map((page) => [page.page, page.spec] as const))('%s shows every operation, response, example and property of %s', (file, spec) => {
    const text = allText(file);
    const missing = promisedBy(spec).filter((item) => !text.includes(item));
    expect(missing).toEqual([]);
  });

  test('the webhooks are on the envelope page: the event message, its signature headers and its answers', () => {
    const webhook = shownOf('reference.html').find((entry) => entry.route.includes('receiveconnectevent'));
    expect(webhook, 'no route for the webhook').toBeDefined();
    for (const word of ['Receive a Connect event', 'X-DocuSign-Signature-1', 'envelope-completed', 'recipient-completed', 'generatedDateTime']) {
      expect(webhook?.text).toContain(word);
    }
  });

  test.each(PAGES.map((page) => page.page))('%s lists the configuration rules by name and in words, with no branch schema', (file) => {
    const create = shownOf(file).find((entry) => entry.route.endsWith('/createconnectconfiguration'));
    expect(create, 'no route for the create operation').toBeDefined();
    const text = (create?.text ?? '').replace(/\s+/g, ' ');
    expect(rulesOfConfiguration().filter((rule) => !text.includes(rule))).toEqual([]);
    expect(text).not.toMatch(/\bOne of\b|\bAny of\b/);
  });

  test.each(PAGES.map((page) => page.page))('%s marks as required exactly the required properties of a configuration', (file) => {
    const create = shownOf(file).find((entry) => entry.route.endsWith('/createconnectconfiguration'));
    const properties = create?.requestProperties ?? [];
    const expected = Object.entries(configuration.properties as Record<string, Spec>).filter(([, property]) => property.readOnly !== true);
    expect(properties.map((property) => property.name).sort()).toEqual(expected.map(([name]) => name).sort());
    expect(properties.filter((property) => property.required).map((property) => property.name).sort()).toEqual([...(configuration.required as string[])].sort());
  });

  test('the envelope page shows both envelopes', () => {
    const text = allText('reference.html');
    for (const word of ['success', 'created_at', 'VALIDATION_ERROR', 'Invalid request parameters', 'HOURLY_API_LIMIT_EXCEEDED', 'ACCOUNT_NOT_FOUND']) expect(text).toContain(word);
  });

  test("DocuSign's page shows DocuSign's own answers", () => {
    const text = allText('reference-docusign.html');
    for (const word of ['connectId', 'errorCode', 'X-DocuSign-TraceToken', 'X-RateLimit-Reset', 'BURST_APIINVOCATION_LIMIT_EXCEEDED']) expect(text).toContain(word);
  });

  /**
   * Runs a check in a fresh tab (served pages, or pages on disk when `base` is a file: URL) and
   * then requires that the tab reported nothing: no outside request, no error.
   */
  async function inTab(check: (tab: Page) => Promise<void>, base: Site | string = site): Promise<void> {
    const { tab, problems } = await openTab(browser, base);
    try {
      await check(tab);
      expect(problems).toEqual([]);
    } finally {
      await tab.close();
    }
  }

  /** Clicks the search result at `index` and waits for the page it leads to. */
  async function openResult(tab: Page, index: number): Promise<void> {
    await tab.evaluate((at: number) => (document.querySelectorAll('[data-testid="search-dialog"] a')[at] as HTMLElement).click(), index);
    await settle(tab);
  }

  /** Follows the "Reference pages" link named `name` to the page it opens. */
  async function followLink(tab: Page, name: string): Promise<void> {
    const link = (await tab.evaluateHandle((wanted: string) => [...document.querySelectorAll('a')].find((anchor) => anchor.textContent?.trim() === wanted) ?? null, name)).asElement();
    expect(link, `no link named "${name}"`).not.toBeNull();
    await Promise.all([tab.waitForNavigation({ waitUntil: 'networkidle0' }), link.click()]);
    await settle(tab);
  }

  test.each([
    ['reference.html', 'soapNamespace'],
    ['reference.html', 'includeHMAC'],
    ['reference-docusign.html', 'errorCode'],
  ] as const)('%s: searching the property "%s" finds it and leads to it', (file, query) =>
    inTab(async (tab) => {
      await visit(tab, `${site.origin}/${file}`);
      const results = await search(tab, query);
      // Redoc lists a matching property as "request fields → name" (or "response fields → name").
      const hit = results.findIndex((result) => result.includes(`→ ${query}`));
      expect(hit, `results: ${JSON.stringify(results)}`).toBeGreaterThanOrEqual(0);
      await openResult(tab, hit);
      expect(tab.url()).toContain(`path=${query.toLowerCase()}`);
      // Redoc scrolls to the row after the route renders; give it time under load.
      const visible = await tab
        .waitForFunction(
          (word: string) =>
            [...document.querySelectorAll('.schema-name, code, h1, h2, h3, h4, p, span')]
              .filter((element) => element.textContent?.trim() === word)
              .some((element) => {
                const box = element.getBoundingClientRect();
                return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
              }),
          { timeout: 10_000 },
          query,
        )
        .then(
          () => true,
          () => false,
        );
      expect(visible, `${query} is not on screen at ${tab.url()}`).toBe(true);
    }),
  );

  // On the envelope page; DocuSign's page renders the same body from the same reader's copy.
  test('reference.html: search finds every property of a configuration by its name', () =>
    inTab(async (tab) => {
      await visit(tab, `${site.origin}/reference.html`);
      const names = Object.entries(configuration.properties as Record<string, Spec>).filter(([, property]) => property.readOnly !== true).map(([name]) => name);
      const notFound: string[] = [];
      for (const name of names) {
        const results = await search(tab, name);
        if (!results.some((result) => result.includes(`request fields → ${name}`))) notFound.push(name);
        await tab.keyboard.press('Escape');
        await tab.waitForSelector('[data-testid="search-dialog"]', { hidden: true });
      }
      expect(notFound).toEqual([]);
    }));

  // Redoc shows one excerpt per operation, the best match: a rule's bare name ("Users",
  // "Recipient Connect") also matches field descriptions, whose excerpt then wins. A phrase only
  // the list has finds the list itself.
  test('reference.html: searching words of the rule list finds the list, and leads to the operation that has it', () =>
    inTab(async (tab) => {
      await visit(tab, `${site.origin}/reference.html`);
      const results = await search(tab, 'Events by data model');
      const hit = results.findIndex((result) => result.includes('request body') && result.includes('Events by data model.'));
      expect(hit, JSON.stringify(results)).toBeGreaterThanOrEqual(0);
      await openResult(tab, hit);
      expect(await waitForText(tab, 'Events by data model.'), `the rule list is not shown at ${tab.url()}`).toBe(true);
      expect(tab.url()).toContain('/createconnectconfiguration');
    }));

  test('opened from disk (file:), a page renders with no request and no error, and its link opens the other page', () => {
    const base = pathToFileURL(`${folder}/`).href;
    return inTab(async (tab) => {
      await visit(tab, `${base}reference.html#/connectconfigurations/createconnectconfiguration`);
      await openSections(tab);
      for (const word of ['Create a Connect configuration', 'Recipient Connect.', 'soapNamespace', 'created_at']) expect(await waitForText(tab, word), word).toBe(true);
      await visit(tab, `${base}reference.html#/section/reference-pages`);
      await followLink(tab, "DocuSign's own answers");
      expect(tab.url().split('#')[0]).toBe(`${base}reference-docusign.html`);
      expect(await waitForText(tab, 'errorCode')).toBe(true);
    }, base);
  });

  test.each([
    ['reference.html', 'reference-docusign.html'],
    ['reference-docusign.html', 'reference.html'],
  ] as const)('%s links to %s, which opens', (from, to) =>
    inTab(async (tab) => {
      const target = PAGES.find((page) => page.page === to) as (typeof PAGES)[number];
      await visit(tab, `${site.origin}/${from}#/section/reference-pages`);
      await followLink(tab, target.name);
      expect(new URL(tab.url()).pathname).toBe(`/${to}`);
      const title = (specs[target.spec] as Spec).info.title as string;
      expect(await waitForText(tab, title), `"${title}" is not shown at ${tab.url()}`).toBe(true);
    }),
  );
});
