/**
 * The Dutch names a PDF prints, from shared/format: the very strings the screens show (the
 * renderer merges the same objects into its i18n), so a report cannot call a figure, a spoor or a
 * state differently from the screen, and core needs nothing of the renderer.
 */
export { BUSINESSCASE_LABELS } from '../../../../shared/format/businesscaseLabels';
export { MONITORING_LABELS } from '../../../../shared/format/monitoringLabels';
export { REGISTER_LABELS } from '../../../../shared/format/registerLabels';
export {
  ACTION_STATUS_LABELS,
  CALCULATION_STATUS_LABELS,
  LEEFGEBIED_LABELS,
  OUTCOME_LABELS,
  PAYER_LABELS,
  SPOOR_LABELS,
  TARGET_LABELS,
} from '../../../../shared/format/domainLabels';

/** i18next-style `{{name}}` placeholders filled in (the screen's interpolation, without i18next). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const v = vars[key];
    return v === undefined ? whole : String(v);
  });
}
