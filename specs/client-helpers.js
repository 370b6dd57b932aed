// The one reading of `x-client-helper` (declared by extensions/x-client-helper.schema.json):
// which helpers an operation gets, their names, and their arguments in order.
// The client generator writes these helpers, the docs' code samples call them,
// and the lint rule checks their names, all from this model, so none of them
// decides an argument's place on its own.

/** The names one `x-client-helper` gives: its helper's, its iterator's and its patch's. */
export function helperNamesOf(helper) {
  return [helper.name, helper.pagination?.iterateName, helper.patch?.name].filter((name) => name !== undefined);
}

/**
 * The helpers of one operation of `operationsOf(doc)`: the call itself, its
 * page iterator, one per variant, and the read-modify-write patch.
 * `byOperationId` finds the operation a patch reads with.
 */
export function clientHelpersOf(entry, byOperationId = new Map()) {
  const { operation, parameters } = entry;
  const helper = operation['x-client-helper'];
  if (!helper) return [];
  const pathArguments = parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => ({ kind: 'path', name: parameter.name, optional: false, parameter }));
  const query = parameters.filter((parameter) => parameter.in === 'query');
  const content = operation.requestBody?.content;
  const options = { kind: 'options', name: 'options', optional: true };
  const helpers = [];

  const call = [...pathArguments];
  if (query.length)
    call.push({ kind: 'query', name: 'query', optional: !query.some((parameter) => parameter.required) });
  if (content && helper.bodyArguments)
    call.push({ kind: 'fields', name: 'args', optional: false, fields: helper.bodyArguments });
  else if (content) call.push({ kind: 'body', name: 'body', optional: !operation.requestBody.required });
  helpers.push({ role: 'call', name: helper.name, arguments: [...call, options] });

  if (helper.pagination) {
    const { iterateName, pageParameter } = helper.pagination;
    helpers.push({
      role: 'iterate',
      name: iterateName,
      pageParameter,
      // Its query's page parameter is the page to start from (default 1); it sets the others itself.
      arguments: [...pathArguments, { kind: 'query', name: 'query', optional: true, startsAt: pageParameter }, options],
    });
  }
  for (const variant of operation['x-operation-variants'] ?? []) {
    const { name, idsParameter } = variant['x-client-helper'];
    helpers.push({
      role: 'variant',
      name,
      variant,
      idsParameter,
      arguments: [...pathArguments, { kind: 'ids', name: 'ids', optional: false }, options],
    });
  }
  if (helper.patch) {
    const reader = byOperationId.get(helper.patch.readWith);
    if (!reader)
      throw new Error(`${operation.operationId}: patch.readWith names no operation: ${helper.patch.readWith}`);
    const identity = reader.parameters
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => ({ kind: 'path', name: parameter.name, optional: false, parameter }));
    helpers.push({
      role: 'patch',
      name: helper.patch.name,
      reader,
      arguments: [...identity, { kind: 'changes', name: 'changes', optional: false }, options],
    });
  }
  return helpers;
}
