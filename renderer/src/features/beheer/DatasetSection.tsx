/**
 * §4 the dataset file in and out of the app (issue #8 item 7): import with the CLI's validation —
 * sent in chunks with a progress bar by bytes, then checked and written in one transaction — and
 * export (full or pseudonymised) saved through the platform's saveFile.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, FormLabel, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ImportCountsView } from '../../../../shared/ipc/channels/dataset';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { allButSession } from '../../api/queryKeys';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, Form } from '../../components/form';
import { formatQuantity } from '../../format/numbers';
import { saveFile } from '../../platform/saveFile';
import { ProgressBar, sizeText } from './ProgressBar';
import { uploadDataset, type UploadProgress } from './uploadDataset';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: UploadProgress }
  | { kind: 'done'; fileName: string; counts: ImportCountsView }
  | { kind: 'failed'; message: string };

const COUNT_KINDS = [
  'cases',
  'signalen',
  'costLines',
  'interventions',
  'arrangements',
  'escalations',
  'priceListVersions',
  'priceListItems',
  'tafels',
  'meetings',
  'agendaItems',
  'actions',
  'socialeKaart',
  'knelpunten',
] as const satisfies readonly (keyof ImportCountsView)[];

export function DatasetSection() {
  const { t } = useTranslation();
  return (
    <section className="beheer-section" aria-labelledby="gegevens-titel" id="gegevens">
      <Heading2 id="gegevens-titel" tabIndex={-1}>
        {t('beheer.dataset.title')}
      </Heading2>
      <Paragraph>{t('beheer.dataset.intro')}</Paragraph>
      <DatasetImport />
      <DatasetExport />
    </section>
  );
}

function DatasetImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const running = state.kind === 'running';

  function choose(next: File | null) {
    setFile(next);
    setState({ kind: 'idle' });
  }

  async function start() {
    if (!file) {
      setState({ kind: 'failed', message: t('beheer.dataset.noFile') });
      inputRef.current?.focus();
      return;
    }
    setState({ kind: 'running', progress: { phase: 'sending', sentBytes: 0, totalBytes: file.size } });
    const r = await uploadDataset(file, (progress) => setState({ kind: 'running', progress }));
    if (!r.ok) {
      setState({ kind: 'failed', message: t('beheer.dataset.failed', { message: r.error.message }) });
      return;
    }
    setState({ kind: 'done', fileName: file.name, counts: r.value.counts });
    setFile(null);
    if (inputRef.current) inputRef.current.value = '';
    // A file can bring cases, catalogues, tafels and prices at once: every screen reads again.
    await queryClient.invalidateQueries({ predicate: allButSession });
  }

  return (
    <div className="beheer-dataset-part">
      <Heading3>{t('beheer.dataset.importTitle')}</Heading3>
      <Paragraph>{t('beheer.dataset.importIntro')}</Paragraph>
      <div
        className={`beheer-dropzone${dragging ? ' beheer-dropzone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!running) choose(e.dataTransfer.files[0] ?? null);
        }}
      >
        <FormLabel htmlFor="dataset-bestand">{t('beheer.dataset.fileLabel')}</FormLabel>
        <p className="beheer-dropzone-help" id="dataset-bestand-uitleg">
          {t('beheer.dataset.fileHelp')}
        </p>
        {/* The native control stays focusable (Tab, then Enter or Space opens the file dialog); it is
            drawn as a Dutch button beside what was chosen, as Chromium words it in the system language. */}
        <div className="beheer-file">
          <input
            ref={inputRef}
            id="dataset-bestand"
            className="werkbank-visually-hidden beheer-file-input"
            type="file"
            accept=".json,application/json"
            aria-describedby="dataset-bestand-uitleg dataset-bestand-gekozen"
            disabled={running}
            onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
          />
          <label htmlFor="dataset-bestand" className="utrecht-button utrecht-button--secondary-action beheer-file-button">
            {t('beheer.dataset.chooseFile')}
          </label>
          <span id="dataset-bestand-gekozen">
            {file ? t('beheer.dataset.chosen', { name: file.name, size: sizeText(file.size) }) : t('beheer.dataset.nothingChosen')}
          </span>
        </div>
      </div>
      <div className="beheer-actions">
        <Button appearance="primary-action-button" disabled={running} onClick={() => void start()}>
          {t('beheer.dataset.importButton')}
        </Button>
      </div>
      {state.kind === 'running' ? <Progress progress={state.progress} /> : null}
      <div role="status">
        {state.kind === 'done' ? (
          <Paragraph className="beheer-note">{t('beheer.dataset.done', { name: state.fileName })}</Paragraph>
        ) : null}
      </div>
      {state.kind === 'done' ? (
        <div className="beheer-dataset-counts">
          <DataTable
            caption={t('beheer.dataset.countsCaption')}
            columns={[
              { id: 'kind', header: t('beheer.dataset.kind'), rowHeader: true, cell: (k) => t(`beheer.dataset.counts.${k}`) },
              { id: 'count', header: t('beheer.dataset.count'), numeric: true, cell: (k) => formatQuantity(state.counts[k]) },
            ]}
            rows={COUNT_KINDS.filter((k) => k === 'cases' || state.counts[k] > 0)}
            rowKey={(k) => k}
          />
        </div>
      ) : null}
      <ErrorAlert message={state.kind === 'failed' ? state.message : null} />
    </div>
  );
}

function Progress({ progress }: { progress: UploadProgress }) {
  const { t } = useTranslation();
  if (progress.phase === 'checking') return <ProgressBar label={t('beheer.dataset.checking')} text={t('beheer.dataset.checking')} />;
  const text = t('beheer.dataset.sending', { sent: sizeText(progress.sentBytes), total: sizeText(progress.totalBytes) });
  return <ProgressBar label={t('beheer.dataset.sendingLabel')} text={text} done={progress.sentBytes} total={progress.totalBytes} />;
}

function DatasetExport() {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(contract['dataset:export'].input), defaultValues: { pseudonymised: false } });
  const exportFile = useMutation({
    mutationFn: async (input: { pseudonymised: boolean }) => {
      const { fileName, content } = await unwrap(api.datasetExport(input));
      const saved = await unwrap(saveFile(fileName, 'application/json', content));
      return { fileName, saved };
    },
  });
  return (
    <div className="beheer-dataset-part">
      <Form
        form={form}
        onValid={(v) => exportFile.mutate(v)}
        heading={
          <>
            <Heading3>{t('beheer.dataset.exportTitle')}</Heading3>
            <Paragraph>{t('beheer.dataset.exportIntro')}</Paragraph>
          </>
        }
      >
        <CheckboxRow form={form} name="pseudonymised" label={t('beheer.dataset.pseudonymised')} description={t('beheer.dataset.pseudonymisedHelp')} />
        <div className="beheer-actions">
          <Button type="submit" appearance="primary-action-button" disabled={exportFile.isPending}>
            {t('beheer.dataset.exportButton')}
          </Button>
        </div>
      </Form>
      <div role="status">
        {exportFile.isPending ? <Paragraph>{t('beheer.dataset.exporting')}</Paragraph> : null}
        {exportFile.data ? (
          <Paragraph>
            {exportFile.data.saved === 'saved' ? t('beheer.dataset.exported', { name: exportFile.data.fileName }) : t('beheer.dataset.exportCancelled')}
          </Paragraph>
        ) : null}
      </div>
      <ErrorAlert message={exportFile.error?.message} />
    </div>
  );
}
