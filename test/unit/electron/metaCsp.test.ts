import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/contentSecurityPolicy';

/**
 * Issue #12 item 8: renderer/index.html carries the policy as a meta element too (it applies before
 * any header when the file is opened some other way, e.g. by a dev server). It must be the header's
 * policy, except the directives a meta element cannot deliver — browsers ignore `frame-ancestors`,
 * `report-uri` and `sandbox` there (CSP3 §3.3), so listing them would only warn.
 */
const META_IGNORED = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d !== '');

describe('The meta Content-Security-Policy of renderer/index.html equals the header policy', () => {
  const html = readFileSync('renderer/index.html', 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];

  it('is present', () => {
    expect(meta).toBeDefined();
  });

  it('has every directive of the header policy that a meta element can deliver, in the same order, and nothing else', () => {
    const deliverable = directives(CONTENT_SECURITY_POLICY).filter((d) => !META_IGNORED.has(d.split(' ')[0] ?? ''));
    expect(directives(meta ?? '')).toEqual(deliverable);
  });
});
