import {
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
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';
import { formatMultiplier, Num, NumHead } from './parts';

/** §3.7 indicative societal return, with its source; never added to any saving. */
export function MaatschappelijkTable({ m, year }: { m: BusinesscaseReport['maatschappelijk']; year: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph className="bc-prose bc-warning">
        <strong>{t('businesscase.maatschappelijk.warning')}</strong>
      </Paragraph>
      {m.rows.length === 0 ? (
        <Paragraph>{t('businesscase.maatschappelijk.none')}</Paragraph>
      ) : (
        <Table className="bc-table" data-testid="maatschappelijk">
          <TableCaption className="bc-caption">{t('businesscase.maatschappelijk.caption', { year })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('businesscase.maatschappelijk.colType')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('businesscase.maatschappelijk.colSpoor')}</TableHeaderCell>
              <NumHead>{t('businesscase.maatschappelijk.colCost')}</NumHead>
              <NumHead>{t('businesscase.maatschappelijk.colMultiplier')}</NumHead>
              <NumHead>{t('businesscase.maatschappelijk.colReturn')}</NumHead>
              <TableHeaderCell scope="col">{t('businesscase.maatschappelijk.colSource')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {m.rows.map((r) => (
              <TableRow key={r.typeId}>
                <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                <TableCell>{t(`spoor.${r.spoor}`)}</TableCell>
                <Num>{formatEuro(r.costCents)}</Num>
                <Num>{formatMultiplier(r.multiplier)}</Num>
                <Num>{formatEuro(r.indicativeReturnCents)}</Num>
                <TableCell>{r.source ?? t('businesscase.maatschappelijk.noSource')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row" colSpan={4}>
                {t('businesscase.maatschappelijk.total')}
              </TableHeaderCell>
              <Num strong>{formatEuro(m.totalIndicativeReturnCents)}</Num>
              <TableCell />
            </TableRow>
          </TableFooter>
        </Table>
      )}
    </>
  );
}
