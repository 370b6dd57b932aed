// Writes a client's helpers module from a dereferenced OpenAPI document: a
// route per operation and, per `x-client-helper`, a typed function that calls
// it. Types come from openapi-typescript's `operations`, so a helper's
// arguments and result are exactly the spec's. The module is built as
// TypeScript nodes (typescript-nodes.js) and printed by the compiler.
import { operationsOf } from '@chatapi/specs/catalogue';
import { clientHelpersOf } from '@chatapi/specs/client-helpers';
import { helperDocLines } from './doc-comments.js';
import {
  arrayLiteral,
  arrayType,
  arrow,
  call,
  constant,
  elementType,
  field,
  functionDeclaration,
  identifier,
  importNamed,
  indexedAccess,
  keywordType,
  member,
  objectLiteral,
  parameter,
  printModule,
  property,
  spread,
  string,
  stringUnion,
  template,
  ts,
  typeAlias,
  typeLiteral,
  typeReference,
  withDocComment,
  withLineComment,
} from './typescript-nodes.js';

const pascal = (name) => name[0].toUpperCase() + name.slice(1);
const operationsType = (operationId, ...keys) => indexedAccess(typeReference('operations'), operationId, ...keys);

/** The first media type of a `content` map and its schema, or an empty object when there is none. */
function firstMediaOf(content) {
  const [mediaType, media] = Object.entries(content ?? {})[0] ?? [];
  return { mediaType, schema: media?.schema };
}

function successOf(operation) {
  const status = Object.keys(operation.responses ?? {}).find((code) => /^2\d\d$/.test(code));
  return { status, ...firstMediaOf(status ? operation.responses[status].content : undefined) };
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

/**
 * The named types of one operation (`<OperationId>Result`, `…Path`, `…Query`,
 * `…Body`): their declarations, and a reference to each that exists.
 */
function operationTypes(entry) {
  const { path, method, operation, parameters } = entry;
  const id = operation.operationId;
  const Name = pascal(id);
  const declarations = [];
  const declare = (suffix, type) => {
    declarations.push(typeAlias(`${Name}${suffix}`, type));
    return typeReference(`${Name}${suffix}`);
  };
  const success = successOf(operation);
  const body = operation.requestBody ? firstMediaOf(operation.requestBody.content) : {};
  const has = (place) => parameters.some((candidate) => candidate.in === place);
  const types = {
    result: success.mediaType
      ? declare('Result', operationsType(id, 'responses', Number(success.status), 'content', success.mediaType))
      : keywordType(ts.SyntaxKind.VoidKeyword),
    path: has('path') ? declare('Path', operationsType(id, 'parameters', 'path')) : undefined,
    query: has('query')
      ? declare('Query', typeReference('NonNullable', operationsType(id, 'parameters', 'query')))
      : undefined,
    body: body.mediaType
      ? declare(
          'Body',
          indexedAccess(typeReference('NonNullable', operationsType(id, 'requestBody')), 'content', body.mediaType),
        )
      : undefined,
    bodyMediaType: body.mediaType,
    bodySchema: body.schema,
    resultSchema: success.schema,
  };
  if (declarations.length) withDocComment(declarations[0], [`${method.toUpperCase()} ${path}`]);
  return { declarations, types };
}

/** One argument of the helper model as a parameter; `types` are the operation's named types. */
function parameterOf(argument, types) {
  const empty = objectLiteral([]);
  switch (argument.kind) {
    case 'path':
      return parameter(argument.name, indexedAccess(types.path, argument.name));
    case 'query': {
      return parameter('query', types.query, { initializer: argument.optional ? empty : undefined });
    }
    case 'fields': {
      const required = requiredOf(types.bodySchema);
      return parameter(
        argument.name,
        typeLiteral(
          Object.entries(argument.fields).map(([name, field]) => ({
            name,
            type: indexedAccess(types.body, field),
            optional: !required.has(field),
          })),
        ),
      );
    }
    case 'body':
      return parameter('body', types.body, { initializer: argument.optional ? empty : undefined });
    case 'ids':
      return parameter(
        'ids',
        ts.factory.createTypeOperatorNode(
          ts.SyntaxKind.ReadonlyKeyword,
          arrayType(keywordType(ts.SyntaxKind.NumberKeyword)),
        ),
      );
    case 'changes':
      return parameter(
        'changes',
        typeReference('Partial', typeReference('Omit', types.body, stringUnion(types.identity))),
      );
    default:
      return parameter('options', typeReference('RequestOptions'), { optional: true });
  }
}

/** What a helper returns: the body, with `withResponse()` for its answer. */
const promise = (type) => typeReference('ApiPromise', type);

/**
 * `call<Result>('operationId', { ...init, helper }, options)`: the init names the helper the user
 * called, for its errors, and the operation a step (`stepOf`) belongs to.
 * @param {string} operationId
 * @param {(string | import('typescript').ObjectLiteralElementLike)[]} init
 * @param {{ helper: string, result?: import('typescript').TypeNode, stepOf?: string }} site
 */
const callOperation = (operationId, init, { helper, result, stepOf }) =>
  call('call', result ? [result] : undefined, [
    string(operationId),
    objectLiteral([...init, field('helper', string(helper)), ...(stepOf ? [field('stepOf', string(stepOf))] : [])]),
    identifier('options'),
  ]);

/** The helpers of one operation: each one's `resource.method` name, doc comment and arrow function. */
function helpersOf(entry, types, byOperationId, sources, imports) {
  const { operation, parameters } = entry;
  const id = operation.operationId;
  const helper = operation['x-client-helper'];
  const modelled = clientHelpersOf(entry, byOperationId);
  const pathNames = parameters.filter((candidate) => candidate.in === 'path').map((candidate) => candidate.name);
  const pathInit = pathNames.length ? [field('path', objectLiteral(pathNames))] : [];
  const argumentsOf = (helperModel, extra = types) =>
    helperModel.arguments.map((argument) => parameterOf(argument, extra));
  const paging = helper.pagination && {
    ...helper.pagination,
    // An optional list property is `T[] | undefined`, which has no `[number]`.
    itemType: elementType(
      requiredOf(types.resultSchema).has(helper.pagination.items)
        ? indexedAccess(types.result, helper.pagination.items)
        : typeReference('NonNullable', indexedAccess(types.result, helper.pagination.items)),
    ),
    shape: objectLiteral([
      field('items', string(helper.pagination.items)),
      field('hasNextPage', string(helper.pagination.hasNextPage)),
      ...(helper.pagination.totalPages ? [field('totalPages', string(helper.pagination.totalPages))] : []),
    ]),
  };
  /**
   * `<walker><Item>((page) => call('id', { …, query: <query> }, options), shape, firstPage?)`: `paginate` yields
   * records one by one, `collectPages` gathers them all with the last page's answer.
   * @param {'paginate' | 'collectPages'} walker
   * @param {string} helperName
   * @param {import('typescript').Expression} query
   * @param {import('typescript').ObjectLiteralElementLike[]} [extraInit]
   * @param {import('typescript').Expression} [firstPage]
   */
  const walkPages = (walker, helperName, query, extraInit = [], firstPage = undefined) => {
    imports.add(walker);
    return call(
      walker,
      [paging.itemType],
      [
        arrow(
          [parameter(paging.pageParameter)],
          undefined,
          callOperation(id, [...pathInit, field('query', query), ...extraInit], { helper: helperName }),
        ),
        paging.shape,
        ...(firstPage ? [firstPage] : []),
      ],
    );
  };
  /** @type {{ name: string, docLines: string[], definition: import('typescript').ArrowFunction }[]} */
  const helpers = [];
  /** `extra` says what the helper adds to `documented`'s doc comment. */
  const add = (name, extra, parametersOfHelper, returnType, body, documented = operation) =>
    helpers.push({
      name,
      docLines: helperDocLines(documented, extra, sources),
      definition: arrow(parametersOfHelper, returnType, body),
    });

  for (const model of modelled) {
    if (model.role === 'call') {
      // The request init carries the arguments: the path parameters together, then each one as it is.
      /** @type {(string | import('typescript').ObjectLiteralElementLike)[]} */
      const init = [...pathInit];
      for (const argument of model.arguments) {
        if (argument.kind === 'query' || argument.kind === 'body') init.push(argument.name);
        if (argument.kind === 'fields') {
          const fields = Object.entries(argument.fields);
          init.push(
            field(
              'body',
              objectLiteral(fields.map(([name, wireName]) => field(wireName, property(argument.name, name)))),
            ),
          );
        }
      }
      let expression = callOperation(id, init, { result: types.result, helper: model.name });
      let returns = types.result;
      if (helper.unwrapArray) {
        imports.add('single');
        imports.add('mapData');
        expression = call('mapData', undefined, [expression, identifier('single')]);
        returns = typeReference('Single', types.result);
      }
      const extra = helper.unwrapArray
        ? ['Returns the one record whether the server sends it alone or in a one-element array.']
        : [];
      add(model.name, extra, argumentsOf(model), promise(returns), expression);
    }

    if (model.role === 'iterate') {
      add(
        model.name,
        [
          `Yields every record of every page from \`query.${paging.pageParameter}\` (default 1) on, fetching each page as the previous one is used up.`,
          'Throws PaginationError if a page repeats the one before it (a server that ignores the page parameter).',
        ],
        argumentsOf(model),
        typeReference(
          'AsyncGenerator',
          paging.itemType,
          keywordType(ts.SyntaxKind.VoidKeyword),
          keywordType(ts.SyntaxKind.UndefinedKeyword),
        ),
        walkPages(
          'paginate',
          model.name,
          objectLiteral([spread(identifier('query')), paging.pageParameter]),
          [],
          member(identifier('query'), paging.pageParameter),
        ),
      );
    }

    if (model.role === 'variant') {
      const { variant, idsParameter } = model;
      const wireParameter = parameters.find((candidate) => candidate.in === 'query' && candidate.name === idsParameter);
      if (!wireParameter) throw new Error(`${id}: ${idsParameter} is not a query parameter`);
      imports.add('bracketedIds');
      const ids = field(idsParameter, call('bracketedIds', undefined, [identifier('ids')]));
      const reserved = wireParameter.allowReserved ? [field('allowReserved', ts.factory.createTrue())] : [];
      const variantOperation = {
        ...operation,
        summary: variant.summary,
        'x-provenance': variant['x-provenance'] ?? operation['x-provenance'],
      };
      const variantLines = paging
        ? [`Sends the Ids as \`${idsParameter}=[1,2]\` and returns the records of every page.`]
        : [`Sends the Ids as \`${idsParameter}=[1,2]\`.`];
      add(
        model.name,
        variantLines,
        argumentsOf(model),
        paging ? promise(arrayType(paging.itemType)) : promise(types.result),
        paging
          ? walkPages('collectPages', model.name, objectLiteral([ids, paging.pageParameter]), reserved)
          : callOperation(id, [...pathInit, field('query', objectLiteral([ids])), ...reserved], {
              result: types.result,
              helper: model.name,
            }),
        variantOperation,
      );
    }

    if (model.role === 'patch') {
      const { reader } = model;
      imports.add('readModifyWrite');
      const ReadName = pascal(reader.operation.operationId);
      const identity = model.arguments.filter((argument) => argument.kind === 'path').map((argument) => argument.name);
      const writable = [...propertiesOf(types.bodySchema)]
        .filter(([, schema]) => !schema.readOnly && !schema.writeOnly)
        .map(([name]) => name);
      add(
        model.name,
        [
          `Changes only the given fields: reads the record (${reader.operation.operationId}), applies the changes and sends the whole record back,`,
          'so the full-replace PUT clears nothing by accident. Not atomic: a concurrent change between the read and the write is lost.',
        ],
        argumentsOf(model, { ...types, path: typeReference(`${ReadName}Path`), identity }),
        promise(types.result),
        call(
          'readModifyWrite',
          [typeReference(`${ReadName}Result`), types.body, types.result],
          [
            objectLiteral(
              [
                field(
                  'read',
                  arrow(
                    [],
                    undefined,
                    callOperation(String(reader.operation.operationId), [field('path', objectLiteral(identity))], {
                      helper: model.name,
                      stepOf: String(id),
                    }),
                  ),
                ),
                field(
                  'write',
                  arrow([parameter('body')], undefined, callOperation(id, ['body'], { helper: model.name })),
                ),
                field('writableFields', arrayLiteral(writable.map(string))),
                'changes',
                field('identity', objectLiteral(identity)),
              ],
              true,
            ),
          ],
        ),
      );
    }
  }
  return helpers;
}

/** `serverUrl`: the spec's first server, its variables defaulting as the spec says. */
function serverUrlOf(doc, api) {
  const server = doc.servers?.[0];
  if (!server) throw new Error(`${api}: the spec names no server`);
  const variables = Object.entries(server.variables ?? {});
  const description = `The spec's server (${server.description ?? server.url})${variables.length ? ', its variables defaulting as the spec says' : ''}.`;
  if (!variables.length)
    return withDocComment(constant('serverUrl', arrow([], undefined, string(server.url))), [description]);
  // The URL's text and its variables, alternating, for a template literal.
  const parts = server.url
    .split(/\{(\w+)\}/)
    .map((part, index) =>
      index % 2
        ? ts.factory.createBinaryExpression(
            property('variables', part),
            ts.SyntaxKind.QuestionQuestionToken,
            string(server.variables[part].default),
          )
        : part,
    );
  const variablesParameter = parameter(
    'variables',
    typeLiteral(variables.map(([name]) => ({ name, type: keywordType(ts.SyntaxKind.StringKeyword), optional: true }))),
    { initializer: objectLiteral([]) },
  );
  return withDocComment(constant('serverUrl', arrow([variablesParameter], undefined, template(parts))), [description]);
}

export function helpersSource(doc, { api, runtime = '@chatapi/client-runtime' }) {
  const sources = doc['x-sources'] ?? {};
  const imports = new Set(['type ApiPromise', 'type Caller', 'type RequestOptions', 'type Route']);
  // The generator reads what the lint rule chatapi/client-helper has checked: its shape is not typed here.
  const entries = /** @type {import('@chatapi/specs/catalogue').OperationEntry<any, any>[]} */ (operationsOf(doc));
  const byOperationId = new Map(entries.map((entry) => [entry.operationId, entry]));
  const aliasGroups = [];
  const routes = [];
  const resources = new Map(); // resource -> its methods, as property assignments

  for (const entry of byOperationId.values()) {
    const { path, method, operation } = entry;
    const id = operation.operationId;
    if (!operation['x-client-helper']) throw new Error(`${api}: ${id} has no x-client-helper`);
    const { declarations, types } = operationTypes(entry);
    const route = [field('method', string(method)), field('path', string(path))];
    if (types.bodyMediaType && types.bodyMediaType !== 'application/json')
      route.push(field('bodyMediaType', string(types.bodyMediaType)));
    routes.push(field(id, objectLiteral(route)));

    const [firstDeclaration] = declarations;
    if (firstDeclaration && !aliasGroups.length)
      withLineComment(firstDeclaration, 'What each operation takes and returns, named after its operationId.');
    if (firstDeclaration) aliasGroups.push(declarations);
    let helpers;
    try {
      helpers = helpersOf(entry, types, byOperationId, sources, imports);
    } catch (error) {
      throw new Error(`${api}: ${error instanceof Error ? error.message : error}`);
    }
    for (const { name, docLines, definition } of helpers) {
      const [resource, method] = name.split('.', 2);
      if (!method) throw new Error(`${api}: ${name} is not resource.method`);
      const methods = resources.get(resource) ?? [];
      resources.set(resource, methods);
      methods.push(withDocComment(ts.factory.createPropertyAssignment(method, definition), docLines));
    }
  }

  const byName = (a, b) => a.replace('type ', '').localeCompare(b.replace('type ', ''));
  const single = imports.has('single')
    ? [
        typeAlias(
          'Single',
          ts.factory.createConditionalTypeNode(
            typeReference('Body'),
            ts.factory.createTypeOperatorNode(
              ts.SyntaxKind.ReadonlyKeyword,
              arrayType(ts.factory.createInferTypeNode(ts.factory.createTypeParameterDeclaration(undefined, 'Item'))),
            ),
            typeReference('Item'),
            typeReference('Body'),
          ),
          { exportIt: false, typeParameters: ['Body'] },
        ),
      ]
    : [];
  const routesConstant = withDocComment(
    constant(
      'routes',
      ts.factory.createSatisfiesExpression(
        ts.factory.createAsExpression(objectLiteral(routes, true), typeReference('const')),
        typeReference('Record', keywordType(ts.SyntaxKind.StringKeyword), typeReference('Route')),
      ),
    ),
    ["Each operation's method and path, by operationId."],
  );
  const createHelpers = withDocComment(
    functionDeclaration(
      'createHelpers',
      [parameter('call', typeReference('Caller'))],
      [
        ts.factory.createReturnStatement(
          objectLiteral(
            [...resources].map(([resource, methods]) => field(resource, objectLiteral(methods, true))),
            true,
          ),
        ),
      ],
    ),
    ['The resource helpers, each calling one operation through `call`.'],
  );

  return printModule(
    [`// Generated by tools/generate-client from the ${api} bundle. Do not edit: change the spec and rebuild.`],
    [
      [
        importNamed([...imports].sort(byName), runtime),
        importNamed(['operations'], './openapi.js', { typeOnly: true }),
      ],
      single,
      ...aliasGroups,
      [serverUrlOf(doc, api)],
      [routesConstant],
      [createHelpers],
    ],
  );
}
