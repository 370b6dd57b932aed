// Code samples for every operation, made from the spec: a curl command and a
// TypeScript call through our client. The TypeScript calls the helper that
// `x-client-helper` names, so the docs show exactly what the generated client
// offers; the docs tests type-check every sample against the built clients.
import { apiOf, operationsOf } from '@chatapi/specs/catalogue';
import { clientHelpersOf } from '@chatapi/specs/client-helpers';

/** How each API's samples create their client, beside the catalogue's package and factory. */
const CLIENT_SETUP = {
  nexudus: {
    variable: 'nexudus',
    create: "createNexudusClient({ auth: { username: 'admin@example.com', password: 'YOUR_PASSWORD' } })",
    createAnonymous: 'createNexudusClient()',
    curlAuth: ['-u', "'admin@example.com:YOUR_PASSWORD'"],
    serverVariables: {},
  },
  popsell: {
    variable: 'popsell',
    create: "createPopsellClient({ domain: 'shop.example.org', brand: 3, auth: { token: 'YOUR_TOKEN' } })",
    createAnonymous: "createPopsellClient({ domain: 'shop.example.org', brand: 3 })",
    curlAuth: ['-H', "'Authorization: Bearer YOUR_TOKEN'"],
    serverVariables: { domain: 'shop.example.org' },
  },
};

/** The richest example a media type or parameter shows: its `example`, or the largest of its `examples`. */
function exampleOf(node) {
  if (!node) return undefined;
  if (node.example !== undefined) return node.example;
  const values = Object.values(node.examples ?? {}).map((example) =>
    example && typeof example === 'object' && 'value' in example ? example.value : example,
  );
  const fromSchema = node.schema?.examples ?? [];
  const all = [...values, ...fromSchema].filter((value) => value !== undefined);
  return all.sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
}

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

function curlSample(doc, client, { path, method, operation, parameters }, extraQuery) {
  let url = serverUrl(doc, client.serverVariables) + path;
  for (const parameter of parameters.filter((candidate) => candidate.in === 'path'))
    url = url.replace(`{${parameter.name}}`, encodeURIComponent(exampleOf(parameter)));
  const query = new URLSearchParams(extraQuery).toString();
  const lines = [`curl -X ${method.toUpperCase()} ${quote(query ? `${url}?${query}` : url)}`];
  if (operation.security?.length !== 0) lines.push(`  ${client.curlAuth.join(' ')}`);
  for (const parameter of parameters.filter((candidate) => candidate.in === 'header' && candidate.required)) {
    lines.push(`  -H ${quote(`${parameter.name}: ${exampleOf(parameter)}`)}`);
  }
  const content = operation.requestBody?.content;
  if (content) {
    const [mediaType, media] = Object.entries(content)[0];
    const body = exampleOf(media) ?? {};
    if (mediaType === 'application/x-www-form-urlencoded') {
      for (const [name, value] of Object.entries(body)) lines.push(`  --data-urlencode ${quote(`${name}=${value}`)}`);
    } else {
      lines.push(`  -H 'Content-Type: ${mediaType}'`, `  -d ${quote(JSON.stringify(body))}`);
    }
  }
  return lines.join(' \\\n');
}

/** The TypeScript sample: create the client, then `calls`. */
function typescriptSample(client, operation, calls) {
  // An operation that needs no credentials (the token endpoint) is called without them.
  const create = operation.security?.length === 0 ? client.createAnonymous : client.create;
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
function samplesFor(doc, api, entry, byOperationId) {
  const { clientPackage, clientFactory } = apiOf(api);
  const client = { ...CLIENT_SETUP[api], package: clientPackage, factory: clientFactory };
  const { operation, parameters } = entry;
  const helper = operation['x-client-helper'];
  const pathArguments = parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => JSON.stringify(exampleOf(parameter)));
  const content = operation.requestBody?.content;
  const body = content ? (exampleOf(Object.values(content)[0]) ?? {}) : undefined;
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
  const args = values.map((value) => value ?? '{}');
  const calls = [`const result = await ${client.variable}.${helper.name}(${args.join(', ')});`, 'console.log(result);'];
  if (helper.pagination) {
    calls.push(
      '',
      '// Or every record of every page, fetched as you go:',
      `for await (const record of ${client.variable}.${helper.pagination.iterateName}(${pathArguments.join(', ')})) console.log(record);`,
    );
  }
  for (const variant of operation['x-operation-variants'] ?? []) {
    const variantHelper = variant['x-client-helper'];
    const example = exampleOf(parameters.find((parameter) => parameter.name === variantHelper.idsParameter)) ?? '[1]';
    const ids = String(example).match(/\d+/g).map(Number);
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
    { lang: 'curl', source: curlSample(doc, client, entry, pageQuery) },
    { lang: 'TypeScript', source: typescriptSample(client, operation, calls) },
  ];
}

/** A copy of the bundle with `x-codeSamples` on every operation. */
export function withCodeSamples(bundle, dereferenced, api) {
  if (!CLIENT_SETUP[api]) throw new Error(`no client is known for ${api}`);
  const copy = structuredClone(bundle);
  const entries = operationsOf(dereferenced);
  const byOperationId = new Map(entries.map((entry) => [entry.operationId, entry]));
  for (const entry of entries) {
    copy.paths[entry.path][entry.method]['x-codeSamples'] = samplesFor(dereferenced, api, entry, byOperationId);
  }
  return copy;
}
