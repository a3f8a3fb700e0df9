import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { format } from 'date-fns';
import i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { formatDate } from '../../../../shared/format/date';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import { useKnelpunten } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dateText, DateField, Form, TextAreaField, TextField } from '../../components/form';
import { useSaveKnelpunt } from '../knelpunten/knelpuntWrites';

const knelpunt = contract['knelpunten:save'].input.shape.knelpunt;
const f = knelpunt.shape;
/**
 * The channel's own knelpunt, as typed: the rule required with a message that names it, the day as
 * dd-mm-jjjj (blank is today, as the server does). Case and wijk are the case's, not typed.
 */
const schema = knelpunt.pick({ rule: true, description: true, raisedOn: true }).extend({
  rule: z
    .string()
    .trim()
    .min(1, { error: () => i18next.t('knelpunten.form.ruleRequired') })
    .pipe(f.rule),
  raisedOn: dateText(f.raisedOn),
});
type Values = z.input<typeof schema>;

const initial = (): Values => ({ rule: '', description: '', raisedOn: format(new Date(), 'dd-MM-yyyy') });

/** §2.1 the knelpunten this case ran into, and raising one into the wijk's register. */
export function KnelpuntenSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  // The whole register (one cache entry with the register screen), this case's rows of it.
  const register = useKnelpunten({});
  const rows = register.data?.items.filter((k) => k.caseCode === c.code) ?? [];
  const [done, setDone] = useState('');
  return (
    <section className="werkbank-section" aria-labelledby="knelpunten-titel">
      <Heading2 id="knelpunten-titel">{t('knelpunten.section.title')}</Heading2>
      <Paragraph className="werkbank-muted">{t('knelpunten.section.intro')}</Paragraph>
      <ErrorAlert message={register.error?.message} />
      <p role="status" className="werkbank-done">
        {done}
      </p>
      <DataTable
        caption={t('knelpunten.section.title')}
        captionHidden
        className="werkbank-table"
        data-testid="case-knelpunten"
        rows={rows}
        rowKey={(k) => k.id}
        empty={register.isPending ? t('knelpunten.register.loading') : t('knelpunten.section.empty')}
        columns={[
          { id: 'rule', header: t('knelpunten.col.rule'), rowHeader: true, cell: (k) => k.rule },
          { id: 'description', header: t('knelpunten.col.description'), cell: (k) => k.description || '—' },
          { id: 'raisedOn', header: t('knelpunten.col.raisedOn'), cell: (k) => formatDate(k.raisedOn), sortValue: (k) => k.raisedOn },
          { id: 'status', header: t('knelpunten.col.status'), cell: (k) => t(`knelpunten.status.${k.status}`) },
        ]}
      />
      <KnelpuntForm
        caseCode={c.code}
        wijk={c.wijk}
        onAdded={(rule) => setDone(t('knelpunten.section.added', { rule }))}
        onOpen={() => setDone('')}
      />
    </section>
  );
}

/** "Knelpunt melden": rule, what it blocked, the day; saved with the case's code and wijk. */
function KnelpuntForm({ caseCode, wijk, onAdded, onOpen }: { caseCode: string; wijk: string; onAdded: (rule: string) => void; onOpen: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial() });
  const save = useSaveKnelpunt();
  const openerRef = useRef<HTMLButtonElement>(null);
  const { setFocus } = form;
  useEffect(() => {
    if (open) setFocus('rule');
  }, [open, setFocus]);

  function close() {
    setOpen(false);
    setTimeout(() => openerRef.current?.focus(), 0);
  }

  if (!open) {
    return (
      <div className="werkbank-actions werkbank-under-table">
        <Button
          ref={openerRef}
          appearance="primary-action-button"
          aria-expanded={false}
          onClick={() => {
            save.reset();
            form.reset(initial());
            onOpen();
            setOpen(true);
          }}
        >
          {t('knelpunten.form.open')}
        </Button>
        <Link to="/knelpunten" className="utrecht-link">
          {t('knelpunten.section.toRegister')}
        </Link>
      </div>
    );
  }
  return (
    <Form
      form={form}
      className="werkbank-form werkbank-inline-form"
      aria-labelledby="knelpunt-nieuw-titel"
      heading={<Heading3 id="knelpunt-nieuw-titel">{t('knelpunten.form.title')}</Heading3>}
      onValid={(v) => {
        if (save.isPending) return;
        save.mutate(
          { knelpunt: { caseCode, wijk, ...v } },
          {
            onSuccess: ({ entry }) => {
              onAdded(entry.rule);
              close();
            },
          },
        );
      }}
    >
      <TextField form={form} name="rule" label={t('knelpunten.form.rule')} description={t('knelpunten.form.ruleHelp')} required maxLength={200} />
      <TextAreaField form={form} name="description" label={t('knelpunten.form.description')} description={t('knelpunten.form.descriptionHelp')} rows={3} />
      <DateField form={form} name="raisedOn" label={t('knelpunten.form.raisedOn')} />
      <ErrorAlert message={save.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('knelpunten.form.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={close}>
          {t('caseDetail.cancel')}
        </Button>
      </div>
    </Form>
  );
}
