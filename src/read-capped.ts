// Reading an answer's body within a byte limit, so that memory stays bounded whatever comes back.

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
  if (response.body === null) return new Uint8Array();
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body.cancel().catch(() => undefined);
    throw new ResponseTooLarge(response, limit, new Uint8Array());
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge(response, limit, concat(chunks, Math.min(size, 4096)));
    }
  }
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : concat(chunks, size);
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
