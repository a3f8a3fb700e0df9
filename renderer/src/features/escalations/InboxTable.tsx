import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import { DOSSIER_PANEL_ID } from './DossierPanel';
import type { Targets } from './useTargets';

export const rowKey = (r: Pick<InboxRow, 'code' | 'index'>) => `${r.code}#${String(r.index)}`;

/**
 * The inbox in the server's order (urgency, then deadline). Every row has a "Dossier" button — a
 * real button, so Tab reaches it and Enter or Space opens the dossier below the table.
 */
export function InboxTable({
  items,
  selected,
  onSelect,
  targets,
}: {
  items: InboxRow[];
  selected: string | null;
  onSelect: (row: InboxRow) => void;
  targets: Targets;
}) {
  const { t } = useTranslation();
  return (
    <div className="werkbank-esc-inbox-scroll">
      <Table className="werkbank-table werkbank-esc-inbox">
        <TableCaption className="werkbank-visually-hidden">{t('escalations.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('escalations.col.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('escalations.col.wijk')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('escalations.col.target')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('escalations.col.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('escalations.col.urgency')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('escalations.col.submittedOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('escalations.col.deadlineOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('escalations.col.owner')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="werkbank-esc-num">
              {t('escalations.col.budget')}
            </TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="werkbank-visually-hidden">{t('escalations.col.dossier')}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((r) => {
            const key = rowKey(r);
            const isSelected = key === selected;
            const classes = [isSelected ? 'werkbank-esc-inbox-selected' : '', r.overdue ? 'werkbank-esc-inbox-overdue' : ''].join(' ').trim();
            return (
              <TableRow key={key} className={classes || undefined} aria-current={isSelected ? 'true' : undefined}>
                <TableHeaderCell scope="row">
                  <Link to={`/casussen/${r.code}`} className="utrecht-link">
                    {r.code}
                  </Link>
                </TableHeaderCell>
                <TableCell>{r.wijk}</TableCell>
                <TableCell>{targets.name(r.target)}</TableCell>
                <TableCell>{t(`escalationStatus.${r.status}`)}</TableCell>
                <TableCell className={r.urgency === 'acuut' || r.urgency === 'hoog' ? 'werkbank-esc-inbox-urgent' : undefined}>
                  {r.urgency ? t(`urgency.${r.urgency}`) : '—'}
                </TableCell>
                <TableCell>
                  <span className="werkbank-esc-nowrap">{formatDate(r.submittedOn)}</span>
                  {r.ageDays !== null ? (
                    <span className="werkbank-esc-inbox-age">{t('escalations.age', { count: r.ageDays })}</span>
                  ) : null}
                </TableCell>
                <TableCell>
                  <span className="werkbank-esc-nowrap">{formatDate(r.deadlineOn)}</span>
                  {r.overdue ? (
                    <>
                      {' '}
                      <span className="werkbank-esc-late">{t('escalations.late')}</span>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>{r.owner ?? '—'}</TableCell>
                <TableCell className="werkbank-esc-num werkbank-esc-nowrap">
                  {r.requestedBudgetCents === null ? '—' : formatEuro(r.requestedBudgetCents)}
                </TableCell>
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    className="werkbank-esc-inbox-open"
                    data-dossier-button={key}
                    aria-expanded={isSelected}
                    aria-controls={isSelected ? DOSSIER_PANEL_ID : undefined}
                    onClick={() => onSelect(r)}
                  >
                    {t('escalations.openDossier')}
                    <span className="werkbank-visually-hidden">
                      {' '}
                      {t('escalations.openDossierOf', { code: r.code, target: targets.name(r.target) })}
                    </span>
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
