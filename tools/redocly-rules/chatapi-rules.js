// Redocly plugin with the project rules that built-in and configurable rules
// cannot express: they need to look through $refs and across several nodes.

import { readFileSync } from 'node:fs';
// The model the client generator and the code samples read x-client-helper with.
import { helperNamesOf } from '../../specs/client-helpers.js';

const SUCCESS = /^2\d\d$/;

function resolver(ctx) {
  return (node) => (node && typeof node === 'object' && '$ref' in node ? ctx.resolve(node).node : node);
}

function hasExample(mediaType) {
  return mediaType.example !== undefined || (mediaType.examples && Object.keys(mediaType.examples).length > 0);
}

// Every request body and every success response with content shows an example,
// so docs, mocks and contract tests always have a real payload to start from.
function OperationExamples() {
  return {
    Operation: {
      enter(operation, ctx) {
        const resolve = resolver(ctx);
        const requestBody = resolve(operation.requestBody);
        for (const [type, mediaType] of Object.entries(requestBody?.content ?? {})) {
          if (!hasExample(resolve(mediaType))) {
            ctx.report({
              message: `Request body "${type}" of ${operation.operationId} needs an example.`,
              location: ctx.location.child(['requestBody']),
            });
          }
        }
        for (const [status, responseRef] of Object.entries(operation.responses ?? {})) {
          if (!SUCCESS.test(status)) continue;
          const response = resolve(responseRef);
          for (const [type, mediaType] of Object.entries(response?.content ?? {})) {
            if (!hasExample(resolve(mediaType))) {
              ctx.report({
                message: `Response ${status} "${type}" of ${operation.operationId} needs an example.`,
                location: ctx.location.child(['responses', status]),
              });
            }
          }
        }
      },
    },
  };
}

// Every schema property says what it means. A property that is only a $ref may
// borrow the description of the schema it points to.
function SchemaPropertyDescription() {
  return {
    Schema: {
      enter(schema, ctx) {
        const resolve = resolver(ctx);
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if (property?.description) continue;
          if (resolve(property)?.description) continue;
          ctx.report({
            message: `Schema property "${name}" needs a description.`,
            location: ctx.location.child(['properties', name]),
          });
        }
      },
    },
  };
}

// Roles are machine-readable (`x-required-roles`, read by the sandbox and the
// docs) and also stated in words, so a reader of the description alone sees them.
function RolesMachineReadable() {
  return {
    Operation: {
      enter(operation, ctx) {
        const roles = operation['x-required-roles'];
        if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string' || role === '')) {
          ctx.report({
            message: `${operation.operationId} needs "x-required-roles": a list of role names ([] when none).`,
            location: ctx.location.key(),
          });
          return;
        }
        for (const role of roles) {
          if (!operation.description?.includes(`\`${role}\``)) {
            ctx.report({
              message: `The description of ${operation.operationId} must name its role \`${role}\`.`,
              location: ctx.location.child(['description']),
            });
          }
        }
      },
    },
  };
}

const HELPER_NAME = /^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;
let helperKeys;
// The keys specs/extensions/x-client-helper.schema.json declares; `pnpm lint` checks each use against the whole schema.
function knownHelperKeys() {
  helperKeys ??= new Set(
    Object.keys(
      JSON.parse(readFileSync(new URL('../../specs/extensions/x-client-helper.schema.json', import.meta.url), 'utf8'))
        .properties,
    ),
  );
  return helperKeys;
}

// Every operation, and every variant of one, names the client helper that
// calls it (`x-client-helper`), so a new operation gets its helper, docs
// sample and tests by convention; the generator under tools/ reads it.
function ClientHelper() {
  const seen = new Map(); // helper name -> where it was first declared
  const operationIds = new Set();
  const readWiths = [];
  return {
    Operation: {
      enter(operation, ctx) {
        const resolve = resolver(ctx);
        operationIds.add(operation.operationId);
        const parameters = [...(ctx.parentNode?.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
        const queryNames = new Set(parameters.filter((p) => p?.in === 'query').map((p) => p.name));
        const check = (helper, location, label) => {
          const report = (message) => ctx.report({ message: `${label}: ${message}`, location });
          if (!helper || typeof helper !== 'object')
            return report('needs "x-client-helper" with at least a "name" such as chatRooms.list.');
          const names = helperNamesOf(helper);
          for (const key of Object.keys(helper))
            if (!knownHelperKeys().has(key)) report(`unknown key "${key}" in x-client-helper.`);
          for (const name of names) {
            if (typeof name !== 'string' || !HELPER_NAME.test(name))
              report(`helper name "${name}" must read resource.method in camelCase.`);
            else if (seen.has(name)) report(`helper name "${name}" is already used by ${seen.get(name)}.`);
            else seen.set(name, label);
          }
          for (const parameter of [helper.idsParameter, helper.pagination?.pageParameter]) {
            if (parameter !== undefined && !queryNames.has(parameter))
              report(`"${parameter}" is not a query parameter of this operation.`);
          }
          if (helper.pagination && !(helper.pagination.items && helper.pagination.hasNextPage)) {
            report(
              'pagination needs "items" and "hasNextPage": the fields of the page that hold the records and say whether another page follows.',
            );
          }
          if (helper.patch) readWiths.push({ readWith: helper.patch.readWith, report });
        };
        check(operation['x-client-helper'], ctx.location.child(['x-client-helper']), operation.operationId);
        const parameterNames = new Set(parameters.map((parameter) => parameter?.name));
        for (const [index, variant] of (operation['x-operation-variants'] ?? []).entries()) {
          for (const name of variant.requiredParameters ?? [])
            if (!parameterNames.has(name))
              ctx.report({
                message: `${operation.operationId} variant ${variant.operationId}: requiredParameters names "${name}", which is not a parameter of the operation.`,
                location: ctx.location.child(['x-operation-variants', index]),
              });
          check(
            variant['x-client-helper'],
            ctx.location.child(['x-operation-variants', index]),
            `${operation.operationId} variant ${variant.operationId}`,
          );
        }
      },
    },
    Root: {
      leave() {
        for (const { readWith, report } of readWiths) {
          if (!operationIds.has(readWith)) report(`patch.readWith "${readWith}" is not an operationId of this API.`);
        }
      },
    },
  };
}

const QUIRK_ROW = /^\| ([NP]\d+) \|/gm;
let quirkIds;
// The QUIRKS.md rows x-provenance may name, read once, when the first use is checked.
function knownQuirks() {
  quirkIds ??= new Set(
    [...readFileSync(new URL('../../specs/QUIRKS.md', import.meta.url), 'utf8').matchAll(QUIRK_ROW)].map((m) => m[1]),
  );
  return quirkIds;
}

// Every operation, every shared response and every schema file says where
// its facts come from (`x-provenance`): a vendor page by its `x-sources` key,
// an inference and its basis, or a choice of this project. Its shape is
// declared by specs/extensions/x-provenance.schema.json, which `pnpm lint`
// checks every use against; this rule checks that it is there, and that the
// sources and quirks it names exist. An inline response or a
// property has that of what holds it unless it says otherwise.
function Provenance() {
  let sources = {};
  const check = (provenance, location, label, ctx) => {
    const report = (message) => ctx.report({ message: `${label}: ${message}`, location });
    if (!provenance || typeof provenance !== 'object')
      return report('needs "x-provenance" (documented, inferred or modelled).');
    // Its shape (kind, and the sources or basis each kind needs) is its JSON Schema's to check.
    for (const key of [provenance.sources ?? []].flat())
      if (!Object.hasOwn(sources, key)) report(`source "${key}" is not a key of the document's x-sources.`);
    for (const id of [provenance.quirks ?? []].flat())
      if (!knownQuirks().has(id)) report(`quirk "${id}" is not a row of specs/QUIRKS.md.`);
  };
  return {
    Root: {
      enter(root, ctx) {
        sources = root['x-sources'] ?? {};
        if (!Object.keys(sources).length)
          ctx.report({
            message: 'The document needs "x-sources": the pages its facts come from.',
            location: ctx.location,
          });
      },
    },
    Operation: {
      enter(operation, ctx) {
        const provenance = operation['x-provenance'];
        const location = ctx.location.child(['x-provenance']);
        check(provenance, location, operation.operationId, ctx);
        const overrides = provenance?.responses ?? {};
        for (const [status, override] of Object.entries(overrides)) {
          if (!operation.responses?.[status])
            ctx.report({
              message: `${operation.operationId}: x-provenance.responses names ${status}, which it does not answer.`,
              location,
            });
          check(override, location, `${operation.operationId} ${status}`, ctx);
        }
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          // An inline response is part of its operation's page; a shared one says where it comes from.
          if (!response?.$ref || overrides[status]) continue;
          const shared = ctx.resolve(response);
          check(
            shared.node?.['x-provenance'],
            ctx.location.child(['responses', status]),
            `${operation.operationId} ${status} (${response.$ref})`,
            ctx,
          );
        }
      },
    },
    Parameter: {
      enter(parameter, ctx) {
        if (parameter['x-provenance'] !== undefined)
          check(parameter['x-provenance'], ctx.location.child(['x-provenance']), `parameter ${parameter.name}`, ctx);
      },
    },
    Schema: {
      enter(schema, ctx) {
        const file = ctx.location.source.absoluteRef;
        const isSchemaFile =
          ctx.location.pointer === '#/' && /[\\/]components[\\/]schemas[\\/][^\\/]+\.yaml$/.test(file);
        if (isSchemaFile || schema['x-provenance'] !== undefined)
          check(
            schema['x-provenance'],
            ctx.location.child(['x-provenance']),
            isSchemaFile ? file.split(/[\\/]/).pop() : 'schema',
            ctx,
          );
      },
    },
  };
}

export default function chatapiRules() {
  return {
    id: 'chatapi',
    rules: {
      oas3: {
        'operation-examples': OperationExamples,
        'schema-property-description': SchemaPropertyDescription,
        'roles-machine-readable': RolesMachineReadable,
        'client-helper': ClientHelper,
        provenance: Provenance,
      },
    },
  };
}
