/** The data layer over the store: import/export (§4), the calc feed (§3), catalogues, case codes. */
export { importDataset, type ImportCounts } from './importDataset';
export { exportDataset, type ExportOptions } from './exportDataset';
export { loadCaseCalcs } from './caseCalcs';
export type { CaseFilter } from './caseRows';
export { loadInterventionTypes, loadRules } from './catalogues';
export { loadPriceList, currentPriceListVersion, type LoadedPriceList } from './priceList';
export { nextCaseCode } from './caseCode';
export { seedDefaultCatalogues, resourcesDir, type SeedCounts } from './seed';
