// Spec nodes and request data are checked at run time, not by TypeScript: ajv
// validates every request against its operation's schema before a handler sees
// it, and @chatapi/specs' tests check the bundles' shape. Their real type is the
// schema's, so they are typed loosely here, in one place.
// biome-ignore lint/suspicious/noExplicitAny: the schema, checked at run time, is their type
export type SchemaChecked = any;
