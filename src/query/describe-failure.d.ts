// Types of describe-failure.js (plain JavaScript so the worker thread can load it).
export function describeFailure(e: unknown): { message: string; isResourceLimit: boolean };
