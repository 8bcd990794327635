// Pre-flight checks of a configuration. The rules themselves are the spec's: the compiled
// validator in generated/validators.cjs decides what is valid. This file only turns its findings
// into messages that say what to change, using facts generated from the same spec.
import type { ErrorObject } from 'ajv';
import { specFacts } from '../generated/spec-facts.js';
import { validateConnectConfiguration } from '../generated/validators.cjs';
import { closestMatch } from './did-you-mean.js';
import { childPointer, describeValue, label, pointerSegments, valueAt } from './pointer.js';
import { Redactor, secretsIn } from './redact.js';

/** One reason a configuration would be refused, with where it is and how to fix it. */
export interface ConfigurationProblem {
  /** JSON pointer to the value to change, or to the property to add (`/userIds`). */
  pointer: string;
  /** The spec rule or schema constraint that was broken. */
  rule: string;
  /** The JSON Schema keyword behind it, for programs (`required`, `enum`, `pattern`…). */
  keyword: string;
  /** What is wrong and what to do, in one sentence. */
  message: string;
}

/** Something that will not block the request but is probably not what the caller wants. */
export interface ConfigurationWarning {
  /** JSON pointer to the property concerned. */
  pointer: string;
  /** A short stable name for the warning (`created-disabled`, `deprecated-model`…). */
  rule: string;
  /** What will happen and how to avoid it. */
  message: string;
}

/** Everything validateConfiguration found, all at once. */
export interface ValidationReport {
  /** True when there are no problems (warnings do not count). */
  valid: boolean;
  problems: ConfigurationProblem[];
  warnings: ConfigurationWarning[];
}

type Field = {
  schema?: string;
  enum?: readonly string[];
  secret?: boolean;
  maxLength?: number;
  summary?: string;
  properties?: readonly string[];
  readOnly?: readonly string[];
};
const fields = specFacts.fields as unknown as Record<string, Field>;
const EVENT_NAMES = (fields['/events/*']?.enum ?? []) as readonly string[];
const ENVELOPE_STATUSES = (fields['/envelopeEvents/*']?.enum ?? []) as readonly string[];
const RECIPIENT_STATUSES = (fields['/recipientEvents/*']?.enum ?? []) as readonly string[];

/** The spec's description of the field at a value's pointer (array indexes match `*`). */
function fieldAt(pointer: string): { pattern: string; field: Field | undefined } {
  let pattern = '';
  for (const segment of pointerSegments(pointer)) {
    pattern = /^\d+$/.test(segment) && fields[`${pattern}/*`] ? `${pattern}/*` : childPointer(pattern, segment);
  }
  return { pattern, field: fields[pattern] };
}

/**
 * The spec rule (an `allOf` entry of ConnectConfiguration) an error comes from, by its title,
 * and the branch of it that failed. Titles, not positions, so that reordering the rules in
 * openapi.yaml cannot attach the wrong help text.
 */
function ruleBranch(error: ErrorObject): { title: string; description: string; branch: string } | undefined {
  const match = /^#\/allOf\/(\d+)\/(if|then|else)\b/.exec(error.schemaPath);
  const rule = match ? specFacts.rules[Number(match[1])] : undefined;
  return match && rule ? { title: rule.title, description: rule.description, branch: match[2] ?? '' } : undefined;
}

/** The rule text for an error: the spec rule's description, or the schema and keyword. */
function ruleOf(error: ErrorObject, pattern: string, field: Field | undefined): string {
  const rule = ruleBranch(error);
  if (rule) return rule.description;
  const schema = /^#\/components\/schemas\/([^/]+)\//.exec(error.schemaPath)?.[1] ?? field?.schema;
  if (schema) return `${schema}: ${error.keyword}`;
  // An inline schema: name it after its place in ConnectConfiguration (`events[]`, `password`).
  const place = pattern.slice(1).replace(/\/\*/g, '[]').replace(/\//g, '.');
  return `ConnectConfiguration${place ? `.${place}` : ''}: ${error.keyword}`;
}

/**
 * How messages show the caller's own data (values, property names) in one report. A secret of
 * the configuration (its password, clientSecret or salesforceAuthcode) may also sit in another
 * property, or be used as a property name; it is taken out before a value is quoted or a name is
 * shortened, since a shortened copy would hold a piece of the secret that no later redaction
 * could recognise.
 */
interface Words {
  /** A value, cut to a readable length. */
  quote(value: unknown): string;
  /** A place as people write it (`eventData.version`). */
  place(pointer: string): string;
  /** A pointer for the report. */
  pointer(pointer: string): string;
}

function wordsFor(secrets: readonly string[]): Words {
  if (secrets.length === 0) return { quote: describeValue, place: label, pointer: (pointer) => pointer };
  const redactor = new Redactor().add(...secrets);
  const pointer = (value: string) => pointerSegments(value).reduce((parent, segment) => childPointer(parent, redactor.text(segment)), '');
  return {
    quote: (value) => describeValue(redactor.value(value)),
    place: (value) => label(pointer(value)),
    pointer,
  };
}

/** The JSON SIM event name for a legacy status, and the other way round, where one exists. */
function eventForStatus(status: string, list: 'envelope' | 'recipient'): string | undefined {
  const name = `${list}-${status.toLowerCase()}`;
  return EVENT_NAMES.includes(name) ? name : undefined;
}
function statusForEvent(event: string): { list: 'envelopeEvents' | 'recipientEvents'; status: string } | undefined {
  const match = /^(envelope|recipient)-(.+)$/.exec(event);
  if (!match) return undefined;
  const statuses = match[1] === 'envelope' ? ENVELOPE_STATUSES : RECIPIENT_STATUSES;
  const status = statuses.find((candidate) => candidate.toLowerCase() === match[2]);
  return status === undefined ? undefined : { list: match[1] === 'envelope' ? 'envelopeEvents' : 'recipientEvents', status };
}

const JSON_SIM = 'JSON SIM (deliveryMode "SIM" with eventData.version "restv2.1")';

/** What a caller should add when a required property is missing. */
function missingFix(pattern: string, configuration: Record<string, unknown>): string {
  switch (pattern) {
    case '/configurationType':
      return 'add configurationType "custom" for account-level events, or "customrecipient" for Recipient Connect';
    case '/urlToPublishTo':
      return "add urlToPublishTo with your listener's https:// URL";
    case '/name':
      return 'add a name that says what the configuration is for, such as "Contract status listener"';
    case '/deliveryMode':
      return 'add deliveryMode "SIM" (one message per event, the usual choice with JSON) or "aggregate"';
    case '/userIds':
      return configuration.allUsers === 'false'
        ? 'allUsers is "false", so list the users to cover in userIds (user ID GUIDs), or set allUsers to "true"'
        : 'set allUsers to "true" to cover every user, or list the users to cover in userIds (user ID GUIDs)';
    case '/events':
      return `${JSON_SIM} sends the events listed in events: add at least one, such as ["envelope-completed"]`;
    case '/eventData':
    case '/eventData/version':
      return 'Recipient Connect sends JSON messages only: add eventData: { version: "restv2.1" }';
    case '/soapNamespace':
      return 'useSoapInterface is "true", so add soapNamespace with the namespace of your SOAP interface, or set useSoapInterface to "false"';
    case '/oAuthConfiguration':
      return 'enableOAuthPerConfiguration is "true", so add oAuthConfiguration with authorizationServerUrl, clientId and clientSecret';
    default: {
      const summary = fields[pattern]?.summary;
      return summary === undefined ? 'add it' : `add it (${summary})`;
    }
  }
}

/** Whether a configuration asks for JSON messages (`eventData.version: "restv2.1"`). */
function isJson(configuration: Record<string, unknown>): boolean {
  const eventData = configuration.eventData;
  return eventData !== null && typeof eventData === 'object' && (eventData as Record<string, unknown>).version === 'restv2.1';
}

/** Names the model a configuration describes, for messages about where its events go. */
function modelOf(configuration: Record<string, unknown>): string {
  const json = isJson(configuration);
  const sim = configuration.deliveryMode === 'SIM';
  if (json && sim) return 'JSON SIM';
  if (json) return 'JSON aggregate';
  return sim ? 'XML SIM (no eventData.version "restv2.1")' : 'XML aggregate';
}

/** The message for a property that a rule forbids in this configuration (a `false` schema). */
function forbiddenMessage(error: ErrorObject, configuration: Record<string, unknown>, name: string): string {
  const value = configuration[name];
  const list = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const rule = ruleBranch(error);
  if (rule?.title === 'events-by-model' && rule.branch === 'then') {
    const kind = name === 'envelopeEvents' ? 'envelope' : 'recipient';
    // Each event once: a list of thousands of repeated statuses still makes a one-line fix.
    const converted = [...new Set(list.map((status) => eventForStatus(status, kind)).filter((event) => event !== undefined))];
    const example = converted.length > 0 ? JSON.stringify(converted) : `["${kind}-completed"]`;
    return `${name} is for the legacy models; ${JSON_SIM} takes its events in events instead: use events: ${example}`;
  }
  if (rule?.title === 'events-by-model' && rule.branch === 'else') {
    const model = modelOf(configuration);
    const envelope: string[] = [];
    const recipient: string[] = [];
    for (const event of new Set(list)) {
      const status = statusForEvent(event);
      if (status?.list === 'envelopeEvents') envelope.push(status.status);
      if (status?.list === 'recipientEvents') recipient.push(status.status);
    }
    const instead = [
      envelope.length > 0 ? `envelopeEvents: ${JSON.stringify(envelope)}` : '',
      recipient.length > 0 ? `recipientEvents: ${JSON.stringify(recipient)}` : '',
    ].filter(Boolean).join(' and ');
    const legacy = `use sentence-case statuses in envelopeEvents/recipientEvents${instead ? ` (${instead})` : ''}`;
    if (configuration.deliveryMode === 'SIM') {
      return `events needs ${JSON_SIM}, but eventData.version "restv2.1" is missing, which makes this the legacy XML SIM model: add eventData: { version: "restv2.1" }, or ${legacy}`;
    }
    return `events is only for ${JSON_SIM}, and this configuration is ${model}: ${legacy}`;
  }
  if (rule?.title === 'recipient-connect') {
    return 'Recipient Connect (configurationType "customrecipient") sends recipient events only: remove envelopeEvents and use recipientEvents, or use configurationType "custom"';
  }
  return `${name} is not allowed in this configuration: remove it`;
}

/** The message for a value outside an enumeration, with the closest allowed value. */
function enumMessage(error: ErrorObject, pointer: string, value: unknown, secret: boolean, words: Words): string {
  const { quote } = words;
  const allowed = ((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
  const where = words.place(pointer);
  const schema = /^#\/components\/schemas\/([^/]+)\//.exec(error.schemaPath)?.[1];
  if (secret) return `${where} is not one of the allowed values`;
  if (typeof value === 'boolean' && allowed.includes(String(value))) {
    return `${where} is the JSON boolean ${value}, but DocuSign expects the string "${value}": write "${value}" in quotes`;
  }
  if (typeof value === 'string') {
    // Lower-cased once: inside the search it would copy a long value once per allowed value.
    const lower = value.toLowerCase();
    const sameLetters = allowed.find((candidate) => candidate.toLowerCase() === lower);
    if (sameLetters !== undefined) {
      const why = /^[A-Z]/.test(sameLetters) ? 'statuses are written in sentence case' : 'values are case-sensitive';
      return `${where} is ${quote(value)}: ${why}, so use "${sameLetters}"`;
    }
    if (schema === 'RecipientEventName' && EVENT_NAMES.includes(value)) {
      return `${where} is ${quote(value)}, but Recipient Connect sends recipient events only (${allowed.join(', ')}): remove it, or use configurationType "custom" for envelope events`;
    }
    if (schema === 'EventName' || schema === 'RecipientEventName') {
      const asEvent = ENVELOPE_STATUSES.includes(value)
        ? eventForStatus(value, 'envelope')
        : RECIPIENT_STATUSES.includes(value)
          ? eventForStatus(value, 'recipient')
          : undefined;
      if (asEvent !== undefined && allowed.includes(asEvent)) {
        return `${where} is ${quote(value)}, a legacy status; JSON SIM event names look like "${asEvent}": use "${asEvent}"`;
      }
    }
    if (schema === 'EnvelopeEventStatus' || schema === 'RecipientEventStatus') {
      const status = statusForEvent(lower);
      if (status !== undefined && allowed.includes(status.status)) {
        return `${where} is ${quote(value)}, a JSON SIM event name; ${pointerSegments(pointer)[0]} takes sentence-case statuses: use "${status.status}"`;
      }
    }
    if (pointer === '/eventData/version') {
      return `${where} is ${quote(value)}: use "restv2.1" for JSON messages, or leave version out for XML messages`;
    }
    const guess = closestMatch(value, allowed);
    if (guess !== undefined) return `${where} is ${quote(value)}: did you mean "${guess}"?`;
  }
  const choices = `one of ${allowed.map((item) => `"${item}"`).join(', ')}`;
  return `${where} is ${secret ? 'not allowed' : quote(value)}: use ${choices}`;
}

/** What is wrong with a listener URL, without repeating it (it may carry credentials). */
function urlMessage(pointer: string, value: unknown, words: Words): string {
  const where = words.place(pointer);
  if (typeof value !== 'string') return `${where} must be an https:// URL string`;
  if (/^http:\/\//i.test(value)) {
    const why = pointer === '/urlToPublishTo' ? 'DocuSign only delivers to https:// listeners' : 'DocuSign only calls https:// URLs';
    return `${where} uses http://, but ${why}: use https://`;
  }
  if (!/^https:\/\//i.test(value)) {
    return `${where} must be an absolute https:// URL, such as "https://hooks.example.com/docusign"`;
  }
  if (!/^https:\/\//.test(value)) return `${where} must start with "https://" in lowercase`;
  const authority = value.slice('https://'.length).split(/[/?#]/)[0] ?? '';
  if (authority.includes('@')) {
    return `${where} carries credentials (user:password@): remove them and authenticate deliveries with includeHMAC or oAuthConfiguration instead`;
  }
  if (authority === '') return `${where} has no host: use a URL such as "https://hooks.example.com/docusign"`;
  if (/\s/.test(value)) return `${where} contains spaces: percent-encode them (%20)`;
  const limit = fieldAt(pointer).field?.maxLength;
  if (limit !== undefined && value.length > limit) return `${where} is ${value.length} characters long; DocuSign takes at most ${limit}`;
  return `${where} is not a valid https:// URL: use one such as "https://hooks.example.com/docusign"`;
}

/** A text's length as the spec's length limits count it: in code points, not UTF-16 units. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

const typeNames: Record<string, string> = { string: 'a string', array: 'a list', object: 'an object', boolean: 'a boolean', integer: 'an integer', number: 'a number', function: 'a function', symbol: 'a symbol' };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeNames[typeof value] ?? typeof value;
}

function rootTypeMessage(value: unknown): string {
  return `a configuration must be a JSON object, not ${typeOf(value)}; the jsonSim(), jsonAggregate(), xmlAggregate() and xmlSimLegacy() builders make one`;
}

/** Turns one Ajv finding into a problem, or undefined when another finding says it better. */
function toProblem(
  error: ErrorObject,
  configuration: unknown,
  siblingsAt: (instancePath: string) => readonly ErrorObject[],
  words: Words,
): ConfigurationProblem | undefined {
  const { quote } = words;
  const root = (configuration !== null && typeof configuration === 'object' ? configuration : {}) as Record<string, unknown>;
  const keyword = error.keyword;
  const params = error.params as Record<string, unknown>;
  if (keyword === 'if') return undefined;
  // A property name that breaks propertyNames is reported by its own finding (which carries
  // `propertyName`); the summary finding after it adds nothing.
  if (keyword === 'propertyNames') return undefined;
  // An anyOf of `required` alternatives reports each alternative; one message covers them.
  if (keyword === 'required' && /\/anyOf\/\d+\/required$/.test(error.schemaPath)) return undefined;

  let pointer = error.instancePath;
  const { pattern, field } = fieldAt(pointer);
  const value = valueAt(configuration, pointer);
  const secret = field?.secret === true;
  const where = words.place(pointer);
  let message: string;

  switch (keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      pointer = childPointer(pointer, name);
      const missingPattern = `${pattern}/${name}`;
      message = `${words.place(pointer)} is missing: ${missingFix(missingPattern, root)}`;
      break;
    }
    case 'anyOf': {
      if (ruleBranch(error)?.title !== 'events-by-model') {
        message = `${where} matches none of the allowed forms: see ${ruleOf(error, pattern, field)}`;
        break;
      }
      // The legacy models need at least one of the two status lists.
      const eventsForbidden = siblingsAt('/events').some((other) => other.keyword === 'false schema');
      if (eventsForbidden) return undefined;
      pointer = '/envelopeEvents';
      message = `${modelOf(root)} takes its events in envelopeEvents and/or recipientEvents: add at least one, such as envelopeEvents: ["Completed"]`;
      break;
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      pointer = childPointer(pointer, name);
      const known = field?.properties ?? [];
      if (field?.readOnly?.includes(name)) {
        message = `${words.place(pointer)} is read-only: DocuSign sets it, so remove it from the request`;
        break;
      }
      const guess = closestMatch(name, known);
      const place = pattern === '' ? 'a configuration' : where;
      if (guess !== undefined) {
        message = `${words.place(pointer)} is not a property of ${place}: did you mean ${guess}?`;
      } else if (known.length <= 8) {
        message = `${words.place(pointer)} is not a property of ${place}: remove it (known: ${known.join(', ')})`;
      } else {
        message = `${words.place(pointer)} is not a property of ${place}: remove it, or check the spelling against openapi.yaml`;
      }
      break;
    }
    case 'false schema':
      message = forbiddenMessage(error, root, pointerSegments(pointer)[0] ?? '');
      break;
    case 'enum':
    case 'const': {
      // A JSON boolean where a string flag belongs fails both `type` and `enum`; say it once.
      if (siblingsAt(error.instancePath).some((other) => other !== error && other.keyword === 'type')) {
        return undefined;
      }
      const allowed = keyword === 'const' ? { allowedValues: [params.allowedValue] } : params;
      message = enumMessage({ ...error, params: allowed }, pointer, value, secret, words);
      break;
    }
    case 'type': {
      const expected = String(params.type);
      if (typeof value === 'boolean' && field?.schema === 'StringBoolean') {
        message = `${where} is the JSON boolean ${value}, but DocuSign expects the string "${value}": write "${value}" in quotes`;
      } else if (pointer === '') {
        message = rootTypeMessage(value);
      } else if (expected === 'array' && typeof value === 'string' && !secret) {
        message = `${where} must be a list: write [${quote(value)}]`;
      } else if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') && !secret) {
        message = `${where} must be a string: write "${String(value)}" in quotes`;
      } else {
        message = `${where} must be ${typeNames[expected] ?? expected}, not ${typeOf(value)}`;
      }
      break;
    }
    case 'pattern':
    case 'format':
    case 'maxLength':
    case 'minLength': {
      if (error.propertyName !== undefined) {
        // From propertyNames: the name is the problem, and it is not repeated (it is long).
        message = `${where} has a name of ${codePoints(error.propertyName)} characters; at most ${String(params.limit)} are accepted: shorten it`;
        break;
      }
      // A URL that breaks several constraints gets one message.
      const first = siblingsAt(error.instancePath).find(
        (other) => other.propertyName === undefined && ['pattern', 'format', 'maxLength', 'minLength'].includes(other.keyword),
      );
      if (first !== error) return undefined;
      if (field?.schema === 'HttpsUrl') message = urlMessage(pointer, value, words);
      else if (keyword === 'maxLength') message = `${where} is ${typeof value === 'string' ? codePoints(value) : 'too many'} characters long; at most ${String(params.limit)} are accepted: shorten it`;
      else if (field?.schema === 'UserId') message = `${where} is ${quote(value)}, which is not a user ID: user IDs are GUIDs such as "5d0b9a3e-1c47-4e8f-b2a6-9f30c8d71e25" (GET /v2.1/accounts/{accountId}/users lists them)`;
      else if (pattern === '/name') message = `${where} must contain a visible character: give the configuration a name`;
      else if (keyword === 'minLength') message = `${where} is empty: give it a value, or leave it out`;
      else if (secret) message = `${where} is not in the expected form`;
      else message = `${where} is ${quote(value)}, which ${error.message ?? 'is not allowed'}`;
      break;
    }
    case 'minItems':
      message = pattern === '/userIds'
        ? `${where} is empty: list at least one user ID, or set allUsers to "true"`
        : `${where} is empty: list at least one item, or leave it out where that is allowed`;
      break;
    case 'maxItems': {
      const count = Array.isArray(value) ? value.length : 0;
      const limit = String(params.limit);
      if (fields[`${pattern}/*`]?.enum !== undefined) {
        // Past the number of allowed values, a list holds a repeat or a value that is not allowed.
        const repeats = Array.isArray(value) && new Set(value.map((item) => JSON.stringify(item))).size < value.length;
        message = repeats
          ? `${where} lists ${count} items, but each of its ${limit} allowed values may appear only once: remove the repeats`
          : `${where} lists ${count} items, but only ${limit} values are allowed: remove the ones that are not among them`;
      } else if (pattern === '/userIds') {
        message = `${where} lists ${count} users; at most ${limit} are accepted: to cover (nearly) every user, set allUsers to "true" instead (with allUsersExcept "true", userIds lists the users to leave out)`;
      } else {
        message = `${where} lists ${count} items; at most ${limit} are accepted`;
      }
      break;
    }
    case 'maxProperties': {
      const count = value !== null && typeof value === 'object' ? Object.keys(value).length : 0;
      message = `${where} has ${count} entries; at most ${String(params.limit)} are accepted`;
      break;
    }
    case 'uniqueItems': {
      const list = Array.isArray(value) ? value : [];
      const second = Number(params.i);
      message = `${where} lists ${quote(list[second])} twice: list each item once`;
      break;
    }
    default:
      message = `${where} ${error.message ?? `breaks ${keyword}`}`;
  }
  return { pointer: words.pointer(pointer), rule: ruleOf(error, pattern, field), keyword, message };
}

/** Warnings about a configuration that is valid but probably not what the caller meant. */
function warningsFor(configuration: unknown): ConfigurationWarning[] {
  if (configuration === null || typeof configuration !== 'object' || Array.isArray(configuration)) return [];
  const config = configuration as Record<string, unknown>;
  const warnings: ConfigurationWarning[] = [];
  if (config.allowEnvelopePublish !== 'true') {
    warnings.push({
      pointer: '/allowEnvelopePublish',
      rule: 'created-disabled',
      message: 'allowEnvelopePublish is not "true", so the configuration will be created switched off and deliver nothing: set it to "true" unless you mean to switch it on later',
    });
  }
  const json = isJson(config);
  if (config.deliveryMode === 'SIM' && !json) {
    warnings.push({
      pointer: '/deliveryMode',
      rule: 'deprecated-model',
      message: 'this is the legacy XML SIM model, which DocuSign is retiring: prefer JSON SIM (eventData.version "restv2.1" with events), which jsonSim() builds',
    });
  }
  if (!('enableLog' in config) || config.enableLog === undefined) {
    warnings.push({
      pointer: '/enableLog',
      rule: 'logging-unset',
      message: 'enableLog is not set, so failed deliveries to a new listener will not show in the Connect logs: set it to "true" while you set the listener up (an account keeps at most 100 active logs)',
    });
  }
  if (config.pausePublish === 'true') {
    warnings.push({
      pointer: '/pausePublish',
      rule: 'paused',
      message: 'pausePublish is "true", so events are skipped until the configuration is unpaused',
    });
  }
  if (json && 'format' in (config.eventData as Record<string, unknown>)) {
    warnings.push({
      pointer: '/eventData/format',
      rule: 'deprecated-field',
      message: 'eventData.format is deprecated and reserved by DocuSign: leave it out',
    });
  }
  return warnings;
}

/**
 * Checks a configuration against every rule in openapi.yaml and reports all problems at once,
 * each with a JSON pointer, the rule, and a message that says how to fix it; plus warnings that
 * do not block. Read-only properties count as problems, as they do at the server. The value is
 * checked as JSON would write it, and anything that cannot be written is a problem: it never throws.
 */
export function validateConfiguration(configuration: unknown): ValidationReport {
  // What is checked is what createConfiguration would send: the value's JSON text, read back.
  // So getters, toJSON methods, Dates and boxed strings count as what they become on the wire,
  // and a value that cannot be written (a cycle, a BigInt, a getter or Proxy that throws) is a
  // problem to report rather than an exception for the caller.
  let plain: unknown;
  try {
    const text = JSON.stringify(configuration);
    if (text === undefined) return notAnObject(configuration);
    plain = JSON.parse(text);
    // The secrets of the value given as well as of its JSON, as the client takes them: a toJSON
    // method may hide a secret field from the JSON while the secret sits elsewhere too.
    return validateSerialized(plain, [...secretsIn(configuration), ...secretsIn(plain)]);
  } catch (cause) {
    return { valid: false, problems: [unwritable(cause)], warnings: [] };
  }
}

/**
 * validateConfiguration for a value that is already the JSON a request carries (the client has
 * written and read it back to send it), with the secrets whose values messages must not show.
 * Not part of the public surface.
 */
export function validateSerialized(plain: unknown, secrets: readonly string[]): ValidationReport {
  let valid: boolean;
  try {
    // A guard only: every uniqueItems list is of strings, which the compiled check compares
    // by lookup without recursing into them (src/validate-bounds.test.ts keeps it so), but
    // nesting just shallow enough for JSON must never become an exception for the caller.
    valid = validateConnectConfiguration(plain);
  } catch (cause) {
    return { valid: false, problems: [unwritable(cause)], warnings: [] };
  }
  const errors = valid ? [] : [...(validateConnectConfiguration.errors ?? [])];
  // Findings by place, so that each finding looks up its neighbours without a scan of all of
  // them: a list of thousands of wrong items would otherwise take quadratic time. A place with
  // one finding (nearly all of them) holds it alone: an array for each would be thousands more
  // objects kept alive for the whole report, which the garbage collector then copies around.
  const byPath = new Map<string, ErrorObject | ErrorObject[]>();
  for (const error of errors) {
    const held = byPath.get(error.instancePath);
    if (held === undefined) byPath.set(error.instancePath, error);
    else if (Array.isArray(held)) held.push(error);
    else byPath.set(error.instancePath, [held, error]);
  }
  const siblingsAt = (instancePath: string): readonly ErrorObject[] => {
    const held = byPath.get(instancePath);
    return held === undefined ? [] : Array.isArray(held) ? held : [held];
  };
  // Made on the first finding: a valid configuration never quotes anything.
  let words: Words | undefined;
  const problems: ConfigurationProblem[] = [];
  // The messages given so far at each pointer, to drop a repeat. Keyed by the pointer alone (a
  // key joined with the message would be a new string per finding); a pointer has at most a few
  // messages, one per keyword of its schema.
  const given = new Map<string, string | string[]>();
  for (const error of errors) {
    words ??= wordsFor(secrets);
    const problem = toProblem(error, plain, siblingsAt, words);
    if (problem === undefined) continue;
    const before = given.get(problem.pointer);
    if (before === undefined) given.set(problem.pointer, problem.message);
    else if (before === problem.message || (Array.isArray(before) && before.includes(problem.message))) continue;
    else if (Array.isArray(before)) before.push(problem.message);
    else given.set(problem.pointer, [before, problem.message]);
    problems.push(problem);
  }
  if (!valid && problems.length === 0) {
    // Never report "invalid" without a reason, whatever the validator said.
    problems.push({ pointer: '', rule: 'ConnectConfiguration', keyword: 'schema', message: 'the configuration does not match openapi.yaml' });
  }
  return { valid, problems, warnings: warningsFor(plain) };
}

/** The report for a value that JSON has no text for at all: undefined, a function, a symbol. */
function notAnObject(value: unknown): ValidationReport {
  return {
    valid: false,
    problems: [{ pointer: '', rule: 'ConnectConfiguration: type', keyword: 'type', message: rootTypeMessage(value) }],
    warnings: [],
  };
}

/**
 * The problem for a value JSON.stringify refused. The engine's own message is not repeated: it
 * can quote property names of any length, and a getter's error says whatever its author wrote.
 */
function unwritable(cause: unknown): ConfigurationProblem {
  // Told apart by the engine's own wording, so that a getter's error is never taken for one of these.
  const reason = cause instanceof Error ? cause.message : '';
  const why =
    cause instanceof RangeError && /call stack/i.test(reason)
      ? 'it is nested too deeply'
      : cause instanceof TypeError && /^Converting circular structure/.test(reason)
        ? 'it contains itself (a cycle)'
        : cause instanceof TypeError && /serialize a BigInt/.test(reason)
          ? 'it holds a BigInt value'
          : 'reading it threw an error (a getter, a toJSON method or a Proxy)';
  return {
    pointer: '',
    rule: 'JSON',
    keyword: 'json',
    message: `the configuration cannot be written as JSON, since ${why}: pass plain data (objects, lists, strings, numbers, booleans and null)`,
  };
}
