import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatEuro } from '../../../../shared/format/money';
import type { PriceListItemFile } from '../../../../shared/interchange';
import type { PriceListVersionSummary } from '../../../../shared/ipc/channels/priceList';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { useCatalogue, usePriceList } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, Form, SelectField, useFilters } from '../../components/form';
import { CreateVersionForm } from './CreateVersionForm';
import { ItemForm } from './ItemForm';
import '../caseDetail/caseDetail.css';
import './kengetallen.css';

const getInput = contract['priceList:get'].input;
/** The chooser is priceList:get's own query: blank is the current version. */
const chooserSchema = getInput.extend({ version: choice(getInput.shape.version) });

type Editing = { item: PriceListItemFile | null } | null;

/** §2.4 kengetallen per version: read any version, copy one, make one current, change its items. */
export function KengetallenPage() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  return (
    <>
      <Paragraph>
        <Link to="/beheer">{t('kengetallen.back')}</Link>
      </Paragraph>
      <Heading1>{t('kengetallen.title')}</Heading1>
      <Paragraph>{t('kengetallen.intro')}</Paragraph>
      <ErrorAlert message={catalogue.error?.message} />
      {catalogue.data ? (
        <VersionScreen versions={catalogue.data.priceListVersions} current={catalogue.data.currentPriceListVersion} />
      ) : (
        <Paragraph role="status">{t('kengetallen.loading')}</Paragraph>
      )}
    </>
  );
}

/** The screen once the versions are known, so the chooser opens on the current version. */
function VersionScreen({ versions, current }: { versions: readonly PriceListVersionSummary[]; current: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, query, setQuery } = useFilters(chooserSchema, { version: current ?? '' });
  const list = usePriceList(query.version);
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState('');

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.priceList(undefined).slice(0, 1) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.catalogue }),
    ]);
  const setCurrent = useMutation({
    mutationFn: (version: string) => unwrap(api.priceListSetCurrent({ version })),
    onSuccess: async (r) => {
      await refresh();
      setDone(t('kengetallen.madeCurrent', { version: r.current }));
    },
  });
  const remove = useMutation({
    mutationFn: (input: { version: string; item: PriceListItemFile }) => unwrap(api.priceListRemoveItem({ version: input.version, itemId: input.item.id })),
    onSuccess: async (_, input) => {
      await refresh();
      setDone(t('kengetallen.removed', { name: input.item.name, version: input.version }));
    },
  });

  const show = (version: string) => {
    form.setValue('version', version);
    setQuery({ version });
    setEditing(null);
  };

  const view = list.data;
  const summary = versions.find((v) => v.version === view?.version);
  const usage = new Map(view?.usage.map((u) => [u.item, u.costLines]) ?? []);
  const writable = view !== undefined && !view.frozen;

  return (
    <>
      <ErrorAlert message={list.error?.message} />
      {!view ? (
        <Paragraph role="status">{t('kengetallen.loading')}</Paragraph>
      ) : (
        <>
          <search aria-label={t('kengetallen.chooser')}>
            <Form form={form} className="werkbank-filters" onValid={setQuery}>
              <SelectField
                form={form}
                name="version"
                label={t('kengetallen.version')}
                options={versions.map((v) => ({
                  value: v.version,
                  label: [v.version, v.current ? t('kengetallen.current') : '', v.frozen ? t('kengetallen.frozenTag') : ''].filter(Boolean).join(' — '),
                }))}
              />
            </Form>
          </search>
          <Paragraph>
            {t('kengetallen.summary', { version: view.version, count: view.items.length, missing: summary?.itemsWithoutAmount ?? 0 })}{' '}
            {view.current ? t('kengetallen.isCurrent') : null}
          </Paragraph>
          {view.frozen ? (
            <Alert type="info" className="werkbank-notice">
              <Heading2>{t('kengetallen.frozenTitle')}</Heading2>
              <Paragraph>{t('kengetallen.frozenBody', { version: view.version })}</Paragraph>
              <Paragraph>{t('kengetallen.usedBy', { version: view.version, count: view.usedByCases })}</Paragraph>
            </Alert>
          ) : null}
          {view.current ? null : (
            <div className="werkbank-actions">
              <Button appearance="primary-action-button" busy={setCurrent.isPending} disabled={setCurrent.isPending} onClick={() => setCurrent.mutate(view.version)}>
                {t('kengetallen.makeCurrent', { version: view.version })}
              </Button>
            </div>
          )}
          <ErrorAlert message={setCurrent.error?.message ?? remove.error?.message} />
          <p role="status" className="werkbank-done">
            {done}
          </p>
          <DataTable
            caption={t('kengetallen.caption', { version: view.version })}
            className="werkbank-kengetallen-table"
            rows={view.items}
            rowKey={(it) => it.id}
            empty={t('kengetallen.empty')}
            columns={[
              { id: 'name', header: t('kengetallen.col.name'), rowHeader: true, cell: (it) => it.name, sortValue: (it) => it.name },
              { id: 'unit', header: t('kengetallen.col.unit'), cell: (it) => t(`unit.${it.unit}`) },
              { id: 'payer', header: t('kengetallen.col.payer'), cell: (it) => t(`payer.${it.payer}`), sortValue: (it) => t(`payer.${it.payer}`) },
              { id: 'evidence', header: t('kengetallen.col.evidence'), cell: (it) => it.evidence, sortValue: (it) => it.evidence },
              { id: 'source', header: t('kengetallen.col.source'), cell: (it) => <span className="werkbank-kengetallen-source-text" title={it.source}>{it.source}</span>, className: 'werkbank-kengetallen-source' },
              { id: 'year', header: t('kengetallen.col.year'), numeric: true, cell: (it) => String(it.year) },
              {
                id: 'amount',
                header: t('kengetallen.col.amount'),
                numeric: true,
                cell: (it) => (it.unitCostCents === null ? <em>{t('kengetallen.noAmount')}</em> : formatEuro(it.unitCostCents)),
                sortValue: (it) => it.unitCostCents ?? -1,
              },
              writable && {
                id: 'actions',
                header: t('kengetallen.col.actions'),
                cell: (it) => {
                  const used = usage.get(it.id) ?? 0;
                  return (
                    <div className="werkbank-row-actions">
                      <Button appearance="subtle-button" aria-label={t('kengetallen.editLabel', { name: it.name })} onClick={() => setEditing({ item: it })}>
                        {t('kengetallen.edit')}
                      </Button>
                      {used > 0 ? (
                        <span className="werkbank-muted">{t('kengetallen.inUse', { count: used })}</span>
                      ) : (
                        <Button
                          appearance="subtle-button"
                          aria-label={t('kengetallen.removeLabel', { name: it.name })}
                          disabled={remove.isPending}
                          onClick={() => remove.mutate({ version: view.version, item: it })}
                        >
                          {t('kengetallen.remove')}
                        </Button>
                      )}
                    </div>
                  );
                },
              },
            ]}
          />
          {writable && editing ? (
            <ItemForm
              key={editing.item?.id ?? '(nieuw)'}
              version={view.version}
              existing={editing.item}
              onCancel={() => setEditing(null)}
              onDone={(name) => {
                setEditing(null);
                setDone(t('kengetallen.form.saved', { name, version: view.version }));
              }}
            />
          ) : writable ? (
            <div className="werkbank-actions werkbank-under-table">
              <Button appearance="secondary-action-button" onClick={() => setEditing({ item: null })}>
                {t('kengetallen.add')}
              </Button>
            </div>
          ) : null}
          <CreateVersionForm
            key={view.version}
            versions={versions}
            copyFrom={view.version}
            onCreated={(created) => {
              show(created.version);
              setDone(t('kengetallen.create.created', { version: created.version, count: created.itemCount }));
            }}
          />
        </>
      )}
    </>
  );
}
