import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import { DataTable } from '../../components/DataTable';
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
      <DataTable
        caption={t('escalations.caption')}
        captionHidden
        className="werkbank-table werkbank-esc-inbox"
        rows={items}
        rowKey={rowKey}
        virtual
        data-testid="inbox"
        keepRowKey={selected}
        rowProps={(r) => {
          const isSelected = rowKey(r) === selected;
          const classes = [isSelected ? 'werkbank-esc-inbox-selected' : '', r.overdue ? 'werkbank-esc-inbox-overdue' : ''].join(' ').trim();
          return { className: classes || undefined, 'aria-current': isSelected ? 'true' : undefined };
        }}
        columns={[
          {
            id: 'code',
            header: t('escalations.col.code'),
            rowHeader: true,
            cell: (r) => (
              <Link to={`/casussen/${r.code}`} className="utrecht-link">
                {r.code}
              </Link>
            ),
          },
          { id: 'wijk', header: t('escalations.col.wijk'), cell: (r) => r.wijk },
          { id: 'target', header: t('escalations.col.target'), cell: (r) => targets.name(r.target) },
          { id: 'status', header: t('escalations.col.status'), cell: (r) => t(`escalationStatus.${r.status}`) },
          {
            id: 'urgency',
            header: t('escalations.col.urgency'),
            className: (r) => (r.urgency === 'acuut' || r.urgency === 'hoog' ? 'werkbank-esc-inbox-urgent' : undefined),
            cell: (r) => (r.urgency ? t(`urgency.${r.urgency}`) : '—'),
          },
          {
            id: 'submittedOn',
            header: t('escalations.col.submittedOn'),
            cell: (r) => (
              <>
                <span className="werkbank-esc-nowrap">{formatDate(r.submittedOn)}</span>
                {r.ageDays !== null ? <span className="werkbank-esc-inbox-age">{t('escalations.age', { count: r.ageDays })}</span> : null}
              </>
            ),
          },
          {
            id: 'deadlineOn',
            header: t('escalations.col.deadlineOn'),
            cell: (r) => (
              <>
                <span className="werkbank-esc-nowrap">{formatDate(r.deadlineOn)}</span>
                {r.overdue ? (
                  <>
                    {' '}
                    <span className="werkbank-esc-late">{t('escalations.late')}</span>
                  </>
                ) : null}
              </>
            ),
          },
          { id: 'owner', header: t('escalations.col.owner'), cell: (r) => r.owner ?? '—' },
          {
            id: 'budget',
            header: t('escalations.col.budget'),
            numeric: true,
            cell: (r) => (r.requestedBudgetCents === null ? '—' : formatEuro(r.requestedBudgetCents)),
          },
          {
            id: 'dossier',
            header: t('escalations.col.dossier'),
            headerHidden: true,
            cell: (r) => {
              const key = rowKey(r);
              const isSelected = key === selected;
              return (
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
              );
            },
          },
        ]}
      />
    </div>
  );
}
