import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCatalogue, useTafels } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AfwegingskaderSection } from './AfwegingskaderSection';
import { BackupSection } from './BackupSection';
import { DatasetSection } from './DatasetSection';
import { EscalationTargetsSection } from './EscalationTargetsSection';
import { InterventionTypesSection } from './InterventionTypesSection';
import { PartnersSection } from './PartnersSection';
import { RulesSection } from './RulesSection';
import { RetentionSection } from '../retention/RetentionSection';
import { SecuritySection } from './SecuritySection';
import { SocialeKaartSection } from './SocialeKaartSection';
import { TafelsSection } from './TafelsSection';
import { TafelTypesSection } from './TafelTypesSection';
import { WijkenSection } from './WijkenSection';
import './beheer.css';

/** §2.4 Beheer: every catalogue the werkbank rests on, from catalogue:get and tafels:list, each with its form. */
export function BeheerPage() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const tafels = useTafels();
  const c = catalogue.data;
  const sections = [
    ['wijken', t('beheer.wijken.title')],
    ['partners', t('beheer.partners.title')],
    ['tafeltypes', t('beheer.tafelTypes.title')],
    ['tafels', t('beheer.tafels.title')],
    ['interventietypes', t('beheer.interventionTypes.title')],
    ['beleidsregels', t('beheer.rules.title')],
    ['escalatiedoelen', t('beheer.escalationTargets.title')],
    ['afwegingskader', t('beheer.afwegingskader.title')],
    ['socialekaart', t('beheer.socialeKaart.title')],
    ['gegevens', t('beheer.dataset.title')],
    ['reservekopie', t('beheer.backup.title')],
    ['beveiliging', t('beheer.security.title')],
    ['bewaartermijnen', t('retention.title')],
  ] as const;
  return (
    <div className="beheer">
      <Heading1>{t('beheer.title')}</Heading1>
      <Paragraph>{t('beheer.intro')}</Paragraph>
      <nav aria-label={t('beheer.contents')} className="beheer-contents">
        <UnorderedList>
          <UnorderedListItem>
            <RouterLink to="/beheer/kengetallen" className="utrecht-link">
              {t('beheer.kengetallen')}
            </RouterLink> — {t('beheer.kengetallenHelp')}
          </UnorderedListItem>
          <UnorderedListItem>
            <RouterLink to="/beheer/logboek" className="utrecht-link">
              {t('beheer.audit')}
            </RouterLink> — {t('beheer.auditHelp')}
          </UnorderedListItem>
          {sections.map(([id, title]) => (
            <UnorderedListItem key={id}>
              <RouterLink
                to="/beheer"
                className="utrecht-link"
                onClick={(e) => {
                  // In the HashRouter a #fragment would be read as a route: scroll and focus ourselves.
                  e.preventDefault();
                  document.getElementById(`${id}-titel`)?.focus();
                }}
              >
                {title}
              </RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </nav>
      <ErrorAlert message={catalogue.error?.message ?? tafels.error?.message} />
      {c && tafels.data ? (
        <>
          <WijkenSection wijken={c.wijken} />
          <PartnersSection partners={c.partners} />
          <TafelTypesSection tafelTypes={c.tafelTypes} />
          <TafelsSection tafels={tafels.data.items} tafelTypes={c.tafelTypes} wijken={c.wijken} />
          <InterventionTypesSection types={c.interventionTypes} />
          <RulesSection rules={c.rules} />
          <EscalationTargetsSection targets={c.escalationTargets} />
          <AfwegingskaderSection criteria={c.afwegingskader} />
          <SocialeKaartSection wijken={c.wijken} />
        </>
      ) : null}
      <DatasetSection />
      <BackupSection />
      <SecuritySection />
      <RetentionSection />
    </div>
  );
}
