/**
 * The package version. A constant, not a read of package.json at run time: the server ships
 * as a bundle (npm package, .mcpb) where no package.json sits beside it.
 * test/published-packages.test.ts checks it matches package.json.
 */
export const SERVER_VERSION = "0.1.0";
