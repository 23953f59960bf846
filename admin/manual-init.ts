/**
 * Runs before decap-cms-app is evaluated (admin/main.ts imports it first).
 * - Decap reads CMS_MANUAL_INIT when its module is evaluated: the generated configuration, not a
 *   config.yml fetch, starts the CMS.
 * - CommonJS code bundled inside Decap's dependencies reads Node's `global` at load time
 *   (@iarna/toml: `global.Date`). The production build leaves no such reference, but the dev
 *   server's pre-bundled copy does, and the admin stayed blank under `npm start` with
 *   "global is not defined". In a browser, Node's `global` is the window.
 */
const scope = window as unknown as { CMS_MANUAL_INIT: boolean; global?: unknown };
scope.CMS_MANUAL_INIT = true;
scope.global ??= window;
export {};
