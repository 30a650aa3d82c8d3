import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** OWASP's scrypt minimum: N = 2^17, r = 8, p = 1 (128 MiB per hash). */
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Keys a digest with the server's pepper (AccountStore.mac): HMAC-SHA256, base64url. */
export type Mac = (value: Buffer) => string;

/**
 * `scrypt-hmac$N$r$p$salt$mac`: the scrypt key of the password, keyed once more with the server's
 * pepper (HMAC-SHA256), so a stored hash is useless without the pepper, which is kept apart from
 * it. Parameters stay in the text so they can be raised later without breaking old hashes.
 */
export async function hashPassword(password: string, mac: Mac): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt-hmac', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), mac(key)].join('$');
}

/**
 * The peppered form of a legacy `scrypt$N$r$p$salt$key` hash (as the graph stored them): the same
 * password keeps working, and the legacy text is no longer kept anywhere.
 */
export function pepperLegacyHash(legacy: string, mac: Mac): string | null {
  const [kind, n, r, p, salt, hash] = legacy.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return null;
  return ['scrypt-hmac', n, r, p, salt, mac(Buffer.from(hash, 'base64url'))].join('$');
}

export async function verifyPassword(password: string, stored: string, mac: Mac): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt-hmac' || !salt || !hash) return false;
  const expected = Buffer.from(hash);
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  const given = Buffer.from(mac(key));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A password to hand out once: 18 random bytes, base64url (24 characters). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
