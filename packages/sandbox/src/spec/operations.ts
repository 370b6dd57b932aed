// Turns every operation of a dereferenced spec into what the server needs at
// request time: a route matcher and compiled validators for the parameters
// and the body. Nothing here is written per endpoint.
import { operationsOf } from '@chatapi/specs/catalogue';
import { createAjv, type Validator } from './ajv.js';
import type { OpenApiDocument } from './load.js';
import { withSafeIntegers } from './safe-integers.js';
import type { SchemaChecked } from './schema-checked.js';
import { closedSchema } from './unknown-fields.js';

export type ParameterLocation = 'path' | 'query' | 'header';
const LOCATIONS: ParameterLocation[] = ['path', 'query', 'header'];

export interface ParameterSet {
  /** Declared names; header names lower-cased as Node presents them. */
  names: string[];
  /** The spec's spelling of each name, for error messages (`x-popsell-brand` is `X-Popsell-Brand`). */
  declaredNames: Record<string, string>;
  /** Each name by its lower-cased form, for servers that match keys without regard to case. */
  byLowerCase: Map<string, string>;
  validate: Validator;
  /**
   * The forms of each parameter whose schema is an `anyOf` (`Id`: an integer or `[1,2]`), each
   * checking and coercing it alone. ajv coerces nothing inside an `anyOf` (a string `12` stays a
   * string) and lets `1e400` through it, so such a parameter is read form by form, first fit wins.
   */
  alternatives: Record<string, Validator[]>;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  pattern: RegExp;
  pathParameterNames: string[];
  parameters: Record<ParameterLocation, ParameterSet>;
  body?: {
    required: boolean;
    mediaTypes: Record<string, Validator>;
    /** The same schemas closed to fields they do not describe, to find those (see unknown-fields.ts). */
    closedMediaTypes: Record<string, Validator>;
  };
  /** Security alternatives (each an object of scheme names); [] means anonymous. */
  security: Record<string, string[]>[];
  /** Every scheme any alternative names: a credential of one of them is enough. */
  schemes: Set<string>;
  /** An empty alternative ({}) makes credentials optional: they are checked only when sent. */
  credentialsOptional: boolean;
  requiredRoles: string[];
  statuses: string[];
  spec: Record<string, SchemaChecked>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The path part of the spec's first server URL, variables at their defaults: `/api/v2` for Popsell, '' for Nexudus. */
export function basePathOf(doc: OpenApiDocument): string {
  const server = doc.servers?.[0];
  if (!server) return '';
  const url = String(server.url).replace(
    /\{([^}]+)\}/g,
    (_match: string, name: string) => server.variables?.[name]?.default ?? name,
  );
  return new URL(url, 'http://placeholder').pathname.replace(/\/$/, '');
}

function compilePath(path: string) {
  const names: string[] = [];
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const match = /^\{(.+)\}$/.exec(part);
      if (!match) return escapeRegExp(part);
      names.push(match[1]!);
      return '([^/]+)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}/?$`), names };
}

export function compileOperations(doc: OpenApiDocument): Operation[] {
  // Parameters arrive as strings: coerce them to their schema's type.
  const parameterAjv = createAjv({ coerceTypes: true });
  const bodyAjv = createAjv();
  const operations: Operation[] = [];
  const basePath = basePathOf(doc);

  for (const { path, method, operation: spec, parameters: declared } of operationsOf<SchemaChecked, SchemaChecked>(
    doc,
  )) {
    const { pattern, names } = compilePath(basePath + path);
    const parameters = Object.fromEntries(
      LOCATIONS.map((location) => {
        const own = declared.filter((parameter) => parameter.in === location);
        const key = (name: string) => (location === 'header' ? name.toLowerCase() : name);
        const forms = (parameter: SchemaChecked): SchemaChecked[] | undefined => parameter.schema?.anyOf;
        const schema = {
          type: 'object',
          properties: Object.fromEntries(
            own.map((parameter) => [key(parameter.name), forms(parameter) ? {} : (parameter.schema ?? {})]),
          ),
          required: own.filter((parameter) => parameter.required).map((parameter) => key(parameter.name)),
        };
        const alternatives = Object.fromEntries(
          own.flatMap((parameter) => {
            const name = key(parameter.name);
            return (forms(parameter) ?? []).length
              ? [
                  [
                    name,
                    forms(parameter)!.map((form) =>
                      parameterAjv.compile(withSafeIntegers({ type: 'object', properties: { [name]: form } })),
                    ),
                  ],
                ]
              : [];
          }),
        );
        return [
          location,
          {
            names: own.map((parameter) => key(parameter.name)),
            declaredNames: Object.fromEntries(own.map((parameter) => [key(parameter.name), parameter.name])),
            byLowerCase: new Map(own.map((parameter) => [key(parameter.name).toLowerCase(), key(parameter.name)])),
            validate: parameterAjv.compile(withSafeIntegers(schema)),
            alternatives,
          },
        ];
      }),
    ) as Record<ParameterLocation, ParameterSet>;

    const content = spec.requestBody?.content as Record<string, { schema?: object }> | undefined;
    const security: Record<string, string[]>[] = spec.security ?? doc.security ?? [];
    operations.push({
      operationId: spec.operationId,
      method: method.toUpperCase(),
      path,
      pattern,
      pathParameterNames: names,
      parameters,
      body: content && {
        required: Boolean(spec.requestBody.required),
        mediaTypes: Object.fromEntries(
          Object.entries(content).map(([type, media]) => [type, bodyAjv.compile(withSafeIntegers(media.schema ?? {}))]),
        ),
        closedMediaTypes: Object.fromEntries(
          Object.entries(content).map(([type, media]) => [type, bodyAjv.compile(closedSchema(media.schema ?? {}))]),
        ),
      },
      security,
      schemes: new Set(security.flatMap((alternative) => Object.keys(alternative))),
      credentialsOptional: security.some((alternative) => Object.keys(alternative).length === 0),
      requiredRoles: spec['x-required-roles'] ?? [],
      statuses: Object.keys(spec.responses ?? {}),
      spec,
    });
  }
  // Literal paths before templated ones, so /chatrooms/commands wins over /chatrooms/{Id}.
  return operations.sort((a, b) => a.pathParameterNames.length - b.pathParameterNames.length);
}
