// @chatapi/test-harness: what every package's tests share.
export { useSandbox } from './sandbox.js';
export { expectResponseToMatchSpec } from './contract.js';
export { startFaultServer, type Fault, type FaultServer, type RecordedRequest } from './fault-server.js';
export { call, send, ADMIN, POPSELL, type Answer, type Call } from '@chatapi/sandbox/testing';
export { loadCaseFiles, requestOf, type CaseFile, type ContractCase } from './contract-cases.js';
export { expectGeneratedSourcesUpToDate } from './generated-sources.js';
export { packAndInstall, publintMessages, typesProblems, type PackedProject } from './packed-package.js';
export { bundleSize, CLIENT_BUDGET_BYTES, expectClientWithinBudget, type BundleSize } from './bundle-size.js';
export { typeCheck } from './type-check.js';
