import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Issue #12 item 9: the printed start link carries a single-use start code instead of the session
 * token. The token would stay usable for the whole run from wherever the link ends up (shell
 * history, scrollback, a screenshot); a start code is worth nothing once it was exchanged or a
 * minute has passed. The page exchanges it once for the session token, which it keeps in
 * sessionStorage (this tab only).
 */
const START_CODE_TTL_MS = 60_000;

export interface StartCodes {
  /** A new code, valid for one exchange within START_CODE_TTL_MS. */
  issue(): string;
  /** True once for a code that was issued, is unexpired and was not redeemed before. */
  redeem(code: string): boolean;
}

export function createStartCodes(now: () => number = Date.now): StartCodes {
  const open = new Map<string, number>(); // code → expires at
  const sweep = () => {
    const t = now();
    for (const [code, expires] of open) if (expires <= t) open.delete(code);
  };
  return {
    issue() {
      sweep();
      const code = randomBytes(16).toString('hex');
      open.set(code, now() + START_CODE_TTL_MS);
      return code;
    },
    redeem(given) {
      sweep();
      const given_ = Buffer.from(given);
      for (const code of open.keys()) {
        const candidate = Buffer.from(code);
        if (candidate.length === given_.length && timingSafeEqual(candidate, given_)) {
          open.delete(code);
          return true;
        }
      }
      return false;
    },
  };
}
