import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost (N), block size (r) and parallelism (p); memory is about 128 × N × r bytes. */
export interface PinHashing {
  cost: number;
  blockSize: number;
  parallelism: number;
}

/**
 * 32 MiB of memory per hash (twice libsodium's "interactive" level), which answers a PIN in well under a
 * second on a kiosk's mini-PC. A PIN has few digits: what protects it is the lock-out; the hash only keeps
 * a copied data file from giving the PIN away cheaply. The cost is stored with each hash, so a later
 * version can raise it (the PIN is hashed again at the next unlock).
 */
export const PIN_HASHING: PinHashing = { cost: 2 ** 15, blockSize: 8, parallelism: 1 };

export const PIN_KEY_BYTES = 32;
const SALT_BYTES = 16;

export interface PinHash extends PinHashing {
  hash: Buffer;
  salt: Buffer;
}

function derive(pin: string, salt: Buffer, params: PinHashing): Promise<Buffer> {
  // Node refuses more than 32 MiB unless told; allow what these parameters need, with room to spare.
  const maxmem = 256 * params.cost * params.blockSize * params.parallelism + 16 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(
      pin,
      salt,
      PIN_KEY_BYTES,
      { N: params.cost, r: params.blockSize, p: params.parallelism, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** A fresh salt and the PIN's scrypt hash (off the main thread: other screens keep being answered). */
export async function hashPin(pin: string, params: PinHashing = PIN_HASHING): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES);
  return { ...params, salt, hash: await derive(pin, salt, params) };
}

/** Whether `pin` hashes to `stored`, compared in constant time. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const key = await derive(pin, stored.salt, stored);
  return key.length === stored.hash.length && timingSafeEqual(key, stored.hash);
}

/** Whether a hash was made with less than `params` asks for, so it should be made again. */
export function isWeakerThan(stored: PinHashing, params: PinHashing): boolean {
  return (
    stored.cost * stored.blockSize * stored.parallelism < params.cost * params.blockSize * params.parallelism
  );
}
