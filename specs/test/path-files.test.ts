// A path's file is named after the path (the Redocly starter's convention),
// so the paths READMEs state the rule instead of listing the files, and a
// file no path names is not left behind.
import { readdirSync, readFileSync } from 'node:fs';
import { API_NAMES } from '@chatapi/specs/catalogue';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const sourceRoot = (api: string) => new URL(`../${api}/`, import.meta.url);

describe.each(API_NAMES)('%s path files', (api) => {
  const paths: Record<string, { $ref: string }> = parse(
    readFileSync(new URL('openapi.yaml', sourceRoot(api)), 'utf8'),
  ).paths;

  it('name each file after its path: no leading slash, segments joined by _', () => {
    const misnamed = Object.entries(paths)
      .map(([route, item]) => ({
        route,
        file: item.$ref,
        expected: `paths/${route.slice(1).replaceAll('/', '_')}.yaml`,
      }))
      .filter(({ file, expected }) => file !== expected);
    expect(misnamed).toEqual([]);
  });

  it('name every file of paths/ in openapi.yaml', () => {
    const named = new Set(Object.values(paths).map((item) => item.$ref));
    const files = readdirSync(new URL('paths/', sourceRoot(api))).filter((file) => file.endsWith('.yaml'));
    expect(files.filter((file) => !named.has(`paths/${file}`))).toEqual([]);
  });
});
