// Checks an answer against what the spec promises for an operation and status:
// used by the sandbox's own tests and, through @chatapi/test-harness, by every
// package that talks to the sandbox.
import { createAjv, type Validator } from './ajv.js';
import { type ApiName, operationsById } from './load.js';

export interface ContractCheck {
  ok: boolean;
  problems: string[];
}

const contracts = new Map<
  ApiName,
  (operationId: string, status: number, body: unknown, contentType?: string) => ContractCheck
>();

export function responseContract(api: ApiName) {
  let check = contracts.get(api);
  if (check) return check;
  const ajv = createAjv();
  const validators = new Map<string, Validator | null>();

  check = (operationId, status, body, contentType = 'application/json') => {
    const operation = operationsById(api).get(operationId)?.spec;
    if (!operation) return { ok: false, problems: [`the ${api} spec has no operation ${operationId}`] };
    const response = operation.responses?.[String(status)] ?? operation.responses?.default;
    if (!response) return { ok: false, problems: [`${operationId} documents no ${status} answer`] };
    const mediaType = contentType.split(';')[0]!.trim();
    const key = `${operationId} ${status} ${mediaType}`;
    if (!validators.has(key)) {
      const schema = response.content?.[mediaType]?.schema;
      validators.set(key, schema ? ajv.compile(schema) : null);
    }
    const validate = validators.get(key);
    if (validate === null) {
      return response.content
        ? { ok: false, problems: [`${operationId} ${status} has no ${mediaType} body in the spec`] }
        : { ok: true, problems: [] };
    }
    const ok = validate!(body) as boolean;
    return {
      ok,
      problems: ok ? [] : (validate!.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message}`),
    };
  };
  contracts.set(api, check);
  return check;
}
