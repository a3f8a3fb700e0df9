import { migration001 } from './001_basis';
import type { Migration } from './types';

/** Every schema version, in order. Add a file per version; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration001];
