// The "Errors" section of an API's reference: every failure answer the spec
// documents, by status and format, with how many operations answer it and
// what the typed client throws for it. The class is not written down here: it
// is what the client's own error reading (its vendor's `errors`, through the
// runtime's errorForAnswer) makes of the answer's documented example.
import { errorForAnswer } from '@chatapi/client-runtime';
import { nexudusErrors } from '@chatapi/nexudus-client';
import { popsellErrors } from '@chatapi/popsell-client';
import { apiOf, operationsOf } from '@chatapi/specs/catalogue';

const VENDOR_ERRORS = { nexudus: nexudusErrors, popsell: popsellErrors };

/** Every example body of an answer's content (one undefined body when it documents none). */
function exampleBodies(response) {
  const [media] = Object.values(response.content ?? {});
  if (media?.example !== undefined) return [media.example];
  const bodies = Object.values(media?.examples ?? {}).map((example) => example.value);
  return bodies.length ? bodies : [undefined];
}

const firstSentence = (text) => (/^[\s\S]*?\.(\s|$)/.exec(text.trim())?.[0] ?? text).trim().replace(/\s+/g, ' ');
const cell = (text) => text.replace(/\|/g, '\\|');

/** The section, from the API's bundle with every $ref inlined. */
export function errorsSection(api, dereferenced) {
  const rows = new Map();
  for (const { operationId, operation } of operationsOf(dereferenced)) {
    for (const status of Object.keys(operation.responses ?? {})) {
      if (/^[23]/.test(status)) continue;
      const response = operation.responses[status];
      const thrown = [
        ...new Set(
          exampleBodies(response).map(
            (body) => errorForAnswer(VENDOR_ERRORS[api], { operationId, status: Number(status), body }).name,
          ),
        ),
      ]
        .map((name) => `\`${name}\``)
        .join(' or ');
      const when = firstSentence(response.description);
      const key = `${status} ${when} ${thrown}`;
      const row = rows.get(key) ?? { status, when, thrown, operations: 0 };
      row.operations++;
      rows.set(key, row);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.status.localeCompare(b.status) || b.operations - a.operations);
  const { clientPackage } = apiOf(api);
  return [
    '## Errors',
    '',
    `Every failure the operations document, and what \`${clientPackage}\`'s helpers throw for it (every one an \`ApiError\`, with \`status\`, \`body\`, \`headers\` and the call it came from). Each operation lists its own answers and their bodies. Without an answer at all, the helpers throw \`NetworkError\` (refused, reset or cut off), \`TimeoutError\` (over \`timeoutMs\`) or \`AbortError\` (your signal); a success whose body is not JSON is a \`MalformedResponseError\`.`,
    '',
    ...(VENDOR_ERRORS[api].failedDespiteSuccess
      ? [
          'A success status whose body says the request failed (`WasSuccessful: false`, often on a 200; quirk N8) is a `ValidationError` too.',
          '',
        ]
      : []),
    '| Status | When | Operations | The client throws |',
    '|---|---|---|---|',
    ...sorted.map((row) => `| ${row.status} | ${cell(row.when)} | ${row.operations} | ${row.thrown} |`),
    '',
  ].join('\n');
}
