import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro, formatEuroPlain } from '../../../../shared/format/money';
import type { RegisterReport } from '../../../../shared/ipc/channels/register';
import { formatCount, formatPct, Num, NumHead, ScrollRegion } from './parts';

const weeks = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

function CaseLink({ code }: { code: string }) {
  return (
    <Link className="utrecht-link bc-code" to={`/casussen/${code}`}>
      {code}
    </Link>
  );
}

/** §3.5 the jeugd register (approval, meerkosten, reviews due), Wmo extramural above the cap, every flag. */
export function RegisterTables({ reg }: { reg: RegisterReport }) {
  const { t } = useTranslation();
  const flagLabels = (flags: readonly string[]) =>
    flags.length === 0 ? t('businesscase.register.noFlags') : flags.map((f) => t(`businesscase.register.flag.${f}`)).join('; ');
  return (
    <>
      <Paragraph className="bc-note">{t('businesscase.register.asOf', { date: formatDate(reg.asOf) })}</Paragraph>
      <dl className="bc-cards bc-cards--register" aria-label={t('businesscase.register.summaryLabel')}>
        <div className="bc-card">
          <dt>{t('businesscase.register.total')}</dt>
          <dd className="bc-card-value" data-testid="register-total-card">
            {formatEuro(reg.totalMeerkostenBovenPlafond)}
          </dd>
        </div>
        <div className="bc-card">
          <dt>{t('businesscase.register.rowsCount')}</dt>
          <dd className="bc-card-value">{formatCount(reg.rows.length)}</dd>
        </div>
        <div className="bc-card">
          <dt>{t('businesscase.register.dueSoonCount')}</dt>
          <dd className="bc-card-value">{formatCount(reg.rows.filter((r) => r.reviewDueSoon).length)}</dd>
        </div>
      </dl>
      {reg.rows.length === 0 ? (
        <Paragraph>{t('businesscase.register.none')}</Paragraph>
      ) : (
        <ScrollRegion labelledBy="bc-register-caption">
          <Table className="bc-table bc-register-table" data-testid="register">
            <TableCaption id="bc-register-caption" className="bc-caption">
              {t('businesscase.register.caption')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('businesscase.register.colCase')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('businesscase.register.colProvider')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('businesscase.register.colPeriod')}</TableHeaderCell>
                <NumHead>{t('businesscase.register.colWeeklyCap')}</NumHead>
                <TableHeaderCell scope="col">{t('businesscase.register.colApproval')}</TableHeaderCell>
                <NumHead>{t('businesscase.register.colMeerkosten')}</NumHead>
                <TableHeaderCell scope="col">{t('businesscase.register.colReview')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('businesscase.register.colFlags')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reg.rows.map((r) => (
                <TableRow key={`${r.caseCode}/${r.arrangementId}`} className={r.flags.length > 0 ? 'bc-row-flagged' : undefined}>
                  <TableHeaderCell scope="row">
                    <CaseLink code={r.caseCode} />
                    <span className="bc-sub">{r.arrangementId}</span>
                  </TableHeaderCell>
                  <TableCell>{r.provider}</TableCell>
                  <TableCell>
                    <span className="bc-nowrap">{formatDate(r.from)}</span>
                    <span className="bc-sub">{t('businesscase.register.weeks', { count: r.weeks, n: weeks.format(r.weeks) })}</span>
                  </TableCell>
                  <Num>
                    {formatEuroPlain(r.weeklyCents)}
                    <span className="bc-sub">{t('businesscase.register.capLine', { amount: formatEuroPlain(r.capCents) })}</span>
                  </Num>
                  <TableCell>
                    {t(`businesscase.register.approval.${r.approvalStatus}`)}
                    {r.approvedWeeklyCents !== null && (
                      <span className="bc-sub bc-nowrap">{t('businesscase.register.approvedMax', { amount: formatEuroPlain(r.approvedWeeklyCents) })}</span>
                    )}
                  </TableCell>
                  <Num strong>{formatEuroPlain(r.meerkostenBovenPlafond)}</Num>
                  <TableCell className={r.reviewDueSoon ? 'bc-nowrap bc-due-soon' : 'bc-nowrap'}>
                    {formatDate(r.reviewOn)}
                    {r.reviewDueSoon && (
                      <span className="bc-sub">
                        <span className="bc-badge">
                          {t('businesscase.register.dueSoon')}
                        </span>
                      </span>
                    )}
                  </TableCell>
                  <TableCell>
                    {r.flags.length > 0 && (
                      <span className="bc-flag-icon" aria-hidden="true">
                        ⚠{' '}
                      </span>
                    )}
                    {flagLabels(r.flags)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableHeaderCell scope="row" colSpan={5}>
                  {t('businesscase.register.total')}
                </TableHeaderCell>
                <Num strong>
                  <span data-testid="register-total">{formatEuro(reg.totalMeerkostenBovenPlafond)}</span>
                </Num>
                <TableCell colSpan={2} />
              </TableRow>
            </TableFooter>
          </Table>
        </ScrollRegion>
      )}

      <Heading3>{t('businesscase.register.wmoTitle')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.register.wmoIntro')}</Paragraph>
      {reg.wmoExtramuraalBovenPlafond.length === 0 ? (
        <Paragraph>{t('businesscase.register.wmoNone')}</Paragraph>
      ) : (
        <Table className="bc-table bc-table--narrow" data-testid="wmo-boven-plafond">
          <TableCaption className="bc-caption">{t('businesscase.register.wmoCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('businesscase.register.colCase')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('businesscase.register.colProvider')}</TableHeaderCell>
              <NumHead>{t('businesscase.register.colWeekly')}</NumHead>
              <NumHead>{t('businesscase.register.colCap')}</NumHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reg.wmoExtramuraalBovenPlafond.map((r) => (
              <TableRow key={`${r.caseCode}/${r.arrangementId}`}>
                <TableHeaderCell scope="row">
                  <CaseLink code={r.caseCode} />
                  <span className="bc-sub">{r.arrangementId}</span>
                </TableHeaderCell>
                <TableCell>{r.provider}</TableCell>
                <Num>{formatEuro(r.weeklyCents)}</Num>
                <Num>{formatEuro(r.capCents)}</Num>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Heading3>{t('businesscase.register.flaggedTitle')}</Heading3>
      <Paragraph className="bc-prose">{t('businesscase.register.flaggedIntro')}</Paragraph>
      {reg.flagged.length === 0 ? (
        <Paragraph>{t('businesscase.register.flaggedNone')}</Paragraph>
      ) : (
        <Table className="bc-table" data-testid="gesignaleerd">
          <TableCaption className="bc-caption">{t('businesscase.register.flaggedCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('businesscase.register.colCase')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('businesscase.register.colDomain')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('businesscase.register.colSetting')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('businesscase.register.colProvider')}</TableHeaderCell>
              <NumHead>{t('businesscase.register.colWeekly')}</NumHead>
              <NumHead>{t('businesscase.register.colSurcharge')}</NumHead>
              <TableHeaderCell scope="col">{t('businesscase.register.colFlags')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reg.flagged.map((f) => (
              <TableRow key={`${f.caseCode}/${f.arrangementId}`}>
                <TableHeaderCell scope="row">
                  <CaseLink code={f.caseCode} />
                  <span className="bc-sub">{f.arrangementId}</span>
                </TableHeaderCell>
                <TableCell>{t(`domain.${f.domain}`)}</TableCell>
                <TableCell>{t(`setting.${f.setting}`)}</TableCell>
                <TableCell>{f.provider}</TableCell>
                <Num>{formatEuro(f.weeklyCents)}</Num>
                <Num>{formatPct(f.subcontractorSurchargePct)}</Num>
                <TableCell>
                  <span className="bc-flag-icon" aria-hidden="true">
                    ⚠{' '}
                  </span>
                  {flagLabels(f.flags)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
