// Nexudus's own answer shapes: the ActionResult envelope for actions and
// validation failures, ASP.NET's {Message} for refusals, OAuth2 errors for tokens.
import type { Issue } from '../../http/issues.js';
import { bracketPath } from '../../spec/error-path.js';
import { nexudusNow } from './records.js';

export function actionDone(message: string, value: { Id: number } | null, updatedBy: string, updatedOn = nexudusNow()) {
  return {
    status: 200 as const,
    body: {
      Status: 200,
      Message: message,
      Value: value,
      OpenInDialog: false,
      OpenInWindow: false,
      RedirectURL: null,
      JavaScript: null,
      UpdatedOn: updatedOn,
      UpdatedBy: updatedBy,
      Errors: null,
      WasSuccessful: true,
    },
  };
}

export interface PropertyError {
  PropertyName: string;
  Message: string;
  AttemptedValue: unknown;
}

export function validationFailed(errors: PropertyError[]) {
  return {
    status: 400 as const,
    body: {
      Status: 400,
      Message: errors.map((error) => `${error.PropertyName}: ${error.Message}`).join(', '),
      Value: null,
      Errors: errors,
      WasSuccessful: false,
    },
  };
}

/** ASP.NET's model-state key: `Parameters[0].Value`. */
const propertyNameOf = (issue: Issue) =>
  bracketPath([issue.field || (issue.location === 'body' ? 'Body' : issue.location), ...(issue.within ?? [])]);

// "is a required field" is the vendor's own phrase (seeds 000 to 002).
const wording = (issue: Issue) => (issue.kind === 'required' ? 'is a required field' : issue.message);

export const propertyErrors = (issues: Issue[]): PropertyError[] =>
  issues.map((issue) => ({
    PropertyName: propertyNameOf(issue),
    Message: wording(issue),
    AttemptedValue: issue.value ?? null,
  }));

export const refused = <Status extends number>(status: Status, message: string) => ({
  status,
  body: { Message: message },
});

export const notFound = () => refused(404, 'No record was found with the Id given.');

export const oauthError = (
  error: 'invalid_request' | 'invalid_grant' | 'unsupported_grant_type',
  description?: string,
) => ({
  status: 400 as const,
  body: description ? { error, error_description: description } : { error },
});
