import type { ApiName } from '@chatapi/specs/catalogue';

/**
 * A copy of `bundle` with `x-codeSamples` (curl and TypeScript) on every operation: calling the spec's server
 * with placeholders for the secrets, or, with `sandboxUrl`, that sandbox with its demo credentials.
 */
export function withCodeSamples<Doc>(
  bundle: Doc,
  dereferenced: unknown,
  api: ApiName,
  options?: { sandboxUrl?: string },
): Doc;

/** How one API's samples call it in one flavour: the server, and the client and curl credentials as shown. */
export function sampleClient(
  api: ApiName,
  dereferenced: unknown,
  flavour?: { sandboxUrl?: string },
): { serverUrl: string; creation: string; curlCredentials: string; package: string; factory: string };
