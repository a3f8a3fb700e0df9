import type { Migration } from './types';

/**
 * A placeholder, in this branch only: version 10 belongs to another change made at the same time
 * (issue #11), and the runner needs the versions without a gap to reach 011. It changes nothing;
 * when the branches are merged, the real 010 replaces this file and its test.
 */
export const migration010: Migration = {
  version: 10,
  name: 'reserved',
  up() {
    // Intentionally empty: see above.
  },
};
