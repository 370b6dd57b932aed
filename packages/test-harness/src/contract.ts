// Contract assertions compiled from the bundled specs.
import { type ApiName, responseContract } from '@chatapi/sandbox';
import { expect } from 'vitest';

/** Fails the test unless `body` is what the spec documents for this operation and status. */
export function expectResponseToMatchSpec(
  api: ApiName,
  operationId: string,
  status: number,
  body: unknown,
  contentType = 'application/json',
) {
  const { problems } = responseContract(api)(operationId, status, body, contentType);
  expect(problems, `${api} ${operationId} ${status}: ${JSON.stringify(body)}`).toEqual([]);
}
