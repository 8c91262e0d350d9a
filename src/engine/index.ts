// The engine's one public barrel: everything outside src/engine imports from here.
export { type Analysis, analyse, type Sentence } from './analysis.js';
export type { DeliveryNotes } from './delivery.js';
export { EngineError, type EngineErrorCode } from './errors.js';
export { createGrader, type EngineData, type GradeInput, type Grader, type GraderOptions } from './grade.js';
export type { Warning, WarningCode } from './integrity.js';
export { checkLevel, demonstratedLevel, type Verdict, verdictFor } from './level-fit.js';
export { LIMITS } from './limits.js';
export type { DimensionReport, Evidence, LadderRung, Report } from './report.js';
export type { SignalData } from './signals/signal.js';
export * from './types.js';
