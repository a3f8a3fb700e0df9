import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { zodResolver } from '@hookform/resolvers/zod';
import i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PAYERS } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro, formatRatio } from '../../../../shared/format/money';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, Form, SelectField, TextAreaField } from '../../components/form';
import { formatPct } from '../../format/numbers';
import { useCaseRendement, useCaseWrite } from './caseQueries';

const recalculateInput = contract['calculation:recalculate'].input;
/** The channel's reason (required, trimmed) and price-list version ('' = the current one). */
const recalculateSchema = recalculateInput.pick({ why: true, priceListVersion: true }).extend({
  why: recalculateInput.shape.why.trim().min(1, { error: () => i18next.t('caseDetail.calculation.whyRequired') }),
  priceListVersion: choice(recalculateInput.shape.priceListVersion),
});

/** §3.2 the case's figures exactly as the engine gives them, and the calculation's two acts. */
export function RendementSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const rendement = useCaseRendement(c.code);
  const r = rendement.data;

  const rows: { key: string; label: string; value: string; strong?: boolean }[] = r
    ? [
        { key: 'reference', label: t('caseDetail.rendement.reference'), value: formatEuro(r.referenceCents) },
        { key: 'actual', label: t('caseDetail.rendement.actual'), value: formatEuro(r.actualCents) },
        { key: 'vermeden', label: t('caseDetail.rendement.vermedenKosten'), value: formatEuro(r.vermedenKosten), strong: true },
        // Issue #14 item 4: beside the saving, never off it.
        { key: 'begrensd', label: t('caseDetail.rendement.begrensdDoorBeleid'), value: formatEuro(r.begrensdDoorBeleid) },
        {
          key: 'gecorrigeerd',
          label: t('caseDetail.rendement.vermedenGecorrigeerd', { pct: formatPct(c.attributionPct) }),
          value: formatEuro(r.vermedenGecorrigeerd),
        },
        { key: 'zeker', label: t('caseDetail.rendement.vermedenZeker'), value: formatEuro(r.vermedenZeker) },
        { key: 'investering', label: t('caseDetail.rendement.investering'), value: formatEuro(r.investering) },
        { key: 'netto', label: t('caseDetail.rendement.nettoRendement'), value: formatEuro(r.nettoRendement), strong: true },
        { key: 'perEuro', label: t('caseDetail.rendement.rendementPerEuro'), value: formatRatio(r.rendementPerEuro) },
      ]
    : [];
  const payers = r ? PAYERS.filter((p) => r.perPayer[p].vermedenKosten !== 0 || r.perPayer[p].investering !== 0) : [];

  return (
    <section className="werkbank-section" aria-labelledby="rendement-titel">
      <Heading2 id="rendement-titel">{t('caseDetail.rendement.title')}</Heading2>
      <Paragraph className="werkbank-muted">
        {c.referenceDate
          ? t('caseDetail.rendement.horizon', { weeks: c.horizonWeeks, date: formatDate(c.referenceDate) })
          : t('caseDetail.rendement.horizonNoDate', { weeks: c.horizonWeeks })}
      </Paragraph>
      <Paragraph className="werkbank-indication-notice">{t('caseDetail.rendement.noIndicationDecision')}</Paragraph>
      <CalculationStatus detail={detail} />
      <ErrorAlert message={rendement.error?.message} />
      {rendement.isPending ? <Paragraph role="status">{t('caseDetail.loading')}</Paragraph> : null}
      {r ? (
        <div className="werkbank-figures">
          <DataTable
            caption={t('caseDetail.rendement.figuresCaption')}
            className="werkbank-table werkbank-figure-table"
            headHidden
            rows={rows}
            rowKey={(row) => row.key}
            rowProps={(row) => ({ className: row.strong ? 'werkbank-row-strong' : undefined, 'data-figure': row.key })}
            columns={[
              { id: 'figure', header: t('caseDetail.rendement.figure'), rowHeader: true, cell: (row) => row.label },
              { id: 'amount', header: t('caseDetail.rendement.amount'), numeric: true, cell: (row) => row.value },
            ]}
          />
          <DataTable
            caption={t('caseDetail.rendement.perPayerCaption')}
            className="werkbank-table werkbank-figure-table"
            rows={payers}
            rowKey={(p) => p}
            empty={t('caseDetail.rendement.noPayers')}
            emptyInTable
            columns={[
              { id: 'payer', header: t('caseDetail.rendement.payer'), rowHeader: true, cell: (p) => t(`payer.${p}`) },
              { id: 'vermeden', header: t('caseDetail.rendement.vermedenKosten'), numeric: true, cell: (p) => formatEuro(r.perPayer[p].vermedenKosten) },
              { id: 'investering', header: t('caseDetail.rendement.investering'), numeric: true, cell: (p) => formatEuro(r.perPayer[p].investering) },
            ]}
          />
        </div>
      ) : null}
      {r ? <Paragraph className="werkbank-muted werkbank-note">{t('caseDetail.rendement.perPayerNote')}</Paragraph> : null}
    </section>
  );
}

/** Concept or vastgesteld (when, by whom, on which price list), with "vaststellen" and "herberekenen". */
function CalculationStatus({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const catalogue = useCatalogue();
  const [recalculating, setRecalculating] = useState(false);
  const [done, setDone] = useState('');
  const form = useForm({ resolver: zodResolver(recalculateSchema), defaultValues: { why: '', priceListVersion: '' } });
  const doneRef = useRef<HTMLParagraphElement>(null);
  const fix = useCaseWrite(c.code, (input: { code: string }) => api.calculationFix(input));
  const recalculate = useCaseWrite(c.code, (input: { code: string; why: string; priceListVersion?: string }) =>
    api.calculationRecalculate(input),
  );

  const { setFocus } = form;
  useEffect(() => {
    if (recalculating) setFocus('why');
  }, [recalculating, setFocus]);

  const current = catalogue.data?.currentPriceListVersion ?? null;
  const usedVersion = c.calculation?.priceListVersion ?? current;
  const fixed = c.calculationStatus === 'vastgesteld';

  const announce = (message: string) => {
    setDone(message);
    setTimeout(() => doneRef.current?.focus(), 0);
  };

  const submitRecalculate = (v: { why: string; priceListVersion?: string }) =>
    recalculate.mutate(
      { code: c.code, ...v },
      {
        onSuccess: (d) => {
          setRecalculating(false);
          announce(t('caseDetail.calculation.recalculated', { version: d.case.calculation?.priceListVersion ?? current ?? '' }));
        },
      },
    );

  return (
    <div className="werkbank-calculation">
      <Heading3 id="berekening-titel">{t('caseDetail.calculation.title')}</Heading3>
      <p className="werkbank-calc-status" data-calculation={c.calculationStatus}>
        <strong>{t(`calculationStatus.${c.calculationStatus}`)}</strong>
        {fixed && c.calculation?.fixedOn
          ? ` ${t('caseDetail.calculation.fixedOn', { date: formatDate(c.calculation.fixedOn) })}`
          : null}
        {fixed && c.calculation?.fixedBy ? ` ${t('caseDetail.calculation.fixedBy', { by: c.calculation.fixedBy })}` : null}
        {usedVersion ? (
          <>
            {' — '}
            {t('caseDetail.calculation.priceList', { version: usedVersion })}
            {usedVersion === current ? ` ${t('caseDetail.calculation.currentVersion')}` : ''}
          </>
        ) : null}
      </p>
      <Paragraph className="werkbank-muted">
        {fixed ? t('caseDetail.calculation.fixedHelp') : t('caseDetail.calculation.conceptHelp')}
      </Paragraph>
      <div className="werkbank-actions">
        {fixed ? null : (
          <Button
            appearance="primary-action-button"
            busy={fix.isPending}
            disabled={fix.isPending}
            onClick={() => {
              recalculate.reset();
              setRecalculating(false);
              fix.mutate({ code: c.code }, { onSuccess: () => announce(t('caseDetail.calculation.fixedDone')) });
            }}
          >
            {t('caseDetail.calculation.fix')}
          </Button>
        )}
        <Button
          appearance="secondary-action-button"
          aria-expanded={recalculating}
          onClick={() => {
            fix.reset();
            recalculate.reset();
            form.reset();
            setDone('');
            setRecalculating(true);
          }}
        >
          {t('caseDetail.calculation.recalculate')}
        </Button>
      </div>
      <ErrorAlert message={fix.error?.message} />
      <p role="status" ref={doneRef} tabIndex={-1} className="werkbank-done">
        {done}
      </p>
      {recalculating ? (
        <Form form={form} className="werkbank-form werkbank-inline-form" onValid={submitRecalculate} aria-labelledby="herberekenen-titel"
          heading={
            <>
              <Heading3 id="herberekenen-titel">{t('caseDetail.calculation.recalculateTitle')}</Heading3>
              <Paragraph>{t('caseDetail.calculation.recalculateIntro')}</Paragraph>
            </>
          }
        >
          <TextAreaField form={form} name="why" label={t('caseDetail.calculation.why')} required />
          <SelectField
            form={form}
            name="priceListVersion"
            label={t('caseDetail.calculation.version')}
            options={[
              { value: '', label: t('caseDetail.calculation.versionCurrent', { version: current ?? '—' }) },
              ...(catalogue.data?.priceListVersions ?? [])
                .filter((v) => !v.current)
                .map((v) => ({ value: v.version, label: v.version })),
            ]}
          />
          <ErrorAlert message={recalculate.error?.message} />
          <div className="werkbank-actions">
            <Button type="submit" appearance="primary-action-button" busy={recalculate.isPending} disabled={recalculate.isPending}>
              {t('caseDetail.calculation.recalculateSubmit')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setRecalculating(false)}>
              {t('caseDetail.cancel')}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
