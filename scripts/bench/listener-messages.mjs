// @ts-check
// The Connect messages the listener benchmark delivers, and the check a careful engineer writes
// by hand instead of the listener kit: HMAC over the raw bytes, a constant-time compare, JSON.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The secret every benchmark message is signed with, in the form Connect Keys shows. */
export const HMAC_KEY = 'YmVuY2gtY29ubmVjdC1rZXktMDEyMzQ1Njc4OWFiY2Q=';

const ACCOUNT = '0d9d9a2f-6b31-4b4b-9e2b-7d1c6a0f5e11';
const ENVELOPE = '93be49ab-9f2e-4f1a-8c1d-2b7e5a6c4d10';

/**
 * An `envelope-completed` message with an envelopeSummary, about 2 kB; `pdfBytes` adds one
 * document of that many base64 characters (includeData: documents), as large messages carry.
 * `serial` makes each message a new delivery (it is part of generatedDateTime).
 * @param {{ pdfBytes?: number, serial?: number }} [options]
 */
export function connectMessage({ pdfBytes = 0, serial = 0 } = {}) {
  const at = `2026-01-13T07:${String(Math.floor(serial / 60) % 60).padStart(2, '0')}:${String(serial % 60).padStart(2, '0')}.${String(serial).padStart(7, '0').slice(-7)}Z`;
  const summary = {
    envelopeId: ENVELOPE,
    status: 'completed',
    emailSubject: 'Please sign the services agreement for the next quarter',
    emailBlurb: 'Hello, the agreement we discussed is attached. Thank you for signing it by Friday.',
    sender: { userName: 'Ada Lovelace', userId: 'a4e2c1b0-1111-4c3d-8e9f-0a1b2c3d4e5f', accountId: ACCOUNT, email: 'ada@example.com' },
    createdDateTime: '2026-01-13T07:00:01.1234567Z',
    sentDateTime: '2026-01-13T07:00:02.1234567Z',
    deliveredDateTime: '2026-01-13T07:05:02.1234567Z',
    completedDateTime: at,
    statusChangedDateTime: at,
    envelopeUri: `/envelopes/${ENVELOPE}`,
    documentsUri: `/envelopes/${ENVELOPE}/documents`,
    recipientsUri: `/envelopes/${ENVELOPE}/recipients`,
    customFieldsUri: `/envelopes/${ENVELOPE}/custom_fields`,
    certificateUri: `/envelopes/${ENVELOPE}/documents/certificate`,
    recipients: {
      signers: [1, 2].map((n) => ({
        recipientId: String(n),
        recipientIdGuid: `5c8e2d1a-${n}000-4b7f-9c05-1e8d2a7b6f34`,
        name: n === 1 ? 'Grace Hopper' : 'Katherine Johnson',
        email: n === 1 ? 'grace@example.com' : 'katherine@example.com',
        status: 'completed',
        routingOrder: String(n),
        signedDateTime: at,
        deliveredDateTime: '2026-01-13T07:05:02.1234567Z',
      })),
    },
    ...(pdfBytes > 0
      ? { envelopeDocuments: [{ documentId: '1', documentIdGuid: 'd0c5e7a1-2222-4b7f-9c05-1e8d2a7b6f34', name: 'agreement.pdf', type: 'content', order: '1', PDFBytes: 'JVBERi0xLjQK'.padEnd(pdfBytes, 'QUJD') }] }
      : {}),
  };
  return JSON.stringify({
    event: 'envelope-completed',
    apiVersion: 'v2.1',
    uri: `/restapi/v2.1/accounts/${ACCOUNT}/envelopes/${ENVELOPE}`,
    retryCount: 0,
    configurationId: 22028153,
    generatedDateTime: at,
    data: { accountId: ACCOUNT, userId: 'a4e2c1b0-1111-4c3d-8e9f-0a1b2c3d4e5f', envelopeId: ENVELOPE, envelopeSummary: summary },
  });
}

/**
 * The signature header DocuSign would send for `body`.
 * @param {string | Uint8Array} body
 */
export function signature(body) {
  return createHmac('sha256', HMAC_KEY).update(body).digest('base64');
}

/**
 * The hand-written check: HMAC-SHA256 of the raw bytes, timingSafeEqual against the header's
 * bytes (lengths compared first, as timingSafeEqual requires), then JSON.parse. Returns the
 * parsed message, or undefined when the signature does not match.
 * @param {Buffer} body
 * @param {string | undefined} header
 */
export function handWrittenVerify(body, header) {
  const expected = createHmac('sha256', HMAC_KEY).update(body).digest();
  const given = Buffer.from(header ?? '', 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return JSON.parse(body.toString('utf8'));
}
