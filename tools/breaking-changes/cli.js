#!/usr/bin/env node
// Fails (exit 1) when an API description changed in a breaking way since the
// last release and no changeset declares the major bump it needs.
//
//   chatapi-breaking-changes [--base <git ref>]
import { parseArgs } from 'node:util';
import { checkBreakingChanges, packagesBrokenBy } from './breaking-changes.js';

const { values } = parseArgs({ options: { base: { type: 'string' } } });

function changesetFor(finding) {
  const lines = packagesBrokenBy(finding.api).map((name) => `'${name}': major`);
  return ['---', ...lines, '---', '', `<what breaks in the ${finding.api} API, and how users move on>`].join('\n');
}

try {
  const { base, findings, ok } = await checkBreakingChanges({ cwd: process.cwd(), base: values.base });
  if (!base) {
    console.log('breaking-changes: no release tag and no main branch in this history; nothing to compare with.');
  } else {
    console.log(`breaking-changes: comparing with ${base.ref} (${base.why})`);
    for (const finding of findings) {
      console.log(`\n${finding.api}: ${finding.status}`);
      if (finding.status === 'breaking') {
        console.log(finding.report.replace(/^/gm, '  '));
        if (finding.undeclared.length) {
          console.log(`\n  No changeset declares a major release of ${finding.undeclared.join(', ')}.`);
          console.log('  If the break is intended, add one (pnpm changeset, or a file in .changeset/):\n');
          console.log(changesetFor(finding).replace(/^/gm, '    '));
        } else {
          console.log('  A changeset declares the major release it needs.');
        }
      }
    }
  }
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`breaking-changes: ${error.message}`);
  process.exitCode = 2;
}
