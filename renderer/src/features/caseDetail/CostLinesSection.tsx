import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../../../shared/format/money';
import type { CostLineFile, PriceListItemFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { usePriceList } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CostLineForm } from './CostLineForm';
import { useCaseRendement } from './caseQueries';
import { formatPct, formatQuantity } from '../../format/numbers';

/**
 * §3.1 the cost lines of both scenarios, read-only. An item line carries only the item and the
 * quantity; its name, unit, tariff, payer and evidence come from the case's price-list version.
 * The amount per line is the one the server stored when the line was written (§3.1, rounded once);
 * nothing is computed here, so the lines add up to the engine's total cent for cent.
 */
export function CostLinesSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const priceList = usePriceList(c.calculation?.priceListVersion);
  const rendement = useCaseRendement(c.code);
  const items = new Map((priceList.data?.items ?? []).map((i) => [i.id, i]));
  return (
    <section className="werkbank-section" aria-labelledby="kosten-titel">
      <Heading2 id="kosten-titel">{t('caseDetail.costs.title')}</Heading2>
      {detail.calculationLocked ? (
        <Paragraph className="werkbank-locked">
          <strong>{t('caseDetail.costs.lockedTitle')}</strong> {t('caseDetail.costs.locked')}
        </Paragraph>
      ) : null}
      <ErrorAlert message={priceList.error?.message} />
      {(['reference', 'actual'] as const).map((scenario) => (
        <div key={scenario} className="werkbank-scenario">
          <ScenarioTable
            caption={t(`caseDetail.costs.${scenario}`)}
            lines={c[scenario]}
            amounts={detail.amounts[scenario]}
            items={items}
            total={rendement.data ? (scenario === 'reference' ? rendement.data.referenceCents : rendement.data.actualCents) : null}
          />
          {detail.calculationLocked ? null : <CostLineForm detail={detail} scenario={scenario} items={priceList.data?.items ?? []} />}
        </div>
      ))}
      <Paragraph className="werkbank-muted werkbank-note">{t('caseDetail.costs.evidenceLegend')}</Paragraph>
      <Paragraph className="werkbank-muted werkbank-note">{t('caseDetail.costs.amountNote')}</Paragraph>
    </section>
  );
}

function ScenarioTable({
  caption,
  lines,
  amounts,
  items,
  total,
}: {
  caption: string;
  lines: CostLineFile[];
  amounts: number[];
  items: Map<string, PriceListItemFile>;
  total: number | null;
}) {
  const { t } = useTranslation();
  // What a line shows: an item line takes its name, unit, tariff, payer and evidence from the price list.
  const view = (line: CostLineFile) => {
    const item = line.item !== undefined ? items.get(line.item) : undefined;
    return {
      item,
      unit: line.unit ?? item?.unit,
      unitCost: line.item !== undefined ? item?.unitCostCents : line.unitCostCents,
      payer: line.payer ?? item?.payer,
      evidence: line.evidence ?? item?.evidence,
    };
  };
  return (
    <DataTable
      caption={caption}
      className="werkbank-table werkbank-lines-table"
      rows={lines}
      rowKey={(line, i) => `${line.item ?? line.label ?? ''}-${String(i)}`}
      empty={t('caseDetail.costs.empty')}
      emptyInTable
      columns={[
        {
          id: 'description',
          header: t('caseDetail.costs.col.description'),
          rowHeader: true,
          className: 'werkbank-line-name',
          cell: (line) => (
            <>
              {line.label ?? view(line).item?.name ?? line.item}
              {line.item !== undefined ? <span className="werkbank-line-item">{t('caseDetail.costs.item', { id: line.item })}</span> : null}
            </>
          ),
        },
        {
          id: 'payer',
          header: t('caseDetail.costs.col.payer'),
          cell: (line) => {
            const payer = view(line).payer;
            return payer ? t(`payer.${payer}`) : '—';
          },
        },
        { id: 'evidence', header: t('caseDetail.costs.col.evidence'), cell: (line) => view(line).evidence ?? '—' },
        {
          id: 'quantity',
          header: t('caseDetail.costs.col.quantity'),
          numeric: true,
          cell: (line) => {
            const unit = view(line).unit;
            return `${formatQuantity(line.quantity)}${unit && unit !== 'eenmalig' ? ` ${t(`unit.${unit}`)}` : ''}`;
          },
        },
        { id: 'probability', header: t('caseDetail.costs.col.probability'), numeric: true, cell: (line) => formatPct(line.probabilityPct ?? 100) },
        {
          id: 'unitCost',
          header: t('caseDetail.costs.col.unitCost'),
          numeric: true,
          cell: (line) => {
            const { unit, unitCost } = view(line);
            if (unitCost === undefined) return '—';
            if (unitCost === null) return t('caseDetail.costs.noAmount');
            return `${formatEuro(unitCost)}${unit ? ` / ${t(`unit.${unit}`)}` : ''}`;
          },
        },
        {
          id: 'amount',
          header: t('caseDetail.costs.col.amount'),
          numeric: true,
          cell: (_line, i) => (amounts[i] === undefined ? '—' : formatEuro(amounts[i])),
        },
      ]}
      footer={[
        total !== null && {
          key: 'total',
          label: t('caseDetail.costs.total', { scenario: caption.toLowerCase() }),
          span: 6,
          cells: { amount: formatEuro(total) },
        },
      ]}
    />
  );
}
