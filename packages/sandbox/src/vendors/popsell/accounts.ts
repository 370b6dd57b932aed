// The sandbox's Popsell credentials, published in the README: fixed API
// tokens, api keys that POST /auth/token exchanges, and the brands each may
// act for. Tokens it issues live in the state, so they survive a restart
// with a data file.
import type { IssuedToken } from './records.js';

export interface PopsellClient {
  token: string;
  brands: number[];
  /** Set on a brand user's token (POST /auth/brand) and on a guest's. */
  id_ambassador?: number;
}

export const POPSELL_TOKENS: PopsellClient[] = [
  { token: 'sandbox-token', brands: [3] },
  { token: 'sandbox-token-brand-5', brands: [5] },
  { token: 'sandbox-guest-token', brands: [3], id_ambassador: 45 },
];

export const POPSELL_API_KEYS: { apiKey: string; brands: number[] }[] = [
  { apiKey: 'sandbox-api-key', brands: [3] },
  { apiKey: 'sandbox-api-key-brand-5', brands: [5] },
];

export function authenticate(
  authorization: string | undefined,
  schemes: Set<string>,
  issued: { get(token: string): IssuedToken | undefined },
): PopsellClient | null {
  if (!schemes.has('popsellBearer')) return null;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const fixed = POPSELL_TOKENS.find((client) => client.token === token);
  if (fixed) return fixed;
  const found = issued.get(token);
  return found ? { token, ...found } : null;
}
