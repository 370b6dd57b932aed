// The quirks of one API, from specs/QUIRKS.md, as a section of its reference:
// the rows of the ledger whose id starts with the API's letter (N, P).

import { apiOf } from '@chatapi/specs/catalogue';

export function quirksSection(ledger, api) {
  const letter = apiOf(api).quirkPrefix;
  const rows = ledger.split('\n').filter((line) => new RegExp(`^\\|\\s*${letter}\\d+\\s*\\|`).test(line));
  if (rows.length === 0) throw new Error(`specs/QUIRKS.md has no ${letter} rows for ${api}`);
  return [
    '## Quirks',
    '',
    "Where the vendor's documents contradict themselves, this reference follows what real traffic looks like. Each decision, with its evidence:",
    '',
    '| Id | Quirk | Evidence | Decision |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
