/** The data layer over the store: import/export (§4), the calc feed (§3), catalogues, case codes. */
export { importDataset, type ImportCounts } from './importDataset';
export { exportDataset, type ExportOptions } from './exportDataset';
export { readCaseCalcs } from './caseCalcs';
export type { CaseFilter } from './caseRows';
export { readInterventionTypes, readRules } from './catalogues';
export { readPriceList, readCurrentPriceListVersion, type StoredPriceList } from './priceList';
export { recordNextCaseCode } from './caseCode';
export { seedDefaultCatalogues, resourcesDir, type SeedCounts } from './seed';
