import { Button, ButtonGroup, FormFieldTextarea, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** §2.3 teruggelegd: sent back for more information — never without saying what is missing. */
export function SendBackForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (why: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<{ why: string }>({ defaultValues: { why: '' } });
  useEffect(() => headingRef.current?.focus(), []);
  const { ref, ...rest } = form.register('why', {
    validate: (v) => v.trim() !== '' || t('escalations.sendBack.whyRequired'),
  });
  const errorMessage = form.formState.errors.why?.message;
  const field = { ...rest, inputRef: ref, invalid: errorMessage !== undefined, errorMessage };
  return (
    <form
      className="werkbank-escalation-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => void form.handleSubmit((v) => (busy ? undefined : onSubmit(v.why.trim())))(e)}
    >
      <Heading4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('escalations.sendBack.title')}
      </Heading4>
      <Paragraph className="werkbank-muted">{t('escalations.sendBack.intro')}</Paragraph>
      <FormFieldTextarea label={t('escalations.sendBack.why')} rows={4} inputRequired {...field} />
      <ButtonGroup>
        {/* Never disabled while saving: a disabled button drops the keyboard focus to the page. */}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {busy ? t('escalations.actions.busy') : t('escalations.sendBack.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('escalations.actions.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
