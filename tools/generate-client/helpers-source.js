// Writes a client's helpers module from a dereferenced OpenAPI document: a
// route per operation and, per `x-client-helper`, a typed function that calls
// it. Types come from openapi-typescript's `operations`, so a helper's
// arguments and result are exactly the spec's.
import { operationsOf } from '@chatapi/specs/catalogue';
import { clientHelpersOf } from '@chatapi/specs/client-helpers';

const quote = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));
const access = (name) => `[${quote(name)}]`;
const pascal = (name) => name[0].toUpperCase() + name.slice(1);

function successOf(operation) {
  const status = Object.keys(operation.responses ?? {}).find((code) => /^2\d\d$/.test(code));
  const content = status ? operation.responses[status].content : undefined;
  const mediaType = content ? Object.keys(content)[0] : undefined;
  return { status, mediaType };
}

function bodyOf(operation) {
  const content = operation.requestBody?.content;
  if (!content) return undefined;
  const mediaType = Object.keys(content)[0];
  return { mediaType, required: Boolean(operation.requestBody.required), schema: content[mediaType].schema };
}

/** Property names a schema accepts, through allOf. */
function propertiesOf(schema, into = new Map()) {
  for (const part of schema?.allOf ?? []) propertiesOf(part, into);
  for (const [name, property] of Object.entries(schema?.properties ?? {})) into.set(name, property);
  return into;
}

function requiredOf(schema, into = new Set()) {
  for (const part of schema?.allOf ?? []) requiredOf(part, into);
  for (const name of schema?.required ?? []) into.add(name);
  return into;
}

const listed = (items) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0]);

/** Where the operation comes from (its x-provenance): a sentence, and a `@see` per vendor page. */
function provenanceLines(operation, sources) {
  const provenance = operation['x-provenance'];
  if (!provenance) return [];
  const quirks = provenance.quirks ? ` (quirk ${provenance.quirks.join(', ')})` : '';
  const inferredStatuses = Object.entries(provenance.responses ?? {})
    .filter(([, override]) => override.kind !== 'documented')
    .map(([status]) => status);
  const answers = inferredStatuses.length
    ? `; its ${listed(inferredStatuses)} ${inferredStatuses.length > 1 ? 'answers are' : 'answer is'} inferred`
    : '';
  const sentence =
    provenance.kind === 'documented'
      ? `Documented by the vendor${quirks}${answers}.`
      : `${provenance.kind === 'inferred' ? 'Inferred' : 'Modelled by chatapi'}: ${provenance.basis}${quirks ? ` See${quirks.replace(/[()]/g, '')}.` : ''}`;
  const pages = (provenance.sources ?? [])
    .map((key) => sources[key])
    .filter((page) => page?.publisher === 'vendor' && page.url)
    .map((page) => `@see {@link ${page.url} | ${page.title}}`);
  return [sentence, ...pages];
}

function docComment(operation, extra = [], sources = {}) {
  const roles = operation['x-required-roles'] ?? [];
  const lines = [
    operation.summary,
    roles.length
      ? `Needs the role${roles.length > 1 ? 's' : ''} ${roles.map((role) => `\`${role}\``).join(', ')} (or a full administrator).`
      : undefined,
    ...extra,
    ...provenanceLines(operation, sources),
    operation.deprecated ? '@deprecated Deprecated by the vendor.' : undefined,
  ].filter(Boolean);
  return `    /**\n${lines.map((line) => `     * ${line}`).join('\n')}\n     */\n`;
}

/** One helper argument of the model as a TypeScript parameter; `types` names the operation's aliases. */
function parameterSource(argument, types) {
  switch (argument.kind) {
    case 'path':
      return `${argument.name}: ${types.path}${access(argument.name)}`;
    case 'query': {
      const type = argument.without ? `Omit<${types.query}, ${quote(argument.without)}>` : types.query;
      return argument.optional ? `query: ${type} = {}` : `query: ${type}`;
    }
    case 'fields': {
      const required = requiredOf(types.bodySchema);
      const fields = Object.entries(argument.fields);
      return `args: { ${fields.map(([name, field]) => `${name}${required.has(field) ? '' : '?'}: ${types.body}${access(field)}`).join('; ')} }`;
    }
    case 'body':
      return argument.optional ? `body: ${types.body} = {}` : `body: ${types.body}`;
    case 'ids':
      return 'ids: readonly number[]';
    case 'changes':
      return `changes: Partial<Omit<${types.body}, ${types.identity.map(quote).join(' | ')}>>`;
    default:
      return 'options?: RequestOptions';
  }
}

export function helpersSource(doc, { api, runtime = '@chatapi/client-runtime' }) {
  const sources = doc['x-sources'] ?? {};
  const routes = [];
  const resources = new Map(); // resource -> [source of each method]
  const imports = new Set(['type Caller', 'type RequestOptions', 'type Route']);
  const aliases = [];
  const alias = (name, type) => {
    aliases.push(`export type ${name} = ${type};`);
    return name;
  };
  /** Adds `resource.method` with its doc comment and its definition (what follows `method: `). */
  const add = (qualified, comment, definition) => {
    const [resource, method] = qualified.split('.');
    if (!resources.has(resource)) resources.set(resource, []);
    resources.get(resource).push(`${comment}    ${method}: ${definition}`);
  };
  // The generator reads what the lint rule chatapi/client-helper has checked: its shape is not typed here.
  const entries = /** @type {import('@chatapi/specs/catalogue').OperationEntry<any, any>[]} */ (operationsOf(doc));
  const byOperationId = new Map(entries.map((entry) => [entry.operationId, entry]));

  for (const entry of byOperationId.values()) {
    const { path, method, operation, parameters } = entry;
    const id = operation.operationId;
    const op = `operations${access(id)}`;
    const body = bodyOf(operation);
    const route = [`method: ${quote(method)}`, `path: ${quote(path)}`];
    if (body && body.mediaType !== 'application/json') route.push(`bodyMediaType: ${quote(body.mediaType)}`);
    routes.push(`  ${key(id)}: { ${route.join(', ')} },`);

    const Name = pascal(id);
    aliases.push(`\n/** ${method.toUpperCase()} ${path} */`);
    const success = successOf(operation);
    const resultType = success.mediaType
      ? alias(`${Name}Result`, `${op}['responses'][${success.status}]['content']${access(success.mediaType)}`)
      : 'void';
    const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
    const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
    const pathType = pathParameters.length ? alias(`${Name}Path`, `${op}['parameters']['path']`) : undefined;
    const pathInit = pathParameters.length
      ? `path: { ${pathParameters.map((parameter) => parameter.name).join(', ')} }`
      : undefined;
    const queryType = queryParameters.length
      ? alias(`${Name}Query`, `NonNullable<${op}['parameters']['query']>`)
      : undefined;
    const bodyType = body
      ? alias(`${Name}Body`, `NonNullable<${op}['requestBody']>['content']${access(body.mediaType)}`)
      : undefined;
    const helper = operation['x-client-helper'];
    if (!helper) throw new Error(`${api}: ${id} has no x-client-helper`);
    const paging = helper.pagination && {
      ...helper.pagination,
      itemType: `${resultType}${access(helper.pagination.items)}[number]`,
      shape: `{ items: ${quote(helper.pagination.items)}, hasNextPage: ${quote(helper.pagination.hasNextPage)}${helper.pagination.totalPages ? `, totalPages: ${quote(helper.pagination.totalPages)}` : ''} }`,
    };

    const types = { path: pathType, query: queryType, body: bodyType, bodySchema: body?.schema };
    const modelled = clientHelpersOf(entry, byOperationId);
    const argumentsOf = (role, extra = types) =>
      modelled
        .find((candidate) => candidate.role === role)
        .arguments.map((argument) => parameterSource(argument, extra));

    // The main helper, its arguments in the model's order: path parameters, query, body, options.
    {
      const call = modelled.find((candidate) => candidate.role === 'call');
      const args = call.arguments.map((argument) => parameterSource(argument, types));
      // The request init carries the same arguments: the path parameters together, then each one as it is.
      const init = pathInit ? [pathInit] : [];
      for (const argument of call.arguments) {
        if (argument.kind === 'query' || argument.kind === 'body') init.push(argument.name);
        if (argument.kind === 'fields') {
          const fields = Object.entries(argument.fields);
          init.push(`body: { ${fields.map(([name, field]) => `${key(field)}: ${argument.name}.${name}`).join(', ')} }`);
        }
      }
      let expression = `call<${resultType}>(${quote(id)}, ${init.length ? `{ ${init.join(', ')} }` : '{}'}, options)`;
      let returns = resultType;
      if (helper.unwrapArray) {
        imports.add('single');
        expression = `${expression}.then(single)`;
        returns = `Single<${resultType}>`;
      }
      const extra = helper.unwrapArray
        ? ['Returns the one record whether the server sends it alone or in a one-element array.']
        : [];
      add(
        helper.name,
        docComment(operation, extra, sources),
        `(${args.join(', ')}): Promise<${returns}> =>\n      ${expression},\n`,
      );
    }

    // iterate: every record of every page.
    if (paging) {
      imports.add('paginate');
      const { pageParameter, itemType, shape } = paging;
      const args = argumentsOf('iterate');
      add(
        paging.iterateName,
        docComment(
          operation,
          [
            `Yields every record of every page, fetching each page (\`${pageParameter}\`) as the previous one is used up.`,
          ],
          sources,
        ),
        `(${args.join(', ')}): AsyncGenerator<${itemType}, void, undefined> =>\n` +
          `      paginate<${itemType}>((${pageParameter}) => call(${quote(id)}, { ${[pathInit, `query: { ...query, ${key(pageParameter)} }`].filter(Boolean).join(', ')} }, options), ${shape}),\n`,
      );
    }

    // Variants: another use of the same operation, e.g. find by Ids.
    for (const variant of operation['x-operation-variants'] ?? []) {
      const variantHelper = variant['x-client-helper'];
      if (!variantHelper) throw new Error(`${api}: variant ${variant.operationId} of ${id} has no x-client-helper`);
      const idsParameter = variantHelper.idsParameter;
      const parameter = queryParameters.find((candidate) => candidate.name === idsParameter);
      if (!parameter) throw new Error(`${api}: ${idsParameter} is not a query parameter of ${id}`);
      const reserved = parameter.allowReserved ? ', allowReserved: true' : '';
      imports.add('bracketedIds');
      const args = modelled
        .find((candidate) => candidate.variant === variant)
        .arguments.map((argument) => parameterSource(argument, types));
      const variantOperation = {
        ...operation,
        summary: variant.summary,
        'x-provenance': variant['x-provenance'] ?? operation['x-provenance'],
      };
      if (paging) {
        imports.add('paginate');
        imports.add('collect');
        const { pageParameter, itemType, shape } = paging;
        add(
          variantHelper.name,
          docComment(
            variantOperation,
            [`Sends the Ids as \`${idsParameter}=[1,2]\` and returns the records of every page.`],
            sources,
          ),
          `(${args.join(', ')}): Promise<${itemType}[]> =>\n` +
            `      collect(paginate<${itemType}>((${pageParameter}) => call(${quote(id)}, { ${[pathInit, `query: { ${key(idsParameter)}: bracketedIds(ids), ${key(pageParameter)} }${reserved}`].filter(Boolean).join(', ')} }, options), ${shape})),\n`,
        );
      } else {
        add(
          variantHelper.name,
          docComment(variantOperation, [`Sends the Ids as \`${idsParameter}=[1,2]\`.`], sources),
          `(${args.join(', ')}): Promise<${resultType}> =>\n` +
            `      call<${resultType}>(${quote(id)}, { ${[pathInit, `query: { ${key(idsParameter)}: bracketedIds(ids) }${reserved}`].filter(Boolean).join(', ')} }, options),\n`,
        );
      }
    }

    // patch: read-modify-write over a full-replace PUT.
    if (helper.patch) {
      const reader = byOperationId.get(helper.patch.readWith);
      if (!reader) throw new Error(`${api}: ${id} patch.readWith names no operation: ${helper.patch.readWith}`);
      imports.add('readModifyWrite');
      const ReadName = pascal(helper.patch.readWith);
      const readPath = reader.parameters.filter((parameter) => parameter.in === 'path');
      const readType = `${ReadName}Result`;
      const writable = [...propertiesOf(body.schema)]
        .filter(([, property]) => !property.readOnly && !property.writeOnly)
        .map(([name]) => name);
      const identity = readPath.map((parameter) => parameter.name);
      const args = argumentsOf('patch', { ...types, path: `${ReadName}Path`, identity });
      add(
        helper.patch.name,
        docComment(
          operation,
          [
            `Changes only the given fields: reads the record (${reader.operation.operationId}), applies the changes and sends the whole record back,`,
            'so the full-replace PUT clears nothing by accident. Not atomic: a concurrent change between the read and the write is lost.',
          ],
          sources,
        ),
        `(${args.join(', ')}): Promise<${resultType}> =>\n` +
          `      readModifyWrite<${readType}, ${bodyType}, ${resultType}>({\n` +
          `        read: () => call(${quote(reader.operation.operationId)}, { path: { ${identity.join(', ')} } }, options),\n` +
          `        write: (body) => call(${quote(id)}, { body }, options),\n` +
          `        writableFields: [${writable.map(quote).join(', ')}],\n` +
          `        changes,\n` +
          `        identity: { ${identity.join(', ')} },\n` +
          `      }),\n`,
      );
    }
  }

  const server = doc.servers?.[0];
  if (!server) throw new Error(`${api}: the spec names no server`);
  const variables = Object.entries(server.variables ?? {});
  const serverSource = variables.length
    ? `export const serverUrl = (variables: { ${variables.map(([name]) => `${key(name)}?: string`).join('; ')} } = {}) =>\n  \`${server.url.replace(/\{(\w+)\}/g, (_, name) => `\${variables.${name} ?? ${quote(server.variables[name].default)}}`)}\`;`
    : `export const serverUrl = () => ${quote(server.url)};`;

  const resourceSource = [...resources]
    .map(
      ([resource, methods]) =>
        `    ${resource}: {\n${methods.map((source) => source.replace(/^ {4}/gm, '      ')).join('')}    },\n`,
    )
    .join('');
  const needsSingle = imports.has('single');
  return [
    `// Generated by tools/generate-client from the ${api} bundle. Do not edit: change the spec and rebuild.`,
    `import { ${[...imports].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', ''))).join(', ')} } from '${runtime}';`,
    `import type { operations } from './openapi.js';`,
    '',
    needsSingle ? 'type Single<Body> = Body extends readonly (infer Item)[] ? Item : Body;\n' : undefined,
    '// What each operation takes and returns, named after its operationId.',
    ...aliases.map((line, index) => (index === 0 ? line.trimStart() : line)),
    aliases.length ? '' : undefined,
    `/** The spec's server (${server.description ?? server.url})${variables.length ? ', its variables defaulting as the spec says' : ''}. */`,
    serverSource,
    '',
    "/** Each operation's method and path, by operationId. */",
    'export const routes = {',
    ...routes,
    '} as const satisfies Record<string, Route>;',
    '',
    '/** The resource helpers, each calling one operation through `call`. */',
    'export function createHelpers(call: Caller) {',
    '  return {',
    resourceSource.trimEnd(),
    '  };',
    '}',
    '',
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}
