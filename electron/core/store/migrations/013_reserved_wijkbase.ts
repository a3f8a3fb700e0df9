import type { Migration } from './types';

/**
 * PLACEHOLDER, not a real migration: version 13 is reserved for the `wijkbase` branch (session 6),
 * which lands in parallel. It exists only so that this branch's migration 015 has versions 1 … 15
 * in order. The integrator deletes this file (and its test) and registers wijkbase's own migration 013.
 */
export const migration013: Migration = {
  version: 13,
  name: 'reserved_wijkbase',
  up() {
    // Nothing: the real schema change of version 13 is wijkbase's.
  },
};
