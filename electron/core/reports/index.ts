/** The §3 reports, built from the calc engine in one place for the screens (IPC) and the exports (CLI). */
export { businesscaseFor, businesscaseOptions, businesscaseReport, loadBusinesscaseCalcs, maatschappelijkFor, type BusinesscaseFilters } from './businesscase';
export { indicatorsReport, type IndicatorFilters } from './indicators';
export { registerReport, type FlaggedArrangement, type RegisterFilters } from './register';
