// Work split into tasks: a long piece of work done in one go keeps the page from answering input (and is
// what Lighthouse's Total Blocking Time counts). Each step here runs in a task of its own.

/** `fn` run in a task of its own (a timer), its result once run: work kept out of the task before it. */
export const inTask = <T>(fn: () => T): Promise<T> => new Promise((r) => setTimeout(() => r(fn())));
