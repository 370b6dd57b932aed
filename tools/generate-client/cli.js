#!/usr/bin/env node
// Writes a client's generated source; with --check, only compares and fails
// when regenerating would change what the client is built from (a hand edit,
// or a spec change since the last build).
//
//   chatapi-generate-client <nexudus|popsell> <outDir> [--check]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateClientSources } from './generate-client.js';

/** @param {string[]} args */
async function main([api, outDir, flag]) {
  if (!api || !outDir) throw new Error('usage: generate-client.js <api> <outDir> [--check]');
  const files = await generateClientSources(api);
  const stale = [];
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(outDir, name);
    if (flag === '--check') {
      const current = await readFile(file, 'utf8').catch(() => undefined);
      if (current !== text) stale.push(file);
    } else {
      await mkdir(outDir, { recursive: true });
      await writeFile(file, text);
    }
  }
  if (stale.length) {
    console.error(
      `out of date (edited by hand, or the spec changed since): ${stale.join(', ')}. Run the client's build.`,
    );
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
