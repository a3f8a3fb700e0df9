/**
 * Issue #10: the businesscase screen's views as a file (XLSX, CSV or JSON), with the screen's own
 * filters, through exports:file (the code of `werkbank export`) and saved with platform/saveFile
 * (a download in the browser host, a save dialog in Electron). Pseudonymised by default: the
 * person who makes a file for an evaluator gets `<5` for small counts unless they untick it
 * (PRODUCT.md §5). A large XLSX takes a while: the panel shows it is busy, and Annuleren drops the
 * result so nothing is saved. The panel stands above the screen's tabs and offers the export of the
 * open tab: the register's tab chooses the register, the monitoring tab the indicators, every other
 * tab the businesscase (a person may still pick another).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BusinesscaseView, Spoor } from '../../../../shared/domain/enums';
import { contract } from '../../../../shared/ipc/contract';
import { EXPORT_FORMATS, SCREEN_EXPORTS, type ExportFormat, type ScreenExport } from '../../../../shared/ipc/exportFormats';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, Form, SelectField } from '../../components/form';
import { saveFile } from '../../platform/saveFile';
import './exports.css';

/** The queries the screen's parts are showing right now: the file holds exactly these. */
export interface ScreenQueries {
  /** §3.3 `period` in its text form (2025-T2 …) wins over `year`, the year it starts in; §3.8 the view. */
  businesscase: {
    year: number;
    period?: string | undefined;
    view?: BusinesscaseView | undefined;
    wijk?: string | undefined;
    spoor?: Spoor | undefined;
    tafel?: string | undefined;
    onlyVastgesteld?: boolean | undefined;
  };
  indicators: { year: number; period?: string | undefined; wijk?: string | undefined };
  register: { year?: number | undefined; period?: string | undefined; wijk?: string | undefined };
}

const choiceSchema = contract['exports:file'].input.pick({ what: true, format: true, pseudonymised: true });

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

function toBytes(base64: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** The query of one view as exports:file takes it (the register's year scope is its own switch). */
function requestFor(what: ScreenExport, q: ScreenQueries, thisYear: number) {
  switch (what) {
    case 'businesscase':
      return q.businesscase;
    case 'indicators':
      return q.indicators;
    case 'register':
      return {
        year: q.register.year ?? q.businesscase.year ?? thisYear,
        ...(q.register.period === undefined ? {} : { period: q.register.period }),
        wijk: q.register.wijk,
        registerOnlyYear: q.register.year !== undefined,
      };
    default: {
      const never: never = what;
      throw new Error(`unknown view ${String(never)}`);
    }
  }
}

export function ExportPanel({ queries, view, periodLabel, tafelName }: { queries: ScreenQueries; view: ScreenExport; periodLabel?: string | undefined; tafelName?: string | undefined }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(choiceSchema),
    defaultValues: { what: view, format: 'xlsx' as ExportFormat, pseudonymised: true },
  });
  // Another tab opened: offer what it shows.
  useEffect(() => form.setValue('what', view), [form, view]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Each run has a number; Annuleren moves it on, so a late answer of a cancelled run is dropped.
  const run = useRef(0);
  const what = useWatch({ control: form.control, name: 'what' });

  const bc = queries.businesscase;
  const filters =
    what === 'register'
      ? [queries.register.year === undefined ? t('exports.registerAllYears') : t('exports.registerYear', { year: periodLabel ?? queries.register.year }), queries.register.wijk ?? t('exports.filtersAll')]
      : [
          periodLabel ?? String(bc.year),
          ...(what === 'businesscase' && bc.view === 'kalenderjaar' ? [t('exports.kalenderjaar')] : []),
          bc.wijk ?? t('exports.filtersAll'),
          ...(what === 'businesscase' ? [bc.spoor ? t(`spoor.${bc.spoor}`) : '', tafelName ?? '', bc.onlyVastgesteld ? t('exports.vastgesteld') : ''] : []),
        ];

  const start = async (choice: { what: ScreenExport; format: ExportFormat; pseudonymised: boolean }) => {
    const mine = ++run.current;
    setState({ kind: 'busy' });
    try {
      const file = await unwrap(api.exportsFile({ ...requestFor(choice.what, queries, new Date().getFullYear()), what: choice.what, format: choice.format, pseudonymised: choice.pseudonymised }));
      if (run.current !== mine) return;
      const saved = await unwrap(saveFile(file.fileName, file.mimeType, toBytes(file.base64)));
      if (run.current !== mine) return;
      setState({ kind: 'done', message: saved === 'saved' ? t('exports.saved', { name: file.fileName }) : t('exports.saveCancelled') });
    } catch (e) {
      if (run.current === mine) setState({ kind: 'error', message: e instanceof Error ? e.message : t('errors.generic') });
    }
  };

  return (
    <section className="export-panel" aria-labelledby="export-panel-title">
      {/* Closed by default: on a projector the headline figures come first, the export on demand. */}
      <details>
        <summary>
          <span id="export-panel-title" className="export-panel-title">
            {t('exports.title')}
          </span>{' '}
          <span className="export-panel-summary">{t('exports.summary')}</span>
        </summary>
        <Form form={form} className="export-panel-form" onValid={(v) => void start(v)}>
          <Paragraph className="export-panel-intro">{t('exports.intro', { filters: filters.filter(Boolean).join(', ') })}</Paragraph>
          <div className="export-panel-fields">
            <SelectField form={form} name="what" label={t('exports.what')} options={SCREEN_EXPORTS.map((w) => ({ value: w, label: t(`exports.whatOptions.${w}`) }))} />
            <SelectField form={form} name="format" label={t('exports.format')} options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`exports.formatOptions.${f}`) }))} />
            <CheckboxRow form={form} name="pseudonymised" label={t('exports.pseudonymised')} description={t('exports.pseudonymisedHelp')} />
          </div>
          <div className="export-panel-actions">
            <Button type="submit" appearance="primary-action-button" disabled={state.kind === 'busy'} aria-describedby="export-panel-status">
              {t('exports.button')}
            </Button>
            {state.kind === 'busy' && (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => {
                  run.current += 1;
                  setState({ kind: 'done', message: t('exports.cancelled') });
                }}
              >
                {t('exports.cancel')}
              </Button>
            )}
          </div>
        </Form>
      </details>
      <div id="export-panel-status" role="status" aria-busy={state.kind === 'busy'}>
        {state.kind === 'busy' && <Paragraph>{t('exports.busy')}</Paragraph>}
        {state.kind === 'done' && <Paragraph>{state.message}</Paragraph>}
      </div>
      <ErrorAlert message={state.kind === 'error' ? state.message : undefined} />
    </section>
  );
}
