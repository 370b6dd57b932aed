// The path to a first call, as a section of each reference: install the
// client, start the sandbox (or use a real account), authenticate, call, and
// handle the first error. In the local flavour every block calls the sandbox
// with its demo credentials and runs as shown (test/samples-run.test.ts runs
// them); in the published one they call production with placeholders.
import { apiOf } from '@chatapi/specs/catalogue';

/**
 * What differs per API: its first call and a call that fails. The client and its credentials are the code
 * samples' own (`sampleClient` in tools/code-samples), so the guide and the samples cannot disagree.
 */
const FIRST_CALLS = {
  nexudus: {
    curlHeaders: [],
    curlPath: '/api/support/chatrooms?page=1',
    call: 'const page = await nexudus.chatRooms.list({ page: 1 });\nconsole.log(page.TotalItems, page.Records.map((room) => room.Name));',
    failing: 'await nexudus.chatRooms.get(424242)',
    credentials:
      'A username and password: the client exchanges them for a bearer token on the first call and renews it (`{ basic: { username, password } }` sends HTTP Basic instead, `{ token }` a token you have).',
    sandboxCredentials: 'On the sandbox, `admin@example.com` with the password `sandbox` is a full administrator.',
  },
  popsell: {
    curlHeaders: ["-H 'X-Popsell-Brand: 3'"],
    curlPath: '/chat/chatrooms/8',
    call: 'const room = await popsell.chatrooms.get(8);\nconsole.log(room.id_chatroom, room.status);',
    failing: 'await popsell.chatrooms.get(424242)',
    credentials:
      'A bearer token, or an api key that the client exchanges for one at `POST /auth/token` (`{ apiKey, domain }`); every call names its brand in `X-Popsell-Brand`.',
    sandboxCredentials:
      'On the sandbox, the token `sandbox-token` acts for brand 3 (`sandbox-api-key` is its api key).',
  },
};

/**
 * The "Getting started" section of an API's reference, calling what `client` (the code samples' `sampleClient`)
 * calls: production in the published flavour, the sandbox in the local one (`sandbox`).
 */
export function gettingStartedSection(api, client, { sandbox = false } = {}) {
  const { clientPackage, clientFactory, defaultPort } = apiOf(api);
  const first = FIRST_CALLS[api];
  const variable = api;
  const where = sandbox
    ? `These blocks call the sandbox that \`pnpm start\` runs on port ${defaultPort}, with its demo credentials: paste them as they are.`
    : `These blocks call production with placeholders. Against the sandbox, give the client \`baseUrl\` (see step 2) and the sandbox's credentials; the docs that \`pnpm start\` serves show every sample that way.`;
  return [
    '## Getting started',
    '',
    where,
    '',
    `**1. Install the client** (Node 20.19 or later, or a browser with \`fetch\`):`,
    '',
    '```sh',
    `npm install ${clientPackage}`,
    '```',
    '',
    `**2. Start the sandbox, or use a real account.** The sandbox is a stateful stand-in for the API with demo data, from this project's repository: \`pnpm start\` runs Nexudus on http://127.0.0.1:4010, Popsell on http://127.0.0.1:4011/api/v2 and these docs on http://127.0.0.1:8080, and prints the demo credentials. ${first.sandboxCredentials}`,
    '',
    `**3. Authenticate.** ${first.credentials} See "How to authenticate" below.`,
    '',
    '**4. Make the first call**, with curl:',
    '',
    '```sh',
    [`curl -sS '${client.serverUrl}${first.curlPath}'`, client.curlCredentials, ...first.curlHeaders].join(' \\\n  '),
    '```',
    '',
    '**5. Handle the first error.** Helpers throw typed errors (see "Errors" below); here, with the client:',
    '',
    '```ts',
    `import { ${clientFactory}, NotFoundError } from '${clientPackage}';`,
    '',
    `const ${variable} = ${client.creation};`,
    '',
    first.call,
    '',
    'try {',
    `  ${first.failing};`,
    '} catch (error) {',
    '  if (!(error instanceof NotFoundError)) throw error;',
    '  console.log(error.status, error.message);',
    '}',
    '```',
    '',
  ].join('\n');
}
