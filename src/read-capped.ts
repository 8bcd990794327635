// Reading a body within a byte limit, so that memory stays bounded whatever comes back or is posted.

/** An answer longer than maxResponseBytes; reading stopped at the limit. */
export class ResponseTooLarge extends Error {
  constructor(
    readonly response: Response,
    readonly limit: number,
    /** The bytes read before stopping, for the excerpt. */
    readonly start: Uint8Array,
  ) {
    super(`the answer is larger than ${limit} bytes`);
  }
}

/**
 * Reads an answer's body, stopping once it passes `limit` bytes. The stream is cancelled at the
 * limit, which closes the connection instead of downloading the rest.
 */
export async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const read = await readBodyCapped(response, limit);
  if (!read.complete) throw new ResponseTooLarge(response, limit, read.start);
  return read.bytes;
}

/** A body read within a limit: all of it, or the first bytes (at most 4 kB) of one past the limit. */
export type CappedBody = { complete: true; bytes: Uint8Array } | { complete: false; start: Uint8Array };

/**
 * Reads the body of an answer or a request (the client's answers, a listener's deliveries),
 * refusing up front when Content-Length already passes `limit` and otherwise counting bytes as
 * they come, cancelling the stream once past the limit.
 */
export async function readBodyCapped(message: { body: ReadableStream<Uint8Array> | null; headers: Headers }, limit: number): Promise<CappedBody> {
  if (message.body === null) return { complete: true, bytes: new Uint8Array() };
  const declared = Number(message.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await message.body.cancel().catch(() => undefined);
    return { complete: false, start: new Uint8Array() };
  }
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { complete: false, start: concat(chunks, Math.min(size, 4096)) };
    }
  }
  return { complete: true, bytes: chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : concat(chunks, size) };
}

/** The first `size` bytes of the chunks, in one array. */
function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= size) break;
    const part = chunk.subarray(0, size - offset);
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
