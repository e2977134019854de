/**
 * On stdio, stdout carries JSON-RPC and nothing else. Imported first by
 * main.ts so that anything a dependency logs through console (an SDK's debug
 * logger, a stray console.log) lands on stderr instead.
 */
const toStderr = (...args: unknown[]) => console.error(...args);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;
console.warn = toStderr;
console.trace = (...args: unknown[]) => console.error(new Error(args.map(String).join(" ")).stack);
