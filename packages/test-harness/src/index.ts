// @chatapi/test-harness: what every package's tests share.

export { ADMIN, type Answer, type Call, call, POPSELL, sandboxControls, send } from '@chatapi/sandbox/testing';
export { useSandbox } from '@chatapi/sandbox/vitest';
export { type BundleSize, bundleSize, CLIENT_BUDGET_BYTES, expectClientWithinBudget } from './bundle-size.js';
export { expectResponseToMatchSpec } from './contract.js';
export { type Fault, type FaultServer, type RecordedRequest, startFaultServer } from './fault-server.js';
export { expectGeneratedSourcesUpToDate } from './generated-sources.js';
export { type PackedProject, packAndInstall, publintMessages, typesProblems } from './packed-package.js';
export { TYPE_CHECK_TIMEOUT_MS, typeCheck } from './type-check.js';
export { expectNoUnhandledRejections } from './unhandled-rejections.js';
