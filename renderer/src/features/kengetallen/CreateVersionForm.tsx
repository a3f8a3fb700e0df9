import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/ipc/contract';
import type { PriceListVersionSummary } from '../../../../shared/ipc/channels/priceList';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, Form, SelectField, TextField } from '../../components/form';

const input = contract['priceList:createVersion'].input;
const schema = input.extend({ copyFrom: choice(input.shape.copyFrom) });

/**
 * A new version as a copy of an existing one (not made current: the beheerder edits it first). The
 * page keys it on the version shown, so "Kopie van" starts at that version.
 */
export function CreateVersionForm({
  versions,
  copyFrom,
  onCreated,
}: {
  versions: readonly PriceListVersionSummary[];
  copyFrom: string;
  onCreated: (created: PriceListVersionSummary) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { version: '', copyFrom } });
  const create = useMutation({
    mutationFn: (v: { version: string; copyFrom?: string }) => unwrap(api.priceListCreateVersion(v)),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.catalogue });
      onCreated(created);
    },
  });
  return (
    <Form
      form={form}
      className="werkbank-form"
      aria-labelledby={titleId}
      onValid={(v) => {
        if (!create.isPending) create.mutate(v);
      }}
      heading={
        <>
          <Heading2 id={titleId}>{t('kengetallen.create.title')}</Heading2>
          <Paragraph>{t('kengetallen.create.intro')}</Paragraph>
        </>
      }
    >
      <div className="werkbank-form-row">
        <TextField form={form} name="version" label={t('kengetallen.create.version')} description={t('kengetallen.create.versionHelp')} required size={20} />
        <SelectField form={form} name="copyFrom" label={t('kengetallen.create.copyFrom')} options={versions.map((v) => ({ value: v.version, label: v.version }))} />
      </div>
      <ErrorAlert message={create.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="secondary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('kengetallen.create.submit')}
        </Button>
      </div>
    </Form>
  );
}
