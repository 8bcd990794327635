// @ts-check
// What the differ reports. The comparisons name a change by its kind (enum-value-removed,
// property-now-required, ...) and the side it is on; this module decides whether that kind
// breaks the services on that side, words the message, and merges the reports of one change
// reached from several places (a component used by eight properties is one finding).
import { childPointer } from '../../src/json-pointer.js';
import { componentOf, exists, lineOf } from './documents.mjs';

/**
 * Who reads or writes the values a change is about:
 * request: services send it (the create call's parameters and body);
 * answer: services read it (the create call's answers);
 * event: listeners read it (the webhook's headers and body, which DocuSign sends);
 * ack: listeners send it (the webhook's answers, which DocuSign reads);
 * operation, webhook, document: the change is to what exists at all.
 * @typedef {'request' | 'answer' | 'event' | 'ack' | 'operation' | 'webhook' | 'document'} Side
 */

/** @typedef {import('./documents.mjs').Loc} Loc */
/** @typedef {import('./documents.mjs').SpecFiles} SpecFiles */

/**
 * One change as the report shows it.
 * @typedef {object} Finding
 * @property {string} document the spec document the changed node is in (openapi.yaml, ...)
 * @property {boolean} breaking whether services built against the base break
 * @property {string} rule a short id: side and kind, such as request-enum-value-removed
 * @property {string} where the first place the change is seen from, for people
 * @property {string[]} places every place the change is seen from (one component, many uses)
 * @property {string} pointer JSON pointer of the changed node in the working tree's document, or in the base's when it was removed
 * @property {string | undefined} basePointer the node's pointer in the base document, when it was there
 * @property {number | undefined} line the 1-based line in the working tree's document (of the nearest node that exists)
 * @property {string} message what changed, what it does to the services, and what to do
 */

/** Sides whose values services send; the others are read. */
const SENDING = new Set(['request', 'ack']);

/**
 * Kinds that break senders (S), readers (R), or everyone (*), by kind. A kind not listed never
 * breaks anything (a new optional field, a looser request limit, a new operation).
 * @type {Readonly<Record<string, 'S' | 'R' | '*'>>}
 */
const BREAKS = {
  'enum-value-removed': 'S',
  'enum-added': 'S',
  'enum-value-added': 'R',
  'enum-removed': 'R',
  'type-removed': 'S',
  'type-added': 'R',
  'type-changed': '*',
  'property-removed': '*',
  'property-added-to-closed-object': 'R',
  'property-now-required': 'S',
  'property-now-optional': 'R',
  'limit-tightened': 'S',
  'limit-loosened': 'R',
  'pattern-added': 'S',
  'pattern-removed': 'R',
  'pattern-changed': '*',
  'format-added': 'S',
  'format-removed': 'R',
  'format-changed': '*',
  'object-closed': 'S',
  'object-opened': 'R',
  'value-forbidden': 'S',
  'value-allowed': 'R',
  'branch-removed': 'S',
  'branch-added': 'R',
  'constraint-added': 'S',
  'constraint-removed': 'R',
  'keyword-changed': '*',
  'rule-added': 'S',
  'rule-removed': 'R',
  'rule-condition-changed': '*',
  'discriminator-value-removed': 'S',
  'discriminator-value-added': 'R',
  'discriminator-target-changed': '*',
  'parameter-removed': '*',
  'parameter-now-required': 'S',
  'parameter-now-optional': 'R',
  'parameter-style-changed': '*',
  'header-removed': 'R',
  'header-now-required': 'S',
  'header-now-optional': 'R',
  'body-removed': '*',
  'body-now-required': 'S',
  'body-now-optional': 'R',
  'media-type-added': 'R',
  'media-type-removed': 'S',
  'status-added': 'R',
  'status-removed': 'S',
  'operation-removed': '*',
  'operation-id-changed': '*',
  'webhook-removed': '*',
  'document-removed': '*',
  'schema-name-removed': '*',
  'security-changed': '*',
};

/**
 * Whether a change of this kind on this side breaks the services there.
 * @param {Side} side
 * @param {string} kind
 */
export function isBreaking(side, kind) {
  const breaks = BREAKS[kind];
  if (breaks === undefined) return false;
  if (breaks === '*') return true;
  return (breaks === 'S') === SENDING.has(side);
}

/** @type {Readonly<Record<Side, string>>} */
const WHO = {
  request: 'services',
  answer: 'services',
  event: 'listeners',
  ack: 'listeners',
  operation: 'services that call it',
  webhook: 'listeners',
  document: 'services built on it',
};

/**
 * What a breaking change of a kind does to the services, by kind; `{who}` names them. Where the
 * harm differs for senders and readers, the kind has one text for each.
 * @type {Readonly<Record<string, string | { send: string, read: string }>>}
 */
const HARM = {
  'enum-value-removed': '{who} that send it will be refused',
  'enum-added': '{who} that send any other value will be refused',
  'enum-value-added': '{who} that check the value, or validate with the old schema, will not recognise it',
  'enum-removed': 'any value may now come, and {who} that check the value, or validate with the old schema, will refuse the new ones',
  'type-removed': '{who} that send a value of that type will be refused',
  'type-added': '{who} get a type they do not expect',
  'type-changed': '{who} on either end no longer agree on the type',
  'property-removed': { send: '{who} that send it will be refused (the schema is closed) or see it ignored', read: '{who} that read it will find it missing' },
  'property-added-to-closed-object': 'the old schema is closed (additionalProperties or unevaluatedProperties false), so {who} validating with it refuse answers that carry the new field',
  'property-now-required': '{who} that leave it out will be refused',
  'property-now-optional': '{who} that count on it will find it missing',
  'limit-tightened': '{who} that send values within the old limit but outside the new one will be refused',
  'limit-loosened': '{who} that validate with the old schema will refuse values outside the old limit',
  'pattern-added': '{who} that send values outside the pattern will be refused',
  'pattern-removed': '{who} that validate with the old pattern will refuse values it did not allow',
  'pattern-changed': 'a changed regular expression cannot be proven looser, so {who} may see values refused',
  'format-added': '{who} that send values outside the format will be refused',
  'format-removed': '{who} that validate with the old format will refuse values outside it',
  'format-changed': '{who} on either end no longer agree on the format',
  'object-closed': '{who} that send any other property will be refused',
  'object-opened': '{who} that validate with the old, closed schema will refuse the extra properties',
  'value-forbidden': '{who} that send it will be refused',
  'value-allowed': '{who} that validate with the old schema will refuse it',
  'branch-removed': '{who} that send values of that shape will be refused',
  'branch-added': '{who} get a shape they do not expect',
  'constraint-added': '{who} that send values outside it will be refused',
  'constraint-removed': '{who} that validate with the old schema will refuse values it did not allow',
  'keyword-changed': 'this tool cannot tell whether the change is looser, so it counts as breaking for {who}',
  'rule-added': '{who} whose bodies break the new rule will be refused',
  'rule-removed': '{who} that validate with the old rule will refuse values it did not allow',
  'rule-condition-changed': 'which bodies the rule applies to changed, which cannot be proven looser, so it counts as breaking for {who}',
  'discriminator-value-removed': '{who} that send it will be refused',
  'discriminator-value-added': '{who} get a kind of message they do not expect',
  'discriminator-target-changed': '{who} on either end no longer agree on its shape',
  'parameter-removed': '{who} that use it will be refused or ignored',
  'parameter-now-required': '{who} that leave it out will be refused',
  'parameter-now-optional': '{who} that count on it will find it missing',
  'parameter-style-changed': '{who} on either end no longer agree on how it is written',
  'header-removed': '{who} that read it will find it missing',
  'header-now-required': '{who} that leave it out no longer keep the contract',
  'header-now-optional': '{who} that count on it will find it missing',
  'body-removed': '{who} on either end no longer agree on the body',
  'body-now-required': '{who} that send no body will be refused',
  'body-now-optional': '{who} that count on a body will find none',
  'media-type-added': '{who} get a content type they do not expect',
  'media-type-removed': '{who} that send it will be refused',
  'status-added': '{who} get a status they do not handle (the old responses cover it neither by code, nor by range, nor by default)',
  'status-removed': '{who} that answer with it no longer keep the contract',
  'operation-removed': '{who} will find it gone',
  'operation-id-changed': 'the generated types name operations by their operationId, so {who} that use the old name no longer compile',
  'webhook-removed': '{who} will find it gone',
  'document-removed': '{who} will find it gone',
  'security-changed': '{who} whose tokens met the old requirements may be refused',
  'schema-name-removed': "the generated types export each schema by its name (components['schemas'][name]), so {who} that use the old name no longer compile",
};

/**
 * Collects the changes of one comparison, merging those that are one change seen from several
 * places, and counts the descriptive ones (descriptions, examples, titles, extensions).
 */
export class Collector {
  /**
   * @param {SpecFiles} base
   * @param {SpecFiles} head
   */
  constructor(base, head) {
    this.base = base;
    this.head = head;
    /** @type {Map<string, { document: string, side: Side, kind: string, what: string, head: Loc, exact: boolean, base: Loc | undefined, places: string[] }>} */
    this.raw = new Map();
    /** @type {Map<string, Set<string>>} document → changed annotation pointers */
    this.descriptive = new Map();
  }

  /**
   * Records a change.
   * @param {{ side: Side, place: string, document: string }} context where it is seen from: the side, the place for people, and the document that place is in
   * @param {string} kind
   * @param {string} what what changed, as a clause ("`envelope-voided` was removed from the allowed values")
   * @param {{ head: Loc, base?: Loc | undefined }} at the changed node in the working tree (or its nearest existing parent) and in the base
   */
  add(context, kind, what, at) {
    const exact = exists(this.head, at.head) && (at.base === undefined || !isRemovalKind(kind));
    const document = exact || at.base === undefined ? at.head.file : at.base.file;
    const key = [document, context.side, kind, what, `${at.head.file}#${at.head.pointer}`, at.base ? `${at.base.file}#${at.base.pointer}` : ''].join('\u0000');
    // A place in another document (openapi.docusign.yaml reaching into openapi.yaml) says so.
    const place = context.document === document ? context.place : `${context.document}: ${context.place}`;
    const known = this.raw.get(key);
    if (known) {
      if (!known.places.includes(place)) known.places.push(place);
      return;
    }
    this.raw.set(key, { document, side: context.side, kind, what, head: at.head, exact, base: at.base, places: [place] });
  }

  /**
   * Records a changed annotation keyword (counted, not listed).
   * @param {Loc} loc the node that holds it
   * @param {string} keyword
   */
  annotation(loc, keyword) {
    const set = this.descriptive.get(loc.file) ?? new Set();
    set.add(childPointer(loc.pointer, keyword));
    this.descriptive.set(loc.file, set);
  }

  /**
   * The findings, ordered by document and line.
   * @returns {Finding[]}
   */
  findings() {
    /** @type {Finding[]} */
    const findings = [];
    for (const change of this.raw.values()) {
      const breaking = isBreaking(change.side, change.kind);
      const pointer = change.exact || change.base === undefined ? change.head.pointer : change.base.pointer;
      const line = change.head.file === change.document ? lineOf(this.head, change.head) : undefined;
      const where = placesText(change.places);
      const component = componentOf(pointer);
      // A change to a component's name is placed at the component already.
      const inComponent = component === undefined || change.places.includes(component) ? '' : ` (${component})`;
      const ruleSide = change.side === 'operation' || change.side === 'webhook' || change.side === 'document' ? '' : `${change.side}-`;
      const rule = `${ruleSide}${change.kind}`;
      const harm = breaking
        ? `; ${harmOf(change.kind, change.side).replace('{who}', WHO[change.side])}. ${fix(change.side)}`
        : change.kind === 'ref-not-followed'
          ? '; this tool does not follow it, so check it by hand.'
          : '; nothing breaks.';
      findings.push({
        document: change.document,
        breaking,
        rule,
        where: change.places[0] ?? '',
        places: [...change.places],
        pointer,
        basePointer: change.base?.pointer,
        line,
        message: `${where}${inComponent}: ${change.what}${harm}`,
      });
    }
    return findings.sort((a, b) => a.document.localeCompare(b.document) || (a.line ?? 0) - (b.line ?? 0) || Number(b.breaking) - Number(a.breaking) || a.rule.localeCompare(b.rule));
  }

  /**
   * How many descriptive changes each document has.
   * @returns {Map<string, number>}
   */
  descriptiveCounts() {
    return new Map([...this.descriptive].map(([file, set]) => [file, set.size]));
  }
}

/** Kinds about something that is gone, whose pointer is the base's. */
const REMOVALS = new Set(['property-removed', 'parameter-removed', 'header-removed', 'body-removed', 'media-type-removed', 'status-removed', 'operation-removed', 'webhook-removed', 'document-removed', 'rule-removed', 'branch-removed', 'schema-name-removed']);

/** @param {string} kind */
function isRemovalKind(kind) {
  return REMOVALS.has(kind);
}

/**
 * @param {string} kind
 * @param {Side} side
 */
function harmOf(kind, side) {
  const harm = HARM[kind] ?? '{who} may break';
  return typeof harm === 'string' ? harm : SENDING.has(side) ? harm.send : harm.read;
}

/**
 * @param {Side} side
 */
function fix(side) {
  return SENDING.has(side) || side === 'operation' || side === 'document'
    ? 'Undo it, or release it as a major version.'
    : `Undo it, or release it as a major version and tell ${WHO[side]} to handle it.`;
}

/** How many further places a message names; the finding's `places` has them all. */
const PLACES_SHOWN = 4;

/**
 * The places a change is seen from: the first, then up to PLACES_SHOWN others.
 * @param {string[]} places
 */
function placesText(places) {
  const [first, ...others] = places;
  if (others.length === 0) return first ?? '';
  const shownOthers = others.length > PLACES_SHOWN ? [...others.slice(0, PLACES_SHOWN), '…'] : others;
  return `${first} and ${others.length} more place${others.length === 1 ? '' : 's'} (${shownOthers.join('; ')})`;
}
