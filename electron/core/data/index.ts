/** The data layer over the store: import/export (§4), the calc feed (§3), catalogues, case codes. */
export { importDataset } from './importDataset';
export { exportDataset } from './exportDataset';
export { readCaseCalcs } from './caseCalcs';
export { readCountedCostPerType, readSummedCaseCalcs } from './caseSums';
export { readStoredSummedCaseCalcs, readStoredYearGemeente, readStoredYearShares } from './caseSummaries';
export { countedCostPerTypeOf, readStoredCaseFigures, type StoredCaseFigures } from './caseFigures';
export { readInterventionTypes, readRules } from './catalogues';
export { listPriceListVersionsUsedBy, readPriceList } from './priceList';
export { recordNextCaseCode } from './caseCode';
export { seedDefaultCatalogues, resourcesDir } from './seed';
