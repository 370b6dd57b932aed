/** The generated files of one API, by file name (`openapi.ts`, `helpers.ts`). */
export function generateClientSources(
  api: string,
  paths?: { bundle?: string; dereferenced?: string },
): Promise<Record<string, string>>;
