// A user-facing failure: printed as one line on stderr, exit status 2, never a stack trace.
export class UsageError extends Error {}

/** One input that cannot be read as a page or text: in a batch, its error line; alone, exit status 2. */
export class InputError extends Error {}
