// The sandbox's Nexudus users, published in the README, and how a request
// proves it is one of them: a bearer token from POST /api/token, or Basic.
import { timingSafeEqual } from 'node:crypto';
import type { IssuedToken } from './records.js';

export interface NexudusUser {
  email: string;
  password: string;
  /** A full unrestricted administrator: every role. */
  administrator: boolean;
  roles: string[];
  /** The one-time code this user must add, as if two-factor authentication were on. */
  totp?: string;
}

export const SANDBOX_PASSWORD = 'sandbox';

export const NEXUDUS_USERS: NexudusUser[] = [
  { email: 'admin@example.com', password: SANDBOX_PASSWORD, administrator: true, roles: [] },
  {
    email: 'agent@example.com',
    password: SANDBOX_PASSWORD,
    administrator: false,
    roles: [
      'ChatRoom-List',
      'ChatRoom-Read',
      'ChatRoom-Create',
      'ChatRoom-Edit',
      'ChatUserMessage-List',
      'ChatUserMessage-Read',
      'ChatUserMessage-Create',
      'ChatUserMessage-Edit',
    ],
  },
  {
    email: 'viewer@example.com',
    password: SANDBOX_PASSWORD,
    administrator: false,
    roles: ['ChatRoom-List', 'ChatRoom-Read', 'ChatUserMessage-List', 'ChatUserMessage-Read'],
  },
  { email: 'norole@example.com', password: SANDBOX_PASSWORD, administrator: false, roles: [] },
  { email: 'twofactor@example.com', password: SANDBOX_PASSWORD, administrator: true, roles: [], totp: '123456' },
];

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export function findUser(email: string): NexudusUser | undefined {
  return NEXUDUS_USERS.find((user) => user.email.toLowerCase() === email.toLowerCase());
}

export function checkPassword(email: string, password: string): NexudusUser | undefined {
  const user = findUser(email);
  return user && sameText(user.password, password) ? user : undefined;
}

const BEARER_SCHEMES = ['nexudusOAuth', 'bearerAuth'];

// The users are fixed, so what a Basic credential proves never changes: clients send the same
// header on every request, and decoding and comparing it each time costs more than the read it guards.
// Keyed by the whole Authorization header.
const basicHeaders = new Map<string, NexudusUser | null>();
const MOST_BASIC_HEADERS = 256;

function basicUser(header: string, credentials: string): NexudusUser | null {
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const checked = colon < 0 ? null : (checkPassword(decoded.slice(0, colon), decoded.slice(colon + 1)) ?? null);
  // Basic carries no one-time code, so it cannot sign in a user who needs one (quirk N36).
  const user = checked?.totp ? null : checked;
  if (basicHeaders.size >= MOST_BASIC_HEADERS) basicHeaders.clear();
  basicHeaders.set(header, user);
  return user;
}

export function authenticate(
  authorization: string | undefined,
  schemes: Set<string>,
  tokens: { get(token: string): Pick<IssuedToken, 'email' | 'kind' | 'expiresAt'> | undefined },
  now = Date.now(),
): NexudusUser | null {
  const known = authorization === undefined ? undefined : basicHeaders.get(authorization);
  if (known !== undefined && schemes.has('basicAuth')) return known;
  const match = /^(\w+)\s+(\S+)\s*$/.exec(authorization ?? '');
  if (!match) return null;
  const [, scheme, credentials] = match as unknown as [string, string, string];
  if (scheme.toLowerCase() === 'bearer' && BEARER_SCHEMES.some((name) => schemes.has(name))) {
    const token = tokens.get(credentials);
    return token?.kind === 'access' && token.expiresAt > now ? (findUser(token.email) ?? null) : null;
  }
  if (scheme.toLowerCase() === 'basic' && schemes.has('basicAuth')) return basicUser(authorization!, credentials);
  return null;
}

export const hasRoles = (user: NexudusUser, roles: string[]) =>
  user.administrator || roles.every((role) => user.roles.includes(role));
