import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ButtonGroup, Heading4, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/ipc/contract';
import { Form, TextAreaField } from '../../components/form';

const transition = contract['escalations:transition'].input;
/** The transition's own `why`, required here: teruggelegd never goes without saying what is missing. */
const schema = transition.pick({ why: true }).extend({
  why: transition.shape.why.unwrap().trim().min(1, { error: () => i18next.t('escalations.sendBack.whyRequired') }),
});

/** §2.3 teruggelegd: sent back for more information — never without saying what is missing. */
export function SendBackForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (why: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { why: '' } });
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Form form={form} className="werkbank-escalation-form" aria-labelledby={headingId} onValid={(v) => (busy ? undefined : onSubmit(v.why))}
      heading={
        <>
          <Heading4 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('escalations.sendBack.title')}
          </Heading4>
          <Paragraph className="werkbank-muted">{t('escalations.sendBack.intro')}</Paragraph>
        </>
      }
    >
      <TextAreaField form={form} name="why" label={t('escalations.sendBack.why')} rows={4} required />
      <ButtonGroup>
        {/* Never disabled while saving: a disabled button drops the keyboard focus to the page. */}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {busy ? t('escalations.actions.busy') : t('escalations.sendBack.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('escalations.actions.cancel')}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
