// How Popsell words a failure: Laravel's 422 `{ message, errors: { field: [..] } }`
// for validation, `{ message }` for everything else.
import type { ErrorReading, ValidationIssue, VendorErrors } from '@chatapi/client-runtime';

interface PopsellBody {
  message?: string;
  errors?: Record<string, unknown>;
}

export const popsellErrors: VendorErrors = {
  read(status, raw): ErrorReading {
    const body: PopsellBody = raw && typeof raw === 'object' ? (raw as PopsellBody) : {};
    const message = typeof body.message === 'string' ? { message: body.message } : {};
    if (status !== 422 || !body.errors || typeof body.errors !== 'object') return message;
    const issues: ValidationIssue[] = Object.entries(body.errors).flatMap(([field, messages]) =>
      (Array.isArray(messages) ? messages : [messages]).map((text) => ({ field, message: String(text) })),
    );
    return { issues, ...message };
  },
};
