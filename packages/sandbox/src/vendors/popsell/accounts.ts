// The sandbox's Popsell API tokens, published in the README, and the brands
// each may act for.
export interface PopsellClient {
  token: string;
  brands: number[];
}

export const POPSELL_TOKENS: PopsellClient[] = [
  { token: 'sandbox-token', brands: [3] },
  { token: 'sandbox-token-brand-5', brands: [5] },
];

export function authenticate(authorization: string | undefined, schemes: Set<string>): PopsellClient | null {
  if (!schemes.has('popsellBearer')) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return (match && POPSELL_TOKENS.find((client) => client.token === match[1])) || null;
}
