import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@utrecht/component-library-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { KNELPUNT_STATUSES } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { Form, InlineSelect } from '../../components/form';

type KnelpuntStatus = (typeof KNELPUNT_STATUSES)[number];

/** The row's status as the channel takes it: one of open, doorgezet, opgelost. */
const schema = contract['knelpunten:setStatus'].input.pick({ status: true });

/**
 * One register row's status: pick it in the select and save it with the button beside it (a select
 * that saved on change would write with every arrow key). The select keeps what was chosen until the
 * server answers; a refetch then shows the stored status, which is the same.
 */
export function KnelpuntStatusChange({
  name,
  status,
  busy,
  onSave,
}: {
  /** The row as read out: its rule and day. */
  name: { rule: string; date: string };
  status: KnelpuntStatus;
  busy: boolean;
  onSave: (status: KnelpuntStatus) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { status } });
  const changed = useWatch({ control: form.control, name: 'status' }) !== status;
  return (
    <Form form={form} className="werkbank-status-change" onValid={(v) => (v.status !== status ? onSave(v.status) : undefined)}>
      <InlineSelect
        form={form}
        name="status"
        label={t('knelpunten.statusOf', name)}
        hideLabel
        options={KNELPUNT_STATUSES.map((s) => ({ value: s, label: t(`knelpunten.status.${s}`) }))}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={!changed || busy} aria-label={t('knelpunten.saveStatusOf', name)}>
        {t('knelpunten.saveStatus')}
      </Button>
    </Form>
  );
}
