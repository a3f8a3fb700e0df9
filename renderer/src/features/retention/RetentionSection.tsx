/**
 * Beheer → Bewaartermijnen (PRODUCT.md §5, issue #11 item 5): the years a closed case is kept, and
 * the review list of closed cases whose retention date has come — or, ticked, every closed case (an
 * erasure request of a resident comes before the date) — with *Wissen* per case.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { formatDate } from '../../../../shared/format/date';
import type { Erased } from '../../../../shared/ipc/channels/retention';
import { contract, type ChannelOutput } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, flag, Form, quantityText, TextField, useFilters } from '../../components/form';
import { ReceivedTag } from '../dossier/Received';
import { EraseCase } from './EraseCase';
import './retention.css';

type Item = ChannelOutput<'retention:list'>['items'][number];

const listInput = contract['retention:list'].input;
const filterSchema = listInput.extend({ all: flag(listInput.shape.all) });

export function RetentionSection() {
  const { t } = useTranslation();
  const { form, query } = useFilters(filterSchema, { all: false });
  const list = useQuery({ queryKey: queryKeys.retention.list(query), queryFn: () => unwrap(api.retentionList(query)) });
  const [erasing, setErasing] = useState<string | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const doneRef = useRef<HTMLParagraphElement>(null);

  const erased = (r: Erased) => {
    const lines = [t('retention.erased', { code: r.code })];
    if (r.mentions.length > 0) lines.push(t('retention.mentions', { code: r.code, where: r.mentions.map((m) => `${m.table}.${m.column}`).join(', ') }));
    if (!r.walCleared) lines.push(t('retention.walNotCleared'));
    setDone(lines);
    setErasing(null);
    setTimeout(() => doneRef.current?.focus(), 0);
  };

  return (
    <section className="beheer-section" aria-labelledby="bewaartermijnen-titel" id="bewaartermijnen">
      <Heading2 id="bewaartermijnen-titel" tabIndex={-1}>
        {t('retention.title')}
      </Heading2>
      <Paragraph>{t('retention.intro')}</Paragraph>
      <ErrorAlert message={list.error?.message} />
      {list.data ? <YearsForm years={list.data.years} defaultYears={list.data.defaultYears} /> : null}
      <Heading3 id="bewaartermijnen-lijst">{t('retention.listTitle')}</Heading3>
      <Form form={form} className="werkbank-filters" aria-label={t('retention.filters')} onValid={() => undefined}>
        <CheckboxRow form={form} name="all" label={t('retention.showAll')} />
      </Form>
      {/* Said where the person is: the erased case's row is gone, so its button cannot keep the focus. */}
      <p role="status" ref={doneRef} tabIndex={-1} className="werkbank-done">
        {done.join(' ')}
      </p>
      {list.data ? (
        <DataTable<Item>
          caption={query.all ? t('retention.captionAll') : t('retention.caption')}
          empty={query.all ? t('retention.emptyAll') : t('retention.empty')}
          rows={list.data.items}
          rowKey={(i) => i.code}
          columns={[
            {
              id: 'code',
              header: t('retention.col.code'),
              rowHeader: true,
              sortValue: (i) => i.code,
              cell: (i) => (
                <>
                  <Link to={`/casussen/${i.code}`} className="utrecht-link">
                    {i.code}
                  </Link>
                  {i.received ? <> <ReceivedTag /></> : null}
                </>
              ),
            },
            { id: 'wijk', header: t('retention.col.wijk'), sortValue: (i) => i.wijk, cell: (i) => i.wijk },
            { id: 'status', header: t('retention.col.status'), cell: (i) => t(`status.${i.status}`) },
            {
              id: 'until',
              header: t('retention.col.until'),
              sortValue: (i) => i.retentionUntil,
              cell: (i) => (
                <>
                  {formatDate(i.retentionUntil)} <span className="werkbank-muted">({i.due ? t('retention.expired') : t('retention.running')})</span>
                </>
              ),
            },
            {
              id: 'action',
              header: t('retention.col.action'),
              headerHidden: true,
              cell: (i) => (
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-expanded={erasing === i.code}
                  aria-label={t('retention.eraseOf', { code: i.code })}
                  onClick={() => {
                    setDone([]);
                    setErasing(i.code);
                  }}
                >
                  {t('retention.erase')}
                </Button>
              ),
            },
          ]}
        />
      ) : null}
      {erasing !== null ? <EraseCase key={erasing} code={erasing} onErased={erased} onCancel={() => setErasing(null)} /> : null}
    </section>
  );
}

const yearsSchema = z.object({ years: quantityText(contract['retention:setYears'].input.shape.years, { required: 'retention.yearsRequired' }) });

/** The years after closing; the list answers with the stored number, so the field shows what is kept. */
function YearsForm({ years, defaultYears }: { years: number; defaultYears: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState('');
  const form = useForm({ resolver: zodResolver(yearsSchema), values: { years: String(years) } });
  const save = useMutation({
    mutationFn: (value: number) => unwrap(api.retentionSetYears({ years: value })),
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: queryKeys.retention.all }),
  });
  return (
    <Form
      form={form}
      aria-labelledby="bewaartermijn-jaren-titel"
      className="werkbank-form beheer-form"
      onValid={(v) => {
        if (save.isPending) return;
        setDone('');
        save.mutate(v.years, { onSuccess: (r) => setDone(t('retention.yearsSaved', { count: r.years })) });
      }}
      heading={<Heading3 id="bewaartermijn-jaren-titel">{t('retention.yearsTitle')}</Heading3>}
    >
      <TextField form={form} name="years" label={t('retention.years')} description={t('retention.yearsHelp', { default: defaultYears })} inputMode="numeric" size={4} />
      <ErrorAlert message={save.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="secondary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('retention.yearsSave')}
        </Button>
      </div>
      <Paragraph role="status" className="werkbank-done">
        {done}
      </Paragraph>
    </Form>
  );
}
