/**
 * Beheer → Logboek (issue #11 item 3): the audit log newest first, filtered by case or id, actor,
 * action and period (dd-mm-jjjj), a page of 50 at a time from the server (the log only grows), the
 * filtered rows as CSV through saveFile, and whether the log is complete and unchanged.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { auditDetailText } from '../../../../shared/format/auditDetail';
import { formatDateTime } from '../../../../shared/format/date';
import type { AuditEntryView, AuditFilter } from '../../../../shared/ipc/channels/audit';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, dateText, DateField, Form, optionalText, SelectField, TextField, useFilters } from '../../components/form';
import { saveFile } from '../../platform/saveFile';
import { AuditStatusPanel } from './AuditStatusPanel';
import './audit.css';

const listInput = contract['audit:list'].input;
/** The filter bar is the list's own query; a period that ends before it starts is said under "Tot en met". */
const filterSchema = z
  .object({
    subject: optionalText(listInput.shape.subject),
    actor: choice(listInput.shape.actor),
    action: choice(listInput.shape.action),
    from: dateText(listInput.shape.from),
    to: dateText(listInput.shape.to),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { path: ['to'], error: () => i18next.t('audit.toBeforeFrom') });
const NO_FILTERS = { subject: '', actor: '', action: '', from: '', to: '' };

export function AuditPage() {
  const { t } = useTranslation();
  const { form, query, setQuery } = useFilters(filterSchema, NO_FILTERS);
  // A new filter starts at page 1: the page belongs to the query it was chosen for.
  const filterKey = JSON.stringify(query);
  const [paging, setPaging] = useState({ key: filterKey, page: 1 });
  const page = paging.key === filterKey ? paging.page : 1;
  const listQuery = { ...query, page };
  const list = useQuery({ queryKey: queryKeys.audit.list(listQuery), queryFn: () => unwrap(api.auditList(listQuery)), placeholderData: keepPreviousData });
  const data = list.data;
  const all = { value: '', label: t('audit.all') };
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <div className="audit">
      <Paragraph>
        <Link to="/beheer">{t('audit.back')}</Link>
      </Paragraph>
      <Heading1>{t('audit.title')}</Heading1>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <AuditStatusPanel />
      <search aria-label={t('audit.filters')}>
        <Form form={form} className="werkbank-filters" onValid={setQuery}>
          <TextField form={form} name="subject" label={t('audit.subject')} description={t('audit.subjectHelp')} type="search" size={16} />
          <SelectField form={form} name="actor" label={t('audit.actor')} options={[all, ...(data?.actors ?? []).map((a) => ({ value: a, label: a }))]} />
          <SelectField form={form} name="action" label={t('audit.action')} options={[all, ...(data?.actions ?? []).map((a) => ({ value: a, label: a }))]} />
          {/* The period's rule stands under "Tot en met": a new start checks the end again. */}
          <DateField form={form} name="from" label={t('audit.from')} effects={{ onChange: () => void form.trigger('to') }} />
          <DateField form={form} name="to" label={t('audit.to')} />
        </Form>
      </search>
      <ErrorAlert message={list.error?.message} />
      {!data ? (
        <Paragraph role="status">{t('audit.loading')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status">{data.total === 0 ? t('audit.noMatch') : t('audit.count', { count: data.total })}</Paragraph>
          {data.items.length > 0 ? <AuditTable items={data.items} /> : null}
          {pages > 1 ? (
            <nav aria-label={t('audit.pages')} className="audit-pages">
              <ButtonGroup>
                <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => setPaging({ key: filterKey, page: page - 1 })}>
                  {t('audit.previous')}
                </Button>
                <Paragraph className="audit-page-of">{t('audit.page', { page, pages })}</Paragraph>
                <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => setPaging({ key: filterKey, page: page + 1 })}>
                  {t('audit.next')}
                </Button>
              </ButtonGroup>
            </nav>
          ) : null}
        </>
      )}
      <AuditExport filter={query} />
    </div>
  );
}

function AuditTable({ items }: { items: readonly AuditEntryView[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('audit.caption')}
      className="audit-table"
      scroll
      columns={[
        { id: 'seq', header: t('audit.column.seq'), numeric: true, rowHeader: true, cell: (e) => e.seq },
        { id: 'at', header: t('audit.column.at'), className: 'audit-nowrap', cell: (e) => formatDateTime(e.at) },
        { id: 'actor', header: t('audit.column.actor'), cell: (e) => e.actor },
        { id: 'action', header: t('audit.column.action'), cell: (e) => <code>{e.action}</code> },
        { id: 'entity', header: t('audit.column.entity'), cell: (e) => e.entity },
        { id: 'entityId', header: t('audit.column.entityId'), className: 'audit-nowrap', cell: (e) => e.entityId ?? '—' },
        { id: 'detail', header: t('audit.column.detail'), className: 'audit-detail', cell: (e) => auditDetailText(e.detail) || '—' },
      ]}
      rows={items}
      rowKey={(e) => String(e.seq)}
    />
  );
}

/** The filtered rows, every page, as the CSV the server builds (and audits), saved through saveFile. */
function AuditExport({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const exportCsv = useMutation({
    mutationFn: async () => {
      const r = await unwrap(api.auditExport(filter));
      const saved = await unwrap(saveFile(r.fileName, 'text/csv', r.content));
      return { ...r, saved };
    },
    // The export is an entry of its own: the list and the status read again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
  });
  return (
    <section aria-labelledby="logboek-export" className="audit-export">
      <Heading2 id="logboek-export">{t('audit.exportTitle')}</Heading2>
      <Paragraph>{t('audit.exportHelp')}</Paragraph>
      <Button appearance="primary-action-button" disabled={exportCsv.isPending} onClick={() => exportCsv.mutate()}>
        {t('audit.exportButton')}
      </Button>
      <div role="status">
        {exportCsv.isPending ? <Paragraph>{t('audit.exporting')}</Paragraph> : null}
        {exportCsv.data ? (
          <Paragraph>
            {exportCsv.data.saved === 'saved' ? t('audit.exported', { name: exportCsv.data.fileName, count: exportCsv.data.rows }) : t('audit.exportCancelled')}
          </Paragraph>
        ) : null}
      </div>
      <ErrorAlert message={exportCsv.error?.message} />
    </section>
  );
}
