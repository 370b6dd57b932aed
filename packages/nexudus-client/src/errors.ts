// How Nexudus words a failure. Validation failures come as an ActionResult
// with `WasSuccessful: false` and `Errors[]`, with status 400, 500 (quirk N8)
// or even 200; refusals as ASP.NET's `{ Message }`; the token endpoint
// answers in OAuth2's `{ error, error_description }`.
import type { ErrorReading, ValidationIssue, VendorErrors } from '@chatapi/client-runtime';

interface NexudusBody {
  WasSuccessful?: boolean;
  Message?: string;
  Errors?: { PropertyName?: string; Message?: string; AttemptedValue?: unknown }[] | null;
  error?: string;
  error_description?: string;
}

const asBody = (body: unknown): NexudusBody => (body && typeof body === 'object' ? (body as NexudusBody) : {});

function issuesOf(body: NexudusBody): ValidationIssue[] {
  const errors = body.Errors ?? [];
  if (errors.length === 0) return [{ field: '', message: body.Message ?? 'the request was not accepted' }];
  return errors.map((error) => ({
    field: error.PropertyName ?? '',
    message: error.Message ?? 'is not valid',
    ...(error.AttemptedValue === undefined || error.AttemptedValue === null
      ? {}
      : { attemptedValue: error.AttemptedValue }),
  }));
}

export const nexudusErrors: VendorErrors = {
  read(_status, raw): ErrorReading {
    const body = asBody(raw);
    if (body.WasSuccessful === false)
      return { issues: issuesOf(body), ...(body.Message ? { message: body.Message } : {}) };
    if (typeof body.error === 'string') {
      const message = body.error_description ? `${body.error}: ${body.error_description}` : body.error;
      // A refused username, password or refresh token is an authentication failure, though OAuth2 answers 400.
      if (body.error === 'invalid_grant') return { kindOfStatus: 401, message };
      return { issues: [{ field: '', message }], message };
    }
    return typeof body.Message === 'string' ? { message: body.Message } : {};
  },
  failedDespiteSuccess: (raw) => asBody(raw).WasSuccessful === false,
};
