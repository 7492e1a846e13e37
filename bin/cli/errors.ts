// A user-facing failure: printed as one line on stderr, exit status 2, never a stack trace.
export class UsageError extends Error {}
