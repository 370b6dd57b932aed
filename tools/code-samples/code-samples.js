// Code samples for every operation, made from the spec: a curl command and a
// TypeScript call through our client. The TypeScript calls the helper that
// `x-client-helper` names, so the docs show exactly what the generated client
// offers; the docs tests type-check every sample against the built clients.
import { apiOf, operationsOf } from '@chatapi/specs/catalogue';
import { clientHelpersOf } from '@chatapi/specs/client-helpers';

/**
 * How each API's samples create their client and authenticate, beside the catalogue's package and factory, in
 * each flavour of the docs: `published` calls production with placeholders for the secrets; `sandbox` calls
 * the local sandbox (`pnpm start`) with its demo credentials, so every sample runs as shown.
 */
const CLIENT_SETUP = {
  nexudus: {
    variable: 'nexudus',
    published: { password: 'YOUR_PASSWORD', secrets: { password: 'YOUR_PASSWORD' } },
    sandbox: { password: 'sandbox', secrets: {} },
    create: ({ password, baseUrl }) =>
      `createNexudusClient({ ${baseUrl ? `baseUrl: '${baseUrl}', ` : ''}auth: { username: 'admin@example.com', password: '${password}' } })`,
    createAnonymous: ({ baseUrl }) => `createNexudusClient(${baseUrl ? `{ baseUrl: '${baseUrl}' }` : ''})`,
    curlAuth: ({ password }) => ['-u', `'admin@example.com:${password}'`],
    serverVariables: {},
    headerValues: {},
  },
  popsell: {
    variable: 'popsell',
    published: { token: 'YOUR_TOKEN', secrets: { api_key: 'YOUR_API_KEY', user_api_key: 'YOUR_API_KEY' } },
    sandbox: { token: 'sandbox-token', secrets: {} },
    create: ({ token, baseUrl }) =>
      `createPopsellClient({ ${baseUrl ? `baseUrl: '${baseUrl}'` : "domain: 'shop.example.org'"}, brand: 3, auth: { token: '${token}' } })`,
    createAnonymous: ({ baseUrl }) =>
      `createPopsellClient({ ${baseUrl ? `baseUrl: '${baseUrl}'` : "domain: 'shop.example.org'"}, brand: 3 })`,
    curlAuth: ({ token }) => ['-H', `'Authorization: Bearer ${token}'`],
    // A client built on a baseUrl knows no installation: a call that must send X-Popsell-Domain names it.
    callOptions: ({ baseUrl }, parameters) =>
      baseUrl && parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'X-Popsell-Domain')
        ? "{ domain: 'shop.example.org' }"
        : undefined,
    serverVariables: { domain: 'shop.example.org' },
    // The installation the samples call is the one they name: the header's own example is another domain.
    headerValues: { 'X-Popsell-Domain': 'shop.example.org' },
  },
};

/**
 * The example a media type or parameter shows first: its `example`, or the first of its `examples`, which is
 * the one Redoc's example picker opens on, so the samples and the picker agree. `published`: an example that
 * works only on the sandbox gives its `x-published-value` instead.
 */
function exampleOf(node, { published = false } = {}) {
  if (!node) return undefined;
  if (node.example !== undefined) return node.example;
  const [first] = Object.values(node.examples ?? {}).map((example) => {
    if (!example || typeof example !== 'object' || !('value' in example)) return example;
    return published && example['x-published-value'] !== undefined ? example['x-published-value'] : example.value;
  });
  return first ?? node.schema?.examples?.[0];
}

/** A body with the flavour's placeholders for its secrets. */
const withoutSecrets = (body, secrets) =>
  body && typeof body === 'object' && !Array.isArray(body)
    ? Object.fromEntries(Object.entries(body).map(([name, value]) => [name, secrets[name] ?? value]))
    : body;

const quote = (text) => `'${String(text).replace(/'/g, "'\\''")}'`;

/** A value as TypeScript source: objects one key a line, short arrays of scalars on one line. */
function literal(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object'))
      return `[${value.map((item) => literal(item)).join(', ')}]`;
    return `[\n${value.map((item) => `${indent}  ${literal(item, `${indent}  `)}`).join(',\n')},\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
    return `{\n${entries.map(([name, item]) => `${indent}  ${key(name)}: ${literal(item, `${indent}  `)}`).join(',\n')},\n${indent}}`;
  }
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value);
}

function serverUrl(doc, variables) {
  const server = doc.servers[0];
  return server.url.replace(/\{(\w+)\}/g, (_, name) => variables[name] ?? server.variables?.[name]?.default ?? name);
}

/**
 * The curl command. `rawQuery` is appended as it is: Ids in brackets (`ChatRoom_Id=[1,2]`), sent unencoded as the
 * spec's `allowReserved` says, need curl's `-g`, or curl reads the brackets as a range of URLs.
 */
function curlSample(client, { path, method, operation, parameters }, extraQuery, rawQuery = '') {
  let url = client.serverUrl + path;
  for (const parameter of parameters.filter((candidate) => candidate.in === 'path'))
    url = url.replace(`{${parameter.name}}`, encodeURIComponent(exampleOf(parameter)));
  const query = [new URLSearchParams(extraQuery).toString(), rawQuery].filter(Boolean).join('&');
  const lines = [`curl${rawQuery ? ' -g' : ''} -X ${method.toUpperCase()} ${quote(query ? `${url}?${query}` : url)}`];
  if (operation.security?.length !== 0) lines.push(`  ${client.curlCredentials}`);
  for (const parameter of parameters.filter((candidate) => candidate.in === 'header' && candidate.required)) {
    lines.push(`  -H ${quote(`${parameter.name}: ${client.headerValues[parameter.name] ?? exampleOf(parameter)}`)}`);
  }
  const content = operation.requestBody?.content;
  if (content) {
    const [mediaType, media] = Object.entries(content)[0];
    const body = withoutSecrets(exampleOf(media, client) ?? {}, client.credentials.secrets);
    if (mediaType === 'application/x-www-form-urlencoded') {
      for (const [name, value] of Object.entries(body)) lines.push(`  --data-urlencode ${quote(`${name}=${value}`)}`);
    } else {
      // Pretty-printed, as a reader would type it: one field a line, which a narrow panel does not cut off.
      const json = JSON.stringify(body, null, 2).replaceAll('\n', '\n  ');
      lines.push(`  -H 'Content-Type: ${mediaType}'`, `  -d ${quote(json)}`);
    }
  }
  return lines.join(' \\\n');
}

/** The TypeScript sample: create the client, then `calls`. */
function typescriptSample(client, operation, calls) {
  // An operation that needs no credentials (the token endpoint) is called without them.
  const create = operation.security?.length === 0 ? client.createAnonymous(client.credentials) : client.creation;
  return [
    `import { ${client.factory} } from '${client.package}';`,
    '',
    `const ${client.variable} = ${create};`,
    '',
    ...calls,
    '',
  ].join('\n');
}

/** Samples for one operation: `[{ lang, source }]`, in the `x-codeSamples` form Redoc shows. */
function samplesFor(client, entry, byOperationId) {
  const { operation, parameters } = entry;
  const helper = operation['x-client-helper'];
  const pathArguments = parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => JSON.stringify(exampleOf(parameter)));
  const content = operation.requestBody?.content;
  const body = content
    ? withoutSecrets(exampleOf(Object.values(content)[0], client) ?? {}, client.credentials.secrets)
    : undefined;
  const pageQuery = helper.pagination ? { [helper.pagination.pageParameter]: 1 } : {};

  // The call's arguments in the model's order; an optional one is left out unless a later one follows it.
  const [call] = clientHelpersOf(entry, byOperationId);
  const sampleValue = (argument) => {
    if (argument.kind === 'path') return JSON.stringify(exampleOf(argument.parameter));
    if (argument.kind === 'query') return helper.pagination ? literal(pageQuery) : argument.optional ? undefined : '{}';
    if (argument.kind === 'fields') {
      const named = Object.entries(argument.fields)
        .filter(([, field]) => body[field] !== undefined)
        .map(([name, field]) => [name, body[field]]);
      return literal(Object.fromEntries(named));
    }
    if (argument.kind === 'body') return literal(body);
    return undefined;
  };
  const values = call.arguments.map(sampleValue);
  while (values.length && values.at(-1) === undefined) values.pop();
  const callOptions = client.callOptions?.(client.credentials, parameters);
  if (callOptions) values[call.arguments.findIndex((argument) => argument.kind === 'options')] = callOptions;
  const args = values.map((value) => value ?? '{}');
  const calls = [`const result = await ${client.variable}.${helper.name}(${args.join(', ')});`, 'console.log(result);'];
  if (helper.pagination) {
    calls.push(
      '',
      '// Or every record of every page, fetched as you go:',
      `for await (const record of ${client.variable}.${helper.pagination.iterateName}(${pathArguments.join(', ')})) console.log(record);`,
    );
  }
  const curls = [curlSample(client, entry, pageQuery)];
  for (const variant of operation['x-operation-variants'] ?? []) {
    const variantHelper = variant['x-client-helper'];
    const example = exampleOf(parameters.find((parameter) => parameter.name === variantHelper.idsParameter)) ?? '[1]';
    const ids = String(example).match(/\d+/g).map(Number);
    curls.push(
      `# ${variant.summary} (-g: curl would read the brackets as a range):\n${curlSample(client, entry, {}, `${variantHelper.idsParameter}=[${ids.join(',')}]`)}`,
    );
    calls.push(
      '',
      `// ${variant.summary}:`,
      `const records = await ${client.variable}.${variantHelper.name}(${literal(ids)});`,
    );
  }
  if (helper.patch) {
    // One field of the example body, a text field when there is one, changed alone.
    const fields = Object.entries(body ?? {}).filter(([name, value]) => name !== 'Id' && !Array.isArray(value));
    const [name, value] = fields.find(([, candidate]) => typeof candidate === 'string') ?? fields[0] ?? [];
    const changes = name === undefined ? {} : { [name]: value };
    calls.push(
      '',
      '// Or change some fields and keep the rest (read, modify, write):',
      `await ${client.variable}.${helper.patch.name}(${JSON.stringify(body?.Id ?? 1)}, ${literal(changes)});`,
    );
  }
  // No labels: Redoc matches samples to the languages its config lists by `lang`.
  return [
    { lang: 'curl', source: curls.join('\n\n') },
    { lang: 'TypeScript', source: typescriptSample(client, operation, calls) },
  ];
}

/**
 * How the samples of one API call it, in the published flavour (the spec's server, placeholders for the
 * secrets) or, with `sandboxUrl` (its base URL on a sandbox, e.g. `http://127.0.0.1:4011/api/v2`), the local
 * one (that sandbox, its demo credentials): `serverUrl`, the client's `creation` expression and curl's
 * `curlCredentials`, which the docs' getting-started guide shows too.
 * @param {string} api
 * @param {unknown} dereferenced
 * @param {{ sandboxUrl?: string }} [flavour]
 */
export function sampleClient(api, dereferenced, flavour = {}) {
  const { sandboxUrl } = flavour;
  const setup = CLIENT_SETUP[api];
  if (!setup) throw new Error(`no client is known for ${api}`);
  const { clientPackage, clientFactory } = apiOf(api);
  const credentials = sandboxUrl ? { ...setup.sandbox, baseUrl: sandboxUrl } : setup.published;
  return {
    ...setup,
    package: clientPackage,
    factory: clientFactory,
    published: !sandboxUrl,
    serverUrl: sandboxUrl ?? serverUrl(dereferenced, setup.serverVariables),
    credentials,
    creation: setup.create(credentials),
    curlCredentials: setup.curlAuth(credentials).join(' '),
  };
}

/** A copy of the bundle with `x-codeSamples` on every operation, in the flavour `sampleClient` describes. */
export function withCodeSamples(bundle, dereferenced, api, flavour = {}) {
  const client = sampleClient(api, dereferenced, flavour);
  const copy = structuredClone(bundle);
  const entries = operationsOf(dereferenced);
  const byOperationId = new Map(entries.map((entry) => [entry.operationId, entry]));
  for (const entry of entries)
    copy.paths[entry.path][entry.method]['x-codeSamples'] = samplesFor(client, entry, byOperationId);
  return copy;
}
