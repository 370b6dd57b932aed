// Each operation of a built bundle with the route Redoc shows it on
// (`<tag>/<operationid>`, lower-cased): what the browser tests deep-link to.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { operationsOf } from '@chatapi/specs/catalogue';
import { DOCS_DIR } from '../src/serve.js';
import { operationRoute } from '../src/shared-script.js';

export interface DocumentedOperation {
  operationId: string;
  tags: string[];
  summary: string;
  /** Its route, e.g. `chatroom/getchatroom`: `<api>.html#/<route>` opens it, and its section has this id. */
  route: string;
}

export async function documentedOperations(api: string): Promise<DocumentedOperation[]> {
  const doc = JSON.parse(await readFile(path.join(DOCS_DIR, `${api}.openapi.json`), 'utf8'));
  return operationsOf<Omit<DocumentedOperation, 'route'>>(doc).map(({ operation }) => ({
    ...operation,
    route: operationRoute(operation),
  }));
}
