/** Public API of the pure calculation engine (§3). No I/O, no Node/Electron/DOM. */
export * from './types';
export { decimalToRational, type Rational } from './decimal';
export { roundHalfAwayFromZero, mulDivRound, roundRatio, toSafeNumber } from './rounding';
export { assertCents, addCents, subCents, sumCents } from './money';
export { addDays, daysBetween, isoWeekday, isWithin, toDayNumber, fromDayNumber, isoDate } from './dates';
export { median } from './stats';
export { costLineAmount, resolveCostLine, type ResolveResult, type PriceListLookup } from './costLine';
export { interventionCost, isCounted } from './interventionCost';
export {
  allocate,
  allocateEqually,
  partsToRecord,
  emptySporenRecord,
  type AllocationWeight,
  type AllocationPart,
} from './allocate';
export { attributeToSporen, type SporenAttribution } from './attribution';
export { emptyPerPayer, gemeenteFigures, totaalFigures, sumPayers, type PayerFigures } from './payers';
export {
  computeCaseRendement,
  rendementPerEuro,
  applyAttribution,
  grantedMaatwerkbudget,
  type CaseRendement,
} from './rendement';
export {
  buildFigureSet,
  countCases,
  sumTotals,
  type RendementTotals,
  type FigureSet,
  type BusinesscaseCounts,
  type OutcomeOrOpen,
} from './figures';
export {
  computeBusinesscase,
  selectBusinesscaseCases,
  type Businesscase,
  type BusinesscaseOptions,
  type BusinesscaseCaseRow,
} from './businesscase';
export { DEFAULT_BOOKED_EFFECT_MEASURE_19 } from './bookedEffect';
export {
  computeIndicators,
  type Indicators,
  type IndicatorOptions,
  type Knelpunt,
  type ScoreChange,
  type WijkIndicators,
} from './monitoring';
export { RULE_KINDS, ruleInForce, capInForce, type Rule, type RuleKind } from './beleidsregels';
export {
  approvalFor,
  buildRegister,
  checkArrangements,
  REVIEW_DUE_SOON_DAYS,
  type Approval,
  type ApprovalStatus,
  type ArrangementFlags,
  type RegisterRow,
  type WeekbedragFlag,
  type WeekbedragRegister,
  type WmoAboveCapRow,
} from './weekbedrag';
export {
  computeMaatschappelijkRendement,
  type InterventionTypeCalc,
  type MaatschappelijkRendement,
  type MaatschappelijkRow,
} from './maatschappelijk';
export {
  addWorkingDays,
  deadlineFor,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  koningsdag,
  DEFAULT_DEADLINE_WORKING_DAYS,
  type PublicHoliday,
} from './workingDays';
