/**
 * Password hashing with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane), through the
 * prebuilt `@node-rs/argon2` binding. The PHC string stores its own salt and parameters, so
 * stronger parameters later still verify older hashes.
 */
import { hash, verify } from "@node-rs/argon2";

// The package's default algorithm is argon2id; a unit test pins it.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never signs anyone in.
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification. Called when the account is unknown or has no
 * password, so that the response time does not tell which emails have an account.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hash(`decoy-${Math.random()}`, OPTIONS);
  await verifyPassword(await decoyHash, password);
  return false;
}
