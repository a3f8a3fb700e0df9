/** The §3 reports, built from the calc engine in one place for the screens (IPC) and the exports (CLI). */
export { businesscaseReport, businesscaseYearsReport } from './businesscase';
export { indicatorsReport } from './indicators';
export { registerReport } from './register';
