import { describe, expect, it } from 'vitest';
import { isTargetValidOn, targetValidityRefusal, validityText } from '../../../shared/domain/targetValidity';

const prio = { name: 'PRIO', validFrom: '2022-03-01', validTo: '2024-12-31' };

describe('issue #14 item 6: an escalation target takes escalations only within its term (both ends inclusive; absent = open)', () => {
  it('is valid on its first and last day, not the day before or after; a target without dates always', () => {
    expect([isTargetValidOn(prio, '2022-02-28'), isTargetValidOn(prio, '2022-03-01'), isTargetValidOn(prio, '2024-12-31'), isTargetValidOn(prio, '2025-01-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isTargetValidOn({ name: 'Netwerk' }, '1999-01-01')).toBe(true);
    expect(isTargetValidOn({ name: 'X', validTo: '2024-12-31' }, '2000-01-01')).toBe(true);
  });

  it('says the term in Dutch dates', () => {
    expect(validityText(prio)).toBe('van 01-03-2022 tot en met 31-12-2024');
    expect(validityText({ name: 'X', validTo: '2024-12-31' })).toBe('tot en met 31-12-2024');
    expect(validityText({ name: 'X', validFrom: '2025-01-01' })).toBe('vanaf 01-01-2025');
    expect(validityText({ name: 'X' })).toBeNull();
  });

  it('refuses after the term with what to do (solve at the tafel or netwerk, another target, or extend it in Beheer), and before the term', () => {
    expect(targetValidityRefusal(prio, '2024-12-31', 'Een nieuwe escalatie')).toBeNull();
    expect(targetValidityRefusal(prio, '2025-06-02', 'Een nieuwe escalatie')).toBe(
      'Een nieuwe escalatie bij PRIO kan niet: dit escalatiedoel is geldig van 01-03-2022 tot en met 31-12-2024 en 02-06-2025 valt na die periode. ' +
        'Los de casus aan de tafel of met het netwerk op, of kies een ander escalatiedoel. Loopt PRIO nog door, verleng dan de geldigheid bij Beheer › Escalatiedoelen.',
    );
    expect(targetValidityRefusal(prio, '2022-01-10', 'Een nieuwe escalatie')).toMatch(/valt vóór die periode\. Kies een ander escalatiedoel, of pas de ingangsdatum aan/);
  });
});
