// The few TypeScript nodes the helpers generator builds, over the compiler's
// factory (as openapi-typescript builds its types), and the printer that
// turns them into source. Strings are single-quoted, as in the rest of the
// code base, so the built declarations read the same as hand-written ones.
import ts from 'typescript';

const f = ts.factory;

export const identifier = (name) => f.createIdentifier(name);
export const string = (text) => f.createStringLiteral(String(text), true);

/** A property name: bare when it is an identifier, quoted otherwise. */
export const propertyName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? identifier(name) : string(name));

// Types

export const typeReference = (name, ...typeArguments) =>
  f.createTypeReferenceNode(name, typeArguments.length ? typeArguments : undefined);

const literalType = (key) =>
  f.createLiteralTypeNode(typeof key === 'number' ? f.createNumericLiteral(key) : string(key));

/** `object['key'][200]…`, one indexed access per key. */
export const indexedAccess = (object, ...keys) =>
  keys.reduce((type, key) => f.createIndexedAccessTypeNode(type, literalType(key)), object);

/** `'a' | 'b'`. */
export const stringUnion = (values) =>
  values.length === 1 ? literalType(values[0]) : f.createUnionTypeNode(values.map(literalType));

/** `{ a: A; b?: B }`. */
export const typeLiteral = (members) =>
  f.createTypeLiteralNode(
    members.map(({ name, type, optional }) =>
      f.createPropertySignature(
        undefined,
        propertyName(name),
        optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
        type,
      ),
    ),
  );

export const arrayType = (element) => f.createArrayTypeNode(element);

/** `array[number]`: the type of an array's elements. */
export const elementType = (array) =>
  f.createIndexedAccessTypeNode(array, f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword));
export const keywordType = (kind) => f.createKeywordTypeNode(kind);

// Expressions

/** `name: value` in an object literal; the name is quoted when it must be. */
export const field = (name, value) => f.createPropertyAssignment(propertyName(name), value);

/**
 * An object literal of fields, spreads, and bare names for shorthand properties.
 * @param {(string | ts.ObjectLiteralElementLike)[]} entries
 */
export const objectLiteral = (entries, multiLine = false) =>
  f.createObjectLiteralExpression(
    entries.map((entry) => (typeof entry === 'string' ? f.createShorthandPropertyAssignment(entry) : entry)),
    multiLine,
  );

export const spread = (expression) => f.createSpreadAssignment(expression);

export const call = (callee, typeArguments, args) =>
  f.createCallExpression(typeof callee === 'string' ? identifier(callee) : callee, typeArguments, args);

/** `object.name`, or `object['name']` when the name is not an identifier. */
export const member = (object, name) =>
  /^[A-Za-z_$][\w$]*$/.test(name)
    ? f.createPropertyAccessExpression(object, name)
    : f.createElementAccessExpression(object, string(name));

export const property = (object, name) =>
  f.createPropertyAccessExpression(typeof object === 'string' ? identifier(object) : object, name);

/**
 * A parameter; an `initializer` is its default.
 * @param {string} name
 * @param {ts.TypeNode} [type]
 * @param {{ optional?: boolean, initializer?: ts.Expression }} [options]
 */
export const parameter = (name, type, { optional = false, initializer } = {}) =>
  f.createParameterDeclaration(
    undefined,
    undefined,
    name,
    optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
    type,
    initializer,
  );

export const arrow = (parameters, returnType, body) =>
  f.createArrowFunction(
    undefined,
    undefined,
    parameters,
    returnType,
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    body,
  );

export const arrayLiteral = (elements) => f.createArrayLiteralExpression(elements, false);

/** `` `head${expression}tail…` ``, from alternating text and expressions. */
export function template(parts) {
  const [head, ...rest] = parts;
  if (!rest.length) return f.createNoSubstitutionTemplateLiteral(head);
  const spans = [];
  for (let index = 0; index < rest.length; index += 2) {
    const text = rest[index + 1] ?? '';
    const last = index + 2 >= rest.length;
    spans.push(f.createTemplateSpan(rest[index], last ? f.createTemplateTail(text) : f.createTemplateMiddle(text)));
  }
  return f.createTemplateExpression(f.createTemplateHead(head), spans);
}

// Statements

const exported = [f.createModifier(ts.SyntaxKind.ExportKeyword)];

/**
 * @param {string} name
 * @param {ts.TypeNode} type
 * @param {{ exportIt?: boolean, typeParameters?: string[] }} [options]
 */
export const typeAlias = (name, type, { exportIt = true, typeParameters } = {}) =>
  f.createTypeAliasDeclaration(
    exportIt ? exported : undefined,
    name,
    typeParameters?.map((parameterName) => f.createTypeParameterDeclaration(undefined, parameterName)),
    type,
  );

export const constant = (name, initializer) =>
  f.createVariableStatement(
    exported,
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(name, undefined, undefined, initializer)],
      ts.NodeFlags.Const,
    ),
  );

export const functionDeclaration = (name, parameters, statements) =>
  f.createFunctionDeclaration(
    exported,
    undefined,
    name,
    undefined,
    parameters,
    undefined,
    f.createBlock(statements, true),
  );

/** `import { a, type B } from 'module'`; names starting with `type ` are type-only. */
export const importNamed = (names, module, { typeOnly = false } = {}) =>
  f.createImportDeclaration(
    undefined,
    f.createImportClause(
      typeOnly,
      undefined,
      f.createNamedImports(
        names.map((name) => {
          const typeOnlyName = name.startsWith('type ');
          return f.createImportSpecifier(typeOnlyName, undefined, identifier(name.replace(/^type /, '')));
        }),
      ),
    ),
    string(module),
  );

// Comments

/** Puts a JSDoc comment, one line per entry, before `node`. */
export function withDocComment(node, lines) {
  const text = lines.length === 1 ? `* ${lines[0]} ` : `*\n${lines.map((line) => ` * ${line}`).join('\n')}\n `;
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, text, true);
}

/** Puts a `//` comment before `node`, ahead of any comment it already has. */
export function withLineComment(node, text) {
  /** @type {ts.SynthesizedComment} */
  const comment = {
    kind: ts.SyntaxKind.SingleLineCommentTrivia,
    text: ` ${text}`,
    hasTrailingNewLine: true,
    pos: -1,
    end: -1,
  };
  return ts.setSyntheticLeadingComments(node, [comment, ...(ts.getSyntheticLeadingComments(node) ?? [])]);
}

// Printing

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const sourceFile = ts.createSourceFile('generated.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);

/**
 * The module's source: `header` lines, then each group of statements, with a
 * blank line between groups (the printer itself keeps none).
 */
export function printModule(header, groups) {
  const printed = groups
    .filter((group) => group.length)
    .map((group) => group.map((node) => printer.printNode(ts.EmitHint.Unspecified, node, sourceFile)).join('\n'));
  return `${[...header, ...printed.flatMap((text, index) => (index ? ['', text] : [text]))].join('\n')}\n`;
}

export { ts };
