// Runs every contract case file against the sandbox: each case's request, by
// operationId over real HTTP, must get the status and body it states, and
// every status each operation documents must be covered or exempted.
import { beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../index.js';
import { call } from '../testing/client.js';
import { useSandbox } from '../testing/vitest.js';
import { documentedStatuses, loadCaseFiles, requestOf } from './case-files.js';

describe.each(API_NAMES)('%s contract cases', (api) => {
  const files = loadCaseFiles(api);
  // One sandbox per API, reset to the demo data before each case file: faster than a sandbox per file.
  const sandbox = useSandbox({ api, seed: 'demo' });

  it('cover every status of every operation the spec documents, or say why not', () => {
    const uncovered: string[] = [];
    for (const [operationId, statuses] of documentedStatuses(api)) {
      const file = files.find((candidate) => candidate.operation === operationId);
      for (const status of statuses) {
        const covered =
          file?.cases.some((contractCase) => String(contractCase.expect.status) === status) || file?.exempt[status];
        if (!covered) uncovered.push(`${operationId} ${status}`);
      }
    }
    expect(uncovered).toEqual([]);
    expect(files.map((file) => file.operation).filter((operation) => !documentedStatuses(api).has(operation))).toEqual(
      [],
    );
  });

  describe.each(files)('$file', (file) => {
    beforeAll(() => sandbox().reset());
    it.each(file.cases)('$name', async (contractCase) => {
      const answer = await call(sandbox(), file.operation, requestOf(contractCase));
      expect(answer.status).toBe(contractCase.expect.status);
      if (contractCase.expect.body !== undefined) expect(answer.body).toMatchObject(contractCase.expect.body as object);
    });
  });
});
