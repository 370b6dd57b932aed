// How chatapi-check-live turns the environment into respect's arguments; the
// runs themselves, against a sandbox, are tools/workflows/workflows.test.js.
import { describe, expect, it } from 'vitest';
import { envName, respectArguments } from './check-live.js';

const NEXUDUS = {
  NEXUDUS_EMAIL: 'me@example.com',
  NEXUDUS_PASSWORD: 'secret',
  NEXUDUS_BUSINESS_ID: '1',
  NEXUDUS_COMMAND_KEY: 'KEY',
  NEXUDUS_FROM_USER_ID: '2',
  NEXUDUS_TO_USER_ID: '3',
};

describe('chatapi-check-live', () => {
  it('reads each workflow input from <API>_<INPUT IN UPPER SNAKE CASE>', () => {
    expect(envName('nexudus', 'businessId')).toBe('NEXUDUS_BUSINESS_ID');
    expect(envName('popsell', 'apiKey')).toBe('POPSELL_API_KEY');
    expect(envName('nexudus', 'email')).toBe('NEXUDUS_EMAIL');
  });

  it('runs every workflow file of the API against production by default, each input once', () => {
    const planned = respectArguments('nexudus', NEXUDUS);
    expect(planned).toEqual({
      runs: [
        [
          'respect',
          expect.stringMatching(/dist\/nexudus\.chat\.arazzo\.json$/),
          '--server',
          'nexudus=https://spaces.nexudus.com',
          ...['email=me@example.com', 'password=secret', 'businessId=1', 'commandKey=KEY']
            .concat(['fromUserId=2', 'toUserId=3'])
            .flatMap((input) => ['--input', input]),
        ],
      ],
    });
  });

  it('takes another server, or one workflow and only its inputs', () => {
    const planned = respectArguments(
      'nexudus',
      {
        NEXUDUS_URL: 'http://127.0.0.1:4010',
        NEXUDUS_EMAIL: 'a',
        NEXUDUS_PASSWORD: 'b',
        NEXUDUS_FROM_USER_ID: '1',
        NEXUDUS_TO_USER_ID: '2',
      },
      { workflow: 'chatUserMessageJourney' },
    );
    expect('runs' in planned && planned.runs[0]).toContain('nexudus=http://127.0.0.1:4010');
    expect('runs' in planned && planned.runs[0]?.slice(-2)).toEqual(['--workflow', 'chatUserMessageJourney']);
  });

  it('says what is missing: Popsell has no default server, and every required input needs its variable', () => {
    expect(respectArguments('popsell', { POPSELL_API_KEY: 'k' })).toEqual({
      error:
        'set POPSELL_URL, POPSELL_DOMAIN, POPSELL_CUSTOMER_EMAIL, POPSELL_BRAND, POPSELL_AMBASSADOR_ID, POPSELL_CUSTOMER_ID',
    });
    expect(respectArguments('nexudus', NEXUDUS, { workflow: 'nope' })).toEqual({
      error: 'nexudus has no workflow nope',
    });
  });
});
