// DocuSign Connect's message signature: base64 of HMAC-SHA256 over the exact body bytes, keyed
// with the UTF-8 bytes of the secret as the account shows it. The secret looks like base64 and
// DocuSign's own samples never decode it, so neither does this.
import { createHmac } from 'node:crypto';

/** The raw bytes of a delivered message, as a listener receives them. */
export type ConnectMessageBody = string | Uint8Array;

/** The base64 HMAC-SHA256 signature DocuSign puts in `X-DocuSign-Signature-N` for this body and key. */
export function computeConnectSignature(body: ConnectMessageBody, hmacKey: string): string {
  return createHmac('sha256', hmacKey).update(body).digest('base64');
}
