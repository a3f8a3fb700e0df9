/**
 * Public API of the pure calculation engine (§3) for the rest of the app. No I/O, no
 * Node/Electron/DOM. The engine's own building blocks (rounding, allocation, dates …) are imported
 * from their modules by the engine and its tests; knip keeps this list to what others use.
 */
export * from './types';
export { daysBetween } from './dates';
export { computeCaseRendement, type CaseRendement } from './rendement';
export { figuredCaseOf, type BusinesscaseCaseRow, type EscalationFact, type FiguredCase, type RendementTotals } from './figures';
export { businesscaseOfFigured, computeBusinesscase, matchesBusinesscaseFilters, selectBusinesscaseCases, type Businesscase, type BusinesscaseOptions } from './businesscase';
export { computeKalenderjaar, kalenderjaarCaseOf, sumKalenderjaar, type Kalenderjaar, type KalenderjaarCase } from './kalenderjaar';
export { compareWithMeasure19, type Measure19Comparison } from './measure19';
export { DEFAULT_BOOKED_EFFECT_MEASURE_19 } from './bookedEffect';
export { computeIndicators, type Indicators, type WijkIndicators } from './monitoring';
export {
  approvalHistory,
  buildRegister,
  checkArrangements,
  type ApprovalHistoryEntry,
  type ApprovalStatus,
  type ArrangementFlags,
  type WeekbedragFlag,
  type WeekbedragRegister,
} from './weekbedrag';
export { computeMaatschappelijkRendement, maatschappelijkFromCosts, type MaatschappelijkRendement } from './maatschappelijk';
export { caseSums, emptyCaseSumsPerPayer, sporenInOrder } from './caseSums';
export { deadlineFor, DEFAULT_DEADLINE_WORKING_DAYS } from './workingDays';
export { measure4Comparison, type Measure4Year } from './measure4';
