// Redocly plugin with the project rules that built-in and configurable rules
// cannot express: they need to look through $refs and across several nodes.

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

export default function chatapiRules() {
  return {
    id: 'chatapi',
    rules: {
      oas3: {
        'operation-examples': OperationExamples,
        'schema-property-description': SchemaPropertyDescription,
        'roles-machine-readable': RolesMachineReadable,
      },
    },
  };
}
