import type { Migration } from './types';

/**
 * PLACEHOLDER, not a real migration: version 14 is reserved for the `beleid` branch (session 6),
 * which lands in parallel. It exists only so that this branch's migration 015 has versions 1 … 15
 * in order. The integrator deletes this file (and its test) and registers beleid's own migration 014.
 */
export const migration014: Migration = {
  version: 14,
  name: 'reserved_beleid',
  up() {
    // Nothing: the real schema change of version 14 is beleid's.
  },
};
