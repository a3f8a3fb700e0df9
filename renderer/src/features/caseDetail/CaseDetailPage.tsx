import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../../shared/format/date';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseDetail } from '../../api/queries';
import { isCaseNotFound } from './caseQueries';
import './caseDetail.css';
import { CaseEditSection } from './CaseEditSection';
import { CostLinesSection } from './CostLinesSection';
import { ConsentAndScores } from './ConsentAndScores';
import { EscalationsSection } from './EscalationsSection';
import { InterventionsSection } from './InterventionsSection';
import { KnelpuntenSection } from './KnelpuntenSection';
import { RendementSection } from './RendementSection';
import { SporenConsideredSection } from './SporenConsideredSection';
import { ReceivedNotice } from '../dossier/Received';
import { StatusSection } from './StatusSection';
import { WeekbedragRequests } from './WeekbedragRequests';

/** §2.1/§3.2 one case as a tafel discusses it: who, where, status, figures, interventions. */
export function CaseDetailPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const detail = useCaseDetail(code);

  if (detail.isPending) {
    return (
      <>
        <BackLink />
        <Heading1>{code}</Heading1>
        <Paragraph role="status">{t('caseDetail.loading')}</Paragraph>
      </>
    );
  }
  if (detail.isError) {
    if (isCaseNotFound(detail.error)) {
      return (
        <section className="werkbank-empty" aria-labelledby="niet-gevonden">
          <Heading1 id="niet-gevonden">{t('caseDetail.notFound.title')}</Heading1>
          <Paragraph>{t('caseDetail.notFound.body', { code })}</Paragraph>
          <Paragraph>
            <Link to="/casussen" className="utrecht-link">{t('caseDetail.notFound.back')}</Link>
          </Paragraph>
        </section>
      );
    }
    return (
      <>
        <BackLink />
        <Heading1>{code}</Heading1>
        <ErrorAlert message={detail.error.message} />
      </>
    );
  }
  return <CaseView detail={detail.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link to="/casussen" className="utrecht-link werkbank-back">
      {t('caseDetail.backToList')}
    </Link>
  );
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const name = c.isSignaal ? t('cases.signaal') : (c.alias ?? t('caseDetail.noAlias'));
  const person = (p: { name?: string; organisation?: string } | undefined) =>
    p ? [p.name, p.organisation].filter(Boolean).join(', ') || '—' : '—';
  return (
    <article className="werkbank-case" aria-labelledby="casus-titel">
      <BackLink />
      <header className="werkbank-case-header">
        <Heading1 id="casus-titel">
          <span className="werkbank-case-code">{c.code}</span> <span className="werkbank-case-name">{name}</span>
        </Heading1>
        <p className="werkbank-status-badge" data-status={c.status}>
          <span className="werkbank-visually-hidden">{t('caseDetail.header.status')}: </span>
          {t(`status.${c.status}`)}
        </p>
      </header>
      <ReceivedNotice detail={detail} />
      <dl className="werkbank-facts">
        <div>
          <dt>{t('caseDetail.header.wijk')}</dt>
          <dd>{c.wijk}</dd>
        </div>
        <div>
          <dt>{t('caseDetail.header.regisseur')}</dt>
          <dd>{c.casusregisseur ? person(c.casusregisseur) : t('caseDetail.header.noRegisseur')}</dd>
        </div>
        <div>
          <dt>{t('caseDetail.header.aanmelder')}</dt>
          <dd>{person(c.aanmelder)}</dd>
        </div>
        <div>
          <dt>{t('caseDetail.header.registeredOn')}</dt>
          <dd>{formatDate(c.registeredOn)}</dd>
        </div>
        <div>
          <dt>{t('caseDetail.header.referenceDate')}</dt>
          <dd>{c.referenceDate ? formatDate(c.referenceDate) : t('caseDetail.header.notDiscussed')}</dd>
        </div>
        <div>
          <dt>{t('caseDetail.header.sporen')}</dt>
          <dd>{c.sporen.map((s) => t(`spoor.${s}`)).join(', ') || '—'}</dd>
        </div>
        {c.household ? (
          <div>
            <dt>{t('caseDetail.header.household')}</dt>
            <dd>
              {t(`household.${c.household}`)}
              {c.householdSize ? ` (${t('caseDetail.header.persons', { count: c.householdSize })})` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      {c.aanleiding || c.doel ? (
        <dl className="werkbank-facts werkbank-facts--text">
          {c.aanleiding ? (
            <div>
              <dt>{t('caseDetail.header.aanleiding')}</dt>
              <dd>{c.aanleiding}</dd>
            </div>
          ) : null}
          {c.doel ? (
            <div>
              <dt>{t('caseDetail.header.doel')}</dt>
              <dd>{c.doel}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <CaseEditSection detail={detail} />
      <StatusSection detail={detail} />
      <ConsentAndScores detail={detail} />
      <SporenConsideredSection detail={detail} />
      <RendementSection detail={detail} />
      <InterventionsSection detail={detail} />
      <CostLinesSection detail={detail} />
      <EscalationsSection detail={detail} />
      <WeekbedragRequests detail={detail} />
      <KnelpuntenSection detail={detail} />
    </article>
  );
}
