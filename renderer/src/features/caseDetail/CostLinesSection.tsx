import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../../../shared/format/money';
import type { CostLineFile, PriceListItemFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CostLineForm } from './CostLineForm';
import { useCaseRendement, usePriceList } from './caseQueries';
import { formatPct, formatQuantity } from './numbers';

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
  return (
    <Table className="werkbank-table werkbank-lines-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('caseDetail.costs.col.description')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('caseDetail.costs.col.payer')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('caseDetail.costs.col.evidence')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="werkbank-num">
            {t('caseDetail.costs.col.quantity')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="werkbank-num">
            {t('caseDetail.costs.col.probability')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="werkbank-num">
            {t('caseDetail.costs.col.unitCost')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="werkbank-num">
            {t('caseDetail.costs.col.amount')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.length === 0 ? (
          <TableRow>
            <TableCell colSpan={7}>{t('caseDetail.costs.empty')}</TableCell>
          </TableRow>
        ) : (
          lines.map((line, i) => {
            const item = line.item !== undefined ? items.get(line.item) : undefined;
            const unit = line.unit ?? item?.unit;
            const unitCost = line.item !== undefined ? item?.unitCostCents : line.unitCostCents;
            const payer = line.payer ?? item?.payer;
            const evidence = line.evidence ?? item?.evidence;
            return (
              <TableRow key={`${line.item ?? line.label ?? ''}-${String(i)}`}>
                <TableHeaderCell scope="row" className="werkbank-line-name">
                  {line.label ?? item?.name ?? line.item}
                  {line.item !== undefined ? (
                    <span className="werkbank-line-item">{t('caseDetail.costs.item', { id: line.item })}</span>
                  ) : null}
                </TableHeaderCell>
                <TableCell>{payer ? t(`payer.${payer}`) : '—'}</TableCell>
                <TableCell>{evidence ?? '—'}</TableCell>
                <TableCell className="werkbank-num">
                  {formatQuantity(line.quantity)}
                  {unit && unit !== 'eenmalig' ? ` ${t(`unit.${unit}`)}` : ''}
                </TableCell>
                <TableCell className="werkbank-num">{formatPct(line.probabilityPct ?? 100)}</TableCell>
                <TableCell className="werkbank-num">
                  {unitCost === undefined
                    ? '—'
                    : unitCost === null
                      ? t('caseDetail.costs.noAmount')
                      : `${formatEuro(unitCost)}${unit ? ` / ${t(`unit.${unit}`)}` : ''}`}
                </TableCell>
                <TableCell className="werkbank-num">{amounts[i] === undefined ? '—' : formatEuro(amounts[i])}</TableCell>
              </TableRow>
            );
          })
        )}
      </TableBody>
      {total !== null ? (
        <TableFooter>
          <TableRow className="werkbank-row-strong">
            <TableHeaderCell scope="row" colSpan={6}>
              {t('caseDetail.costs.total', { scenario: caption.toLowerCase() })}
            </TableHeaderCell>
            <TableCell className="werkbank-num">{formatEuro(total)}</TableCell>
          </TableRow>
        </TableFooter>
      ) : null}
    </Table>
  );
}
