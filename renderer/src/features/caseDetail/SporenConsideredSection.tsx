import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SPOREN } from '../../../../shared/domain/enums';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { CaseChanges } from '../../../../shared/ipc/channels/cases';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxGroup, Form } from '../../components/form';
import { useCaseWrite } from './caseQueries';

/** The channel's own field, kept in the order of SPOREN so a re-tick in another order is no change. */
const schema = z.object({
  sporenConsidered: CaseChanges.shape.sporenConsidered.unwrap().transform((list) => SPOREN.filter((s) => list.includes(s))),
});

/**
 * Issue #14 item 7: the prompt that all four sporen were considered ("de aanpak richt zich op de
 * sporen in samenhang", DOMAIN.md). The checklist stays open until all four are ticked; then one
 * line says so, with a button to change it.
 */
export function SporenConsideredSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const considered = c.sporenConsidered ?? [];
  const allDone = SPOREN.every((s) => considered.includes(s));
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const save = useCaseWrite(c.code, (input: { code: string; changes: CaseChanges }) => api.casesUpdate(input));
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { sporenConsidered: [...considered] } });

  const submit = (v: z.output<typeof schema>) => {
    if (save.isPending) return;
    save.mutate(
      { code: c.code, changes: { sporenConsidered: v.sporenConsidered } },
      {
        onSuccess: () => {
          setDone(t('caseDetail.sporenConsidered.saved'));
          setOpen(false);
        },
      },
    );
  };

  return (
    <section className="werkbank-section" aria-labelledby="sporen-overwogen-titel">
      <Heading2 id="sporen-overwogen-titel">{t('caseDetail.sporenConsidered.title')}</Heading2>
      <p role="status" className="werkbank-done">
        {done}
      </p>
      {allDone && !open ? (
        <div className="werkbank-actions">
          <Paragraph>{t('caseDetail.sporenConsidered.done')}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(true)}>
            {t('caseDetail.sporenConsidered.change')}
          </Button>
        </div>
      ) : (
        <Form form={form} className="werkbank-form" onValid={submit} aria-labelledby="sporen-overwogen-titel">
          <Paragraph className="werkbank-muted">{t('caseDetail.sporenConsidered.intro')}</Paragraph>
          <CheckboxGroup
            form={form}
            name="sporenConsidered"
            label={t('caseDetail.sporenConsidered.legend')}
            options={SPOREN.map((s) => ({ value: s, label: t(`spoor.${s}`) }))}
          />
          <ErrorAlert message={save.error?.message} />
          <div className="werkbank-actions">
            <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
              {t('caseDetail.sporenConsidered.submit')}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
