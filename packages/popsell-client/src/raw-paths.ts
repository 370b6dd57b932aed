// The paths the raw Popsell client takes: the spec's, less the headers the
// client sends itself.
import type { paths } from './generated/openapi.js';

/** An operation whose `header` parameters named `Sent` become optional: the client sends them itself. */
type WithHeadersSent<Operation, Sent extends string> = Operation extends { parameters: { header: infer Header } }
  ? Omit<Operation, 'parameters'> & {
      parameters: Omit<Operation['parameters'], 'header'> & {
        header?: Omit<Header, Sent> & Partial<Pick<Header, Extract<keyof Header, Sent>>>;
      };
    }
  : Operation;

/** The spec's paths as the raw client takes them: it sends `X-Popsell-Brand` with every request. */
export type PopsellClientPaths = {
  [Path in keyof paths]: { [Key in keyof paths[Path]]: WithHeadersSent<paths[Path][Key], 'X-Popsell-Brand'> };
};
