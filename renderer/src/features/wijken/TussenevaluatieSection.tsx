import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { tussenevaluatieSections } from '../../../../shared/format/tussenevaluatieRows';
import { contract } from '../../../../shared/ipc/contract';
import { TUSSENEVALUATIE_FORMATS } from '../../../../shared/ipc/channels/tussenevaluatie';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, Form, SelectField } from '../../components/form';
import { saveFile } from '../../platform/saveFile';
import { cellText } from './cellText';

const fileSchema = contract['tussenevaluatie:file'].input.pick({ format: true, pseudonymised: true });
const SECTIONS = tussenevaluatieSections();
/** The years a tussenevaluatie is asked for: the pilot's first year up to this one. */
const FIRST_YEAR = 2024;

function toBytes(base64: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** The wijken side by side (tussenevaluatie:get), and the same as a file (tussenevaluatie:file). */
export function TussenevaluatieSection() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: Math.max(1, thisYear - FIRST_YEAR + 1) }, (_, i) => FIRST_YEAR + i);
  const [year, setYear] = useState(thisYear);
  const view = useQuery({ queryKey: queryKeys.wijkbase.tussenevaluatie({ year }), queryFn: () => unwrap(api.tussenevaluatieGet({ year })) });
  const form = useForm({ resolver: zodResolver(fileSchema), defaultValues: { format: 'pdf' as const, pseudonymised: true } });
  const [state, setState] = useState<{ busy: boolean; message: string; error: string }>({ busy: false, message: '', error: '' });
  const wijken = view.data?.wijken ?? [];
  const none = t('wijken.eval.none');

  const download = async (choice: { format: (typeof TUSSENEVALUATIE_FORMATS)[number]; pseudonymised: boolean }) => {
    setState({ busy: true, message: t('wijken.evaluation.busy'), error: '' });
    try {
      const file = await unwrap(api.tussenevaluatieFile({ year, ...choice }));
      const saved = await unwrap(saveFile(file.fileName, file.mimeType, toBytes(file.base64)));
      setState({ busy: false, message: saved === 'saved' ? t('wijken.evaluation.saved', { name: file.fileName }) : t('wijken.evaluation.cancelled'), error: '' });
    } catch (e) {
      setState({ busy: false, message: '', error: e instanceof Error ? e.message : t('errors.generic') });
    }
  };

  return (
    <section className="werkbank-section wijken-eval" aria-labelledby="tussenevaluatie-titel">
      <Heading2 id="tussenevaluatie-titel">{t('wijken.eval.title', { year })}</Heading2>
      <Paragraph className="werkbank-muted">{t('wijken.eval.intro', { year })}</Paragraph>
      <Paragraph className="werkbank-muted">{t('wijken.eval.views')}</Paragraph>
      <div className="werkbank-filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="tussenevaluatie-jaar">
            {t('wijken.evaluation.year')}
          </label>
          <select id="tussenevaluatie-jaar" className="utrecht-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorAlert message={view.error?.message} />
      {view.isPending ? (
        <Paragraph role="status">{t('wijken.loading')}</Paragraph>
      ) : (
        <div className="wijken-eval-tables" data-testid="tussenevaluatie">
          {SECTIONS.map((section) => {
            const title = t(`wijken.eval.section.${section.key}`, { year });
            return (
              <div key={section.key} className="werkbank-table-scroll">
                <DataTable
                  caption={t('wijken.evaluation.caption', { section: title })}
                  className="werkbank-table"
                  data-testid={`tussenevaluatie-${section.key}`}
                  rows={section.rows.map((r, i) => ({ r, i }))}
                  rowKey={({ i }) => String(i)}
                  columns={[
                    { id: 'figure', header: title, rowHeader: true, cell: ({ r }) => t(`wijken.eval.row.${r.key}`, r.params) },
                    ...wijken.map((w) => ({ id: w.wijk, header: w.wijk, numeric: true, cell: ({ r }: { r: (typeof section.rows)[number] }) => cellText(r.cell(w), none) })),
                  ]}
                />
              </div>
            );
          })}
        </div>
      )}
      <Form form={form} className="werkbank-form" aria-label={t('wijken.evaluation.download')} onValid={(v) => void download(v)}>
        <SelectField form={form} name="format" label={t('wijken.evaluation.format')} options={TUSSENEVALUATIE_FORMATS.map((f) => ({ value: f, label: t(`wijken.evaluation.formatOptions.${f}`) }))} />
        <CheckboxRow form={form} name="pseudonymised" label={t('wijken.evaluation.pseudonymised')} description={t('wijken.evaluation.pseudonymisedHelp')} />
        <div className="werkbank-actions">
          <Button type="submit" appearance="primary-action-button" disabled={state.busy}>
            {t('wijken.evaluation.download')}
          </Button>
        </div>
        <p role="status" className="werkbank-done">
          {state.message}
        </p>
        <ErrorAlert message={state.error || undefined} />
      </Form>
    </section>
  );
}
