import { DataList, Heading3, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { AfwegingCriterionFile, BesluitFile } from '../../../../shared/interchange';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import { Item } from './DossierFacts';
import { ProviderConflictNotice } from './ProviderConflictNotice';

/**
 * The stored besluit of an escalation. For the hoog-weekbedragtafel also who sat at the table (with
 * the conflict mark the server computed for this besluit) and the afwegingskader as walked, each
 * criterion with its text from the catalogue — also a criterion retired since, marked as such.
 */
export function BesluitView({ besluit, row, criteria, idPrefix }: { besluit: BesluitFile; row: InboxRow; criteria: readonly AfwegingCriterionFile[]; idPrefix: string }) {
  const { t } = useTranslation();
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return (
    <section className="werkbank-esc-dossier-besluit" aria-labelledby={`${idPrefix}-besluit`}>
      <Heading3 id={`${idPrefix}-besluit`}>{t('escalations.dossier.besluitTitle')}</Heading3>
      {row.providerConflict && row.provider !== null ? <ProviderConflictNotice provider={row.provider} recorded /> : null}
      <DataList>
        <Item label={t('escalations.besluit.outcome')}>
          <strong>{t(`outcome.${besluit.outcome}`)}</strong>
        </Item>
        <Item label={t('escalations.besluit.instruments')}>
          {besluit.instruments && besluit.instruments.length > 0 ? besluit.instruments.map((i) => t(`instrument.${i}`)).join(', ') : '—'}
        </Item>
        {besluit.maatwerkbudgetCents !== undefined ? (
          <Item label={t('escalations.besluit.maatwerkbudget')}>
            {formatEuro(besluit.maatwerkbudgetCents)}
            {besluit.payer ? ` (${t(`payer.${besluit.payer}`)})` : ''}
          </Item>
        ) : null}
        {besluit.approvedWeeklyCents !== undefined ? (
          <Item label={t('escalations.besluit.approvedWeekly')}>{formatEuro(besluit.approvedWeeklyCents)}</Item>
        ) : null}
        {besluit.reviewOn ? <Item label={t('escalations.besluit.reviewOn')}>{formatDate(besluit.reviewOn)}</Item> : null}
        {besluit.validUntil ? <Item label={t('escalations.besluit.validUntil')}>{formatDate(besluit.validUntil)}</Item> : null}
        {besluit.parties && besluit.parties.length > 0 ? (
          <Item label={t('escalations.besluit.parties')}>
            {besluit.parties
              .map((p) => (p.organisation ? t('escalations.dossier.partyWith', { party: t(`escalations.party.${p.party}`), organisation: p.organisation }) : t(`escalations.party.${p.party}`)))
              .join('; ')}
          </Item>
        ) : null}
        {besluit.afweging && besluit.afweging.length > 0 ? (
          <Item label={t('escalations.besluit.afweging')} multiline>
            <UnorderedList className="werkbank-esc-afweging-view">
              {besluit.afweging.map((a) => {
                const c = byId.get(a.criterionId);
                return (
                  <UnorderedListItem key={a.criterionId}>
                    {c ? c.text : a.criterionId}
                    {c && !c.active ? ` ${t('escalations.dossier.retired')}` : ''}: <strong>{t(a.answer ? 'escalations.dossier.yes' : 'escalations.dossier.no')}</strong>
                    {a.reason ? ` — ${a.reason}` : ''}
                  </UnorderedListItem>
                );
              })}
            </UnorderedList>
          </Item>
        ) : null}
        {besluit.motivation ? (
          <Item label={t('escalations.besluit.motivation')} multiline>
            {besluit.motivation}
          </Item>
        ) : null}
        <Item label={t('escalations.besluit.decidedBy')}>{besluit.decidedBy ?? '—'}</Item>
        <Item label={t('escalations.besluit.decidedOn')}>{formatDate(besluit.decidedOn)}</Item>
      </DataList>
    </section>
  );
}
