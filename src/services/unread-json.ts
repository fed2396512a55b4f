import { DomainError } from './errors';

/**
 * A request body its transport handed on without joining or parsing it. Parsing a file-sized body (a 10 MB
 * import) and copying the result to another thread would stop the thread that answers every screen for a
 * tenth of a second or more; its bytes instead move to the import's own thread untouched, which reads
 * them there.
 * Any other method that receives one has it read by the router, as the transport would have.
 */
export class UnreadJson {
  /** The body as the chunks it arrived in: joining 10 MB into one buffer alone takes tens of milliseconds. */
  constructor(readonly chunks: readonly Uint8Array[]) {}
}

/** The body's value, or the same refusal the transport gives a body that is not JSON. */
export function readJson(chunks: readonly Uint8Array[]): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(Buffer.concat(chunks)));
  } catch (error) {
    throw new DomainError('invalid-input', `The request could not be read: ${(error as Error).message}`, {
      reason: 'malformed',
    });
  }
}

/** Bytes that own their whole buffer, so that the buffer can be moved to another thread without a copy. */
export function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
