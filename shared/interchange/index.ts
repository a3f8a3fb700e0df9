/** The interchange format v1 (PRODUCT.md §4): schemas, types and the validating entry point. */
export * from './primitives';
export * from './vocabulary';
export * from './catalogues';
export * from './caseParts';
export * from './caseFile';
export * from './meetings';
export * from './evaluation';
export { DatasetSchema, parseDataset, type DatasetFile } from './dataset';
export { ageBand, pseudonymiseDataset } from './pseudonymise';
