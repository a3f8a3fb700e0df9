import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import { KNELPUNT_STATUSES, type KnelpuntFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { useCatalogue, useKnelpunten } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, Form, SelectField, useFilters } from '../../components/form';
import '../caseDetail/caseDetail.css';
import { KnelpuntStatusChange } from './KnelpuntStatusChange';
import './knelpunten.css';
import { useSetKnelpuntStatus } from './knelpuntWrites';

const listInput = contract['knelpunten:list'].input;
/** The filters are the register's own query: "Alle" is left out of it. */
const filterSchema = listInput.extend({
  wijk: choice(listInput.shape.wijk),
  rule: choice(listInput.shape.rule),
  status: choice(listInput.shape.status),
});

/**
 * §2.1/§3.6 the knelpunten register: every knelpunt raised from a case, filtered per wijk, rule and
 * status, with the count per rule and wijk that the verbinder reports, and each row's status set
 * here (open → doorgezet naar wijk-MT → opgelost).
 */
export function KnelpuntenPage() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const { form, query, setQuery } = useFilters(filterSchema, { wijk: '', rule: '', status: '' });
  const register = useKnelpunten(query);
  // The rule choices come from the whole register, so picking a wijk never hides the chosen rule.
  const all = useKnelpunten({});
  const rules = [...new Set(all.data?.items.map((k) => k.rule) ?? [])].sort((a, b) => a.localeCompare(b, 'nl'));
  const setStatus = useSetKnelpuntStatus();
  const [done, setDone] = useState('');
  const filtered = query.wijk !== undefined || query.rule !== undefined || query.status !== undefined;
  const items = register.data?.items;
  const byRule = register.data?.byRule ?? [];
  const withAll = (options: readonly string[]) => [{ value: '', label: t('knelpunten.register.all') }, ...options.map((o) => ({ value: o, label: o }))];

  const save = (k: KnelpuntFile, status: KnelpuntFile['status']) => {
    setDone('');
    setStatus.mutate(
      { id: k.id, status },
      {
        onSuccess: () => {
          const message = t('knelpunten.statusChanged', { rule: k.rule, status: t(`knelpunten.status.${status}`) });
          // With a status filter the row leaves the list: say so, or it looks lost.
          const hidden = query.status !== undefined && query.status !== status;
          setDone(hidden ? `${message} ${t('knelpunten.statusChangedHidden')}` : message);
        },
      },
    );
  };

  return (
    <>
      <Heading1>{t('knelpunten.register.title')}</Heading1>
      <Paragraph>{t('knelpunten.register.intro')}</Paragraph>
      <search aria-label={t('knelpunten.register.filters')}>
        <Form form={form} className="werkbank-filters" onValid={setQuery}>
          <SelectField form={form} name="wijk" label={t('knelpunten.register.wijk')} options={withAll((catalogue.data?.wijken ?? []).map((w) => w.name))} />
          <SelectField form={form} name="rule" label={t('knelpunten.register.rule')} options={withAll(rules)} />
          <SelectField
            form={form}
            name="status"
            label={t('knelpunten.register.status')}
            options={[
              { value: '', label: t('knelpunten.register.all') },
              ...KNELPUNT_STATUSES.map((s) => ({ value: s, label: t(`knelpunten.status.${s}`) })),
            ]}
          />
        </Form>
      </search>
      <ErrorAlert message={register.error?.message ?? setStatus.error?.message} />
      <p role="status" className="werkbank-done">
        {done}
      </p>
      {register.isPending ? (
        <Paragraph role="status">{t('knelpunten.register.loading')}</Paragraph>
      ) : items && items.length === 0 && !filtered ? (
        <section className="werkbank-empty" aria-labelledby="knelpunten-leeg">
          <Heading2 id="knelpunten-leeg">{t('knelpunten.register.emptyTitle')}</Heading2>
          <Paragraph>{t('knelpunten.register.emptyBody')}</Paragraph>
        </section>
      ) : items && items.length === 0 ? (
        <Paragraph role="status">{t('knelpunten.register.noMatch')}</Paragraph>
      ) : items ? (
        <>
          <Paragraph role="status" data-testid="knelpunten-count">
            {t('knelpunten.register.count', { count: items.length })}
          </Paragraph>
          <section className="werkbank-section" aria-labelledby="knelpunten-per-regel">
            <Heading2 id="knelpunten-per-regel">{t('knelpunten.register.byRuleTitle')}</Heading2>
            <DataTable
              caption={t('knelpunten.register.byRuleCaption')}
              captionHidden
              className="werkbank-table knelpunten-by-rule"
              data-testid="knelpunten-per-regel"
              rows={byRule}
              rowKey={(r) => `${r.rule}\u0000${r.wijk}`}
              columns={[
                { id: 'rule', header: t('knelpunten.col.rule'), rowHeader: true, cell: (r) => r.rule },
                { id: 'wijk', header: t('knelpunten.col.wijk'), cell: (r) => r.wijk },
                { id: 'count', header: t('knelpunten.col.count'), numeric: true, cell: (r) => r.count },
              ]}
            />
          </section>
          <section className="werkbank-section" aria-labelledby="knelpunten-register">
            <Heading2 id="knelpunten-register">{t('knelpunten.register.listTitle')}</Heading2>
            <div className="werkbank-table-scroll">
              <DataTable
                caption={t('knelpunten.register.listCaption')}
                captionHidden
                className="werkbank-table"
                data-testid="knelpunten-register"
                rows={items}
                rowKey={(k) => k.id}
                columns={[
                  { id: 'rule', header: t('knelpunten.col.rule'), rowHeader: true, cell: (k) => k.rule, sortValue: (k) => k.rule },
                  { id: 'wijk', header: t('knelpunten.col.wijk'), cell: (k) => k.wijk, sortValue: (k) => k.wijk },
                  {
                    id: 'case',
                    header: t('knelpunten.col.case'),
                    className: 'knelpunten-nowrap',
                    cell: (k) =>
                      k.caseCode ? (
                        <Link to={`/casussen/${encodeURIComponent(k.caseCode)}`} className="utrecht-link">
                          {k.caseCode}
                        </Link>
                      ) : (
                        t('knelpunten.noCase')
                      ),
                  },
                  { id: 'description', header: t('knelpunten.col.description'), cell: (k) => k.description || '—' },
                  {
                    id: 'raisedOn',
                    header: t('knelpunten.col.raisedOn'),
                    className: 'knelpunten-nowrap',
                    cell: (k) => formatDate(k.raisedOn),
                    sortValue: (k) => k.raisedOn,
                  },
                  {
                    id: 'status',
                    header: t('knelpunten.col.status'),
                    sortValue: (k) => KNELPUNT_STATUSES.indexOf(k.status),
                    cell: (k) => (
                      <KnelpuntStatusChange
                        name={{ rule: k.rule, date: formatDate(k.raisedOn) }}
                        status={k.status}
                        busy={setStatus.isPending}
                        onSave={(status) => save(k, status)}
                      />
                    ),
                  },
                ]}
              />
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
