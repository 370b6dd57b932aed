// The node builders print what their names say.
import { describe, expect, it } from 'vitest';
import {
  constant,
  field,
  identifier,
  indexedAccess,
  objectLiteral,
  printModule,
  spread,
  string,
  template,
  typeAlias,
  typeReference,
  withDocComment,
  withLineComment,
} from './typescript-nodes.js';

const printed = (node) => printModule([], [[node]]).trimEnd();

describe('typescript-nodes', () => {
  it.each([
    ['a plain template', template(['https://example.com']), 'export const x = `https://example.com`;'],
    [
      'a template with two substitutions',
      template(['https://', identifier('host'), '/v', identifier('version'), '']),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the printed source's own template literal
      'export const x = `https://${host}/v${version}`;',
    ],
    [
      'an object of fields, a quoted name, a shorthand and a spread',
      objectLiteral([field('path', string('/x')), field('a-b', string("it's")), 'query', spread(identifier('rest'))]),
      "export const x = { path: '/x', 'a-b': 'it\\'s', query, ...rest };",
    ],
  ])('prints %s', (_, expression, text) => {
    expect(printed(constant('x', expression))).toBe(text);
  });

  it('prints indexed access with string and number keys, single-quoted', () => {
    expect(printed(typeAlias('T', indexedAccess(typeReference('operations'), 'getX', 'responses', 200)))).toBe(
      "export type T = operations['getX']['responses'][200];",
    );
  });

  it('puts a line comment ahead of a doc comment the node already has', () => {
    const node = withDocComment(typeAlias('T', typeReference('U')), ['GET /x']);
    withLineComment(node, 'Types by operation.');
    expect(printed(node)).toBe('// Types by operation.\n/** GET /x */\nexport type T = U;');
    expect(printed(withDocComment(typeAlias('V', typeReference('U')), ['One', 'Two']))).toBe(
      '/**\n * One\n * Two\n */\nexport type V = U;',
    );
  });

  it('separates groups of statements by one blank line, after the header', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((name) => typeAlias(name, typeReference('U')));
    expect(printModule(['// header'], [[a, b], [], [c]])).toBe(
      '// header\nexport type A = U;\nexport type B = U;\n\nexport type C = U;\n',
    );
  });
});
