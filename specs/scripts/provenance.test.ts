// The provenance listing, and the cross-reference between QUIRKS.md and the
// descriptions: every quirk row is named by the x-provenance of a fact it
// decides, so a reader can go from either to the other.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiNames, loadBundle } from '../test/bundles.js';
import { provenanceFacts } from './provenance.js';

const script = new URL('./provenance.js', import.meta.url).pathname;
const run = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [script, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
const facts = apiNames.flatMap((api) => provenanceFacts(api, loadBundle(api, 'json')));

describe('x-provenance', () => {
  it('names every row of QUIRKS.md from the facts it decides', () => {
    const rows = [...readFileSync(new URL('../QUIRKS.md', import.meta.url), 'utf8').matchAll(/^\| ([NP]\d+) \|/gm)];
    const named = new Set(facts.flatMap((fact) => fact.quirks ?? []));
    expect(rows.length).toBeGreaterThan(60);
    expect(rows.map((row) => row[1]).filter((id) => !named.has(id))).toEqual([]);
  });

  it('places each fact where a reader finds it', () => {
    const where = facts.map((fact) => `${fact.api} ${fact.kind} ${fact.where}`);
    expect(where).toContain('nexudus inferred createToken (POST /api/token) 400');
    expect(where).toContain('nexudus inferred schema ChatRoomListItem.Business');
    expect(where).toContain('nexudus inferred response Unauthorized');
    expect(where).toContain('nexudus inferred searchChatRooms (GET /api/support/chatrooms) parameter ChatRoom_Users');
    expect(where).toContain(
      'nexudus inferred searchChatUserMessages (GET /api/sys/chatusermessages) variant findChatUserMessagesByIds',
    );
    expect(where).toContain('popsell inferred listAmbassadors (GET /chat/ambassadors) 403');
    expect(where).toContain('popsell inferred rateChatroom (POST /chat/chatrooms/{chatroom}/ratings) body value');
    expect(where).toContain('popsell inferred parameter per_page');
    expect(where).toContain('popsell modelled schema PopsellDateFilter');
    expect(where).toContain('popsell documented updateChatroom (PATCH /chat/chatrooms/{id})');
  });
});

describe('chatapi-provenance', () => {
  it('lists the inferred facts by default, with their basis, pages and quirks', async () => {
    const { code, stdout, stderr } = await run();
    expect(code).toBe(0);
    expect(stdout).toContain('nexudus  inferred  schema RefreshTokenGrantRequest\n');
    expect(stdout).toContain(
      '    sources: Nexudus REST API: Authentication; RFC 6749: The OAuth 2.0 Authorization Framework\n',
    );
    expect(stdout).toContain('    QUIRKS.md: N16, N37\n');
    expect(stdout).not.toContain('  documented  ');
    expect(stderr).toMatch(/^\n\d+ inferred facts\n$/);
  });

  it('lists the facts one quirk decides, of any kind, as JSON on request', async () => {
    const { stdout } = await run('--quirk', 'N33', '--json');
    expect(JSON.parse(stdout).map((fact: { where: string }) => fact.where)).toEqual([
      'searchChatUserMessages (GET /api/sys/chatusermessages)',
      'schema ChatUserMessageListItem',
    ]);
  });

  it('refuses a kind it does not know', async () => {
    const { code, stderr } = await run('--kind', 'guessed');
    expect(code).toBe(2);
    expect(stderr).toContain('--kind must be inferred, modelled, documented or all');
  });
});
