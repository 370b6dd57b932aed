import { describe, expect, it } from 'vitest';
import { Journal, newRecord, type RequestRecord } from './journal.js';

const HEADERS = { authorization: 'Bearer secret', 'x-api-key': 'k', accept: '*/*' };
const entry = (url: string, extra: Partial<RequestRecord> = {}): RequestRecord => ({
  ...newRecord('GET', url, HEADERS),
  status: 200,
  ...extra,
});

describe('Journal', () => {
  it('keeps the last `limit` entries, oldest first', () => {
    const journal = new Journal(3);
    for (let index = 1; index <= 10; index++) journal.record(entry(`/${index}`));
    expect(journal.entries().map((kept) => kept.url)).toEqual(['/8', '/9', '/10']);
    expect(journal.entries({ after: 9 }).map((kept) => kept.sequence)).toEqual([10]);
  });

  it('redacts credentials in headers and bodies, and cuts long bodies', () => {
    const journal = new Journal();
    journal.record(
      entry('/api/token', {
        method: 'POST',
        body: 'grant_type=password&password=hunter2&totp=123456',
        answer: 'x'.repeat(100_000),
      }),
    );
    journal.record(entry('/auth/token', { method: 'POST', body: '{"api_key":"sandbox-api-key","x":1}' }));
    const [form, json] = journal.entries();
    expect(form!.headers).toEqual({ authorization: 'Bearer [redacted]', 'x-api-key': '[redacted]', accept: '*/*' });
    expect(form!.body).toBe('grant_type=password&password=[redacted]&totp=[redacted]');
    expect(form!.answer!.length).toBe(16 * 1024 + 1);
    expect(json!.body).toBe('{"api_key":"[redacted]","x":1}');
  });

  it('keeps nothing with a limit of 0', () => {
    const journal = new Journal(0);
    journal.record(entry('/'));
    expect(journal.entries()).toEqual([]);
  });
});
