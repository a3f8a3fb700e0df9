import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BESLUIT_OUTCOMES, ESCALATION_TARGETS, LEEFGEBIEDEN, SPOREN } from '../../../../shared/domain/enums';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { formatCount, formatDays, formatScoreChange } from './parts';

type Indicators = ChannelOutput<'indicators:get'>;
type WijkIndicators = Indicators['totaal'];

interface Line {
  key: string;
  label: string;
  value: (w: WijkIndicators) => ReactNode;
}

/** One indicator per row, one column per wijk and the total: the way a wijk-MT compares wijken. */
function IndicatorTable({
  caption,
  columns,
  lines,
  testId,
  empty,
}: {
  caption: string;
  columns: [string, WijkIndicators][];
  lines: Line[];
  testId: string;
  empty?: string;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      className="bc-table bc-indicator-table"
      data-testid={testId}
      scroll
      rows={lines}
      rowKey={(line) => line.key}
      empty={empty}
      columns={[
        { id: 'indicator', header: t('businesscase.monitoring.colIndicator'), rowHeader: true, cell: (line) => line.label },
        ...columns.map(
          ([name, w], i): Column<Line> => ({
            id: `wijk-${name}`,
            header: name,
            numeric: true,
            strong: i === columns.length - 1,
            cell: (line) => line.value(w),
          }),
        ),
      ]}
    />
  );
}

/** §3.6 indicators per wijk and in total, for the selected year. */
export function MonitoringTables({ ind }: { ind: Indicators }) {
  const { t } = useTranslation();
  const m = (key: string, opts: Record<string, string> = {}) => t(`businesscase.monitoring.${key}`, opts);
  const columns: [string, WijkIndicators][] = [...Object.entries(ind.perWijk), [m('totaal'), ind.totaal]];
  const general: Line[] = [
    { key: 'aanmeldingen', label: m('aanmeldingen'), value: (w) => formatCount(w.aanmeldingen) },
    { key: 'signalen', label: m('signalen'), value: (w) => formatCount(w.signalen) },
    { key: 'casesDiscussed', label: m('casesDiscussed'), value: (w) => formatCount(w.casesDiscussed) },
    { key: 'doorbraken', label: m('doorbraken'), value: (w) => formatCount(w.doorbraken) },
    { key: 'voorliggendVeld', label: m('voorliggendVeld'), value: (w) => formatCount(w.voorliggendVeld) },
    { key: 'voorliggendVeldArrived', label: m('voorliggendVeldArrived'), value: (w) => formatCount(w.voorliggendVeldArrived) },
    { key: 'multiSpoor', label: m('multiSpoor'), value: (w) => formatCount(w.multiSpoor) },
    { key: 'doorbraakZonderPrio', label: m('doorbraakZonderPrio'), value: (w) => formatCount(w.doorbraakZonderPrio) },
    { key: 'medianDaysToPlan', label: m('medianDaysToPlan'), value: (w) => formatDays(w.medianDaysToPlan) },
    { key: 'medianDaysToBesluit', label: m('medianDaysToBesluit'), value: (w) => formatDays(w.medianDaysToBesluit) },
  ];
  const perSpoor: Line[] = SPOREN.map((s) => ({ key: s, label: t(`spoor.${s}`), value: (w) => formatCount(w.interventionsPerSpoor[s]) }));
  const escalations: Line[] = [
    ...ESCALATION_TARGETS.map((k) => ({
      key: `target-${k}`,
      label: m('targetPrefix', { label: t(`target.${k}`) }),
      value: (w: WijkIndicators) => formatCount(w.escalations.byTarget[k]),
    })),
    ...[...BESLUIT_OUTCOMES, 'open' as const].map((k) => ({
      key: `outcome-${k}`,
      label: m('outcomePrefix', { label: k === 'open' ? t('businesscase.counts.open') : t(`outcome.${k}`) }),
      value: (w: WijkIndicators) => formatCount(w.escalations.byOutcome[k]),
    })),
    { key: 'overdue', label: m('overdue'), value: (w) => formatCount(w.escalations.overdue) },
  ];
  const scores: Line[] = LEEFGEBIEDEN.map((l) => ({
    key: l,
    label: t(`leefgebied.${l}`),
    value: (w) => m('score', { value: formatScoreChange(w.scoreChange[l].averageChange), n: formatCount(w.scoreChange[l].n) }),
  }));
  const rules = [...new Set(columns.flatMap(([, w]) => Object.keys(w.knelpuntenPerRule)))].sort();
  const knelpunten: Line[] = rules.map((rule) => ({ key: rule, label: rule, value: (w) => formatCount(w.knelpuntenPerRule[rule] ?? 0) }));
  return (
    <>
      {Object.keys(ind.perWijk).length === 0 && <Paragraph>{m('noData')}</Paragraph>}
      <IndicatorTable testId="monitoring-algemeen" caption={m('generalCaption')} columns={columns} lines={general} />
      <IndicatorTable testId="monitoring-sporen" caption={m('spoorCaption')} columns={columns} lines={perSpoor} />
      <IndicatorTable testId="monitoring-escalaties" caption={m('escalationCaption')} columns={columns} lines={escalations} />
      <IndicatorTable testId="monitoring-zelfredzaamheid" caption={m('scoreCaption')} columns={columns} lines={scores} />
      <IndicatorTable testId="monitoring-knelpunten" caption={m('knelpuntCaption')} columns={columns} lines={knelpunten} empty={m('noKnelpunten')} />
    </>
  );
}
