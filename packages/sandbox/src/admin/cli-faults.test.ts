// `chatapi-sandbox --fault`: the same faults as the admin API, from the command line.
import { describe, expect, it } from 'vitest';
import { runCli, startCliSandbox } from '../test-support/cli-sandbox.js';
import { ADMIN, send } from '../testing/client.js';

describe('chatapi-sandbox --fault', () => {
  it('applies the faults it is given from the first request', async () => {
    const running = await startCliSandbox('nexudus', [
      '--fault',
      'kind=error,status=502,times=1,operationId=getChatRoom',
      '--fault',
      'kind=rate-limit,retryAfterSeconds=2,times=1,operationId=searchChatRooms',
    ]);
    try {
      const get = () => send(running.sandbox, 'GET', '/api/support/chatrooms/1234567', { auth: ADMIN });
      expect((await get()).status).toBe(502);
      expect((await get()).status).toBe(200);
      const search = await send(running.sandbox, 'GET', '/api/support/chatrooms', { auth: ADMIN });
      expect(search.headers.get('retry-after')).toBe('2');
      expect(await running.sandbox.journal()).toHaveLength(3);
    } finally {
      await running.kill();
    }
  });

  it('refuses a fault it cannot apply, before it serves', async () => {
    const run = await runCli(['--api', 'nexudus', '--port', '0', '--fault', 'kind=slow']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fault kind=slow: kind must be one of latency, rate-limit, error, drop, truncate');
  });
});
