/**
 * §5 erasing one closed case (issue #11 item 5), asked twice: the form with the reason (required,
 * checked with retention:erase's own schema) is the first step; "Ja, … definitief wissen" the
 * second, with the focus on it. The server refuses anything but an afgesloten or ingetrokken case.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Erased } from '../../../../shared/ipc/channels/retention';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { allButSession } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, TextAreaField } from '../../components/form';

const schema = contract['retention:erase'].input.pick({ reason: true });

export function EraseCase({ code, onErased, onCancel }: { code: string; onErased: (result: Erased) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const erase = useMutation({
    mutationFn: (why: string) => unwrap(api.retentionErase({ code, reason: why })),
    // The case is gone from every list, figure and meeting: refresh all but the session.
    onSuccess: async (result) => {
      onErased(result);
      await queryClient.invalidateQueries({ predicate: allButSession });
    },
  });
  const { setFocus } = form;
  useEffect(() => setFocus('reason'), [setFocus]);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const titleId = `wissen-${code}`;
  return (
    <Form
      form={form}
      aria-labelledby={titleId}
      className="werkbank-form beheer-form retention-erase"
      onValid={() => {
        erase.reset();
        setAsking(true);
      }}
      heading={
        <>
          <Heading3 id={titleId}>{t('retention.eraseTitle', { code })}</Heading3>
          <Paragraph>{t('retention.eraseIntro')}</Paragraph>
          <Paragraph>{t('retention.eraseOutside')}</Paragraph>
        </>
      }
    >
      <TextAreaField form={form} name="reason" label={t('retention.reason')} description={t('retention.reasonHelp')} maxLength={500} rows={2} />
      <ErrorAlert message={erase.error?.message} />
      {!asking ? (
        <div className="werkbank-actions">
          <Button type="submit" appearance="primary-action-button">
            {t('retention.eraseSubmit')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {t('retention.cancel')}
          </Button>
        </div>
      ) : (
        <div className="werkbank-actions" role="group" aria-label={t('retention.confirmQuestion', { code })}>
          <Paragraph className="retention-question">{t('retention.confirmQuestion', { code })}</Paragraph>
          <Button
            ref={confirm}
            type="button"
            appearance="primary-action-button"
            busy={erase.isPending}
            disabled={erase.isPending}
            // The reason as it stands now (checked again), should it have been changed after the first step.
            onClick={() => void form.handleSubmit((v) => erase.mutate(v.reason))()}
          >
            {t('retention.confirmYes', { code })}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setAsking(false)}>
            {t('retention.confirmNo')}
          </Button>
        </div>
      )}
    </Form>
  );
}
