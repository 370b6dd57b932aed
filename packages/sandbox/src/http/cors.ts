// Browsers on another origin. A browser app on localhost:5173 calling the
// sandbox on 127.0.0.1:4010 first asks with a preflight (OPTIONS), then reads
// an answer only if it carries Access-Control-Allow-Origin. The sandbox allows
// any loopback origin by default, as a local test backend should, and exactly
// the origins given otherwise (`--cors-origin`).

/** `*` for any origin, or the origins (`http://localhost:5173`) allowed; loopback ones by default. */
export type CorsOrigins = '*' | string[];

const LOOPBACK = /^https?:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/i;

export interface CorsPolicy {
  /** The headers that let a browser at `origin` read an answer; none when the origin is not allowed. */
  answerHeaders(origin: string | undefined): Record<string, string> | undefined;
  /** The headers of a preflight's answer, or undefined when the origin is not allowed. */
  preflightHeaders(
    origin: string,
    methods: string[],
    requestedHeaders: string | undefined,
    privateNetwork: boolean,
  ): Record<string, string> | undefined;
}

/**
 * @param exposed the answer headers a client reads (Retry-After and the like):
 *   browsers hide all but a few from scripts unless they are listed.
 */
export function corsPolicy(origins: CorsOrigins | undefined, exposed: string[]): CorsPolicy {
  const listed = origins === undefined || origins === '*' ? undefined : new Set(origins.map(normalize));
  const allows = (origin: string) =>
    origins === '*' ? true : listed ? listed.has(normalize(origin)) : LOOPBACK.test(origin);
  const exposeHeaders = [...new Set(exposed.map((name) => name.toLowerCase()))].sort().join(', ');
  const answerHeaders = (origin: string | undefined) =>
    origin !== undefined && allows(origin)
      ? {
          // The origin itself, not `*`: a browser sending credentials accepts no wildcard.
          'access-control-allow-origin': origin,
          'access-control-allow-credentials': 'true',
          'access-control-expose-headers': exposeHeaders,
          vary: 'Origin',
        }
      : undefined;
  return {
    answerHeaders,
    preflightHeaders(origin, methods, requestedHeaders, privateNetwork) {
      const allowed = answerHeaders(origin);
      if (!allowed) return undefined;
      return {
        ...allowed,
        'access-control-allow-methods': methods.join(', '),
        // Whatever the page asks to send: the operation's own validation judges the headers.
        ...(requestedHeaders ? { 'access-control-allow-headers': requestedHeaders } : {}),
        ...(privateNetwork ? { 'access-control-allow-private-network': 'true' } : {}),
        'access-control-max-age': '600',
        vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      };
    },
  };
}

const normalize = (origin: string) => origin.replace(/\/+$/, '').toLowerCase();
