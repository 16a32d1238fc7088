/**
 * Errors shaped like OfficeExtension.Error ("RichApi.Error"): `code`, `message`, `debugInfo`.
 * Messages are the real Office.js / Excel strings where known (office-js en-us resources).
 */

/** Error codes the fake raises (a subset of Excel.ErrorCodes / OfficeExtension.ErrorCodes). */
export const FakeErrorCode = {
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

const docsLink =
  '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';

const defaultMessages: Record<string, string> = {
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: ${docsLink}.`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: ${docsLink}.`,
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** What Excel rejects with: `name` "RichApi.Error", a `code` from Excel.ErrorCodes, `debugInfo`. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly httpStatusCode: number;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? defaultMessages[code] ?? code;
    super(text);
    this.code = code;
    this.httpStatusCode = code === "ItemNotFound" ? 404 : code === "GeneralException" ? 500 : 400;
    this.debugInfo = { code, message: text, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** The error a getter throws when its property was not loaded and synced (client-side in Office.js). */
export function propertyNotLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`
  );
}

export function invalidArgument(location: string, detail?: string): FakeOfficeError {
  const base = defaultMessages.InvalidArgument ?? "";
  return new FakeOfficeError(
    FakeErrorCode.invalidArgument,
    detail ? `${base} (${detail})` : base,
    location
  );
}

export function apiNotFound(member: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.apiNotFound,
    `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    member
  );
}

/** Something the fake deliberately does not model; fails loudly instead of guessing. */
export function notModelled(location: string, what: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.notImplemented,
    `[excel fake] ${what} is not modelled.`,
    location
  );
}
