import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogue, useTafels } from '../../api/queries';
import '../kengetallen/kengetallen.css';

interface Step {
  key: string;
  done: boolean;
  text: string;
  link?: ReactNode;
}

/**
 * The first run (issue #8 item 1): until the werkbank has wijken, a tafel with members and a
 * cadence, a current kengetallen version and an amount on each of its kengetallen, the case list
 * says what is still missing and links to where it is set. Derived from the reads the screens already
 * use; it disappears once everything is there.
 */
export function SetupChecklist() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const tafels = useTafels();
  if (!catalogue.data || !tafels.data) return null;
  const { wijken, currentPriceListVersion, priceListVersions } = catalogue.data;
  const readyTafel = tafels.data.items.find((tafel) => tafel.members.length > 0 && tafel.cadence !== undefined);
  const current = priceListVersions.find((v) => v.current);
  const missing = current?.itemsWithoutAmount ?? 0;
  const steps: Step[] = [
    {
      key: 'wijken',
      done: wijken.length > 0,
      text: wijken.length > 0 ? t('kengetallen.setup.wijkenDone', { count: wijken.length }) : t('kengetallen.setup.wijkenMissing'),
      link: <Link to="/beheer">{t('kengetallen.setup.wijkenLink')}</Link>,
    },
    {
      key: 'tafel',
      done: readyTafel !== undefined,
      text: readyTafel ? t('kengetallen.setup.tafelDone', { name: readyTafel.name }) : t('kengetallen.setup.tafelMissing'),
      link: <Link to="/beheer">{t('kengetallen.setup.tafelLink')}</Link>,
    },
    {
      key: 'version',
      done: currentPriceListVersion !== null,
      text:
        currentPriceListVersion !== null
          ? t('kengetallen.setup.versionDone', { version: currentPriceListVersion })
          : t('kengetallen.setup.versionMissing'),
      link: <Link to="/beheer/kengetallen">{t('kengetallen.setup.versionLink')}</Link>,
    },
    ...(current
      ? [
          {
            key: 'amounts',
            done: missing === 0,
            text:
              missing === 0
                ? t('kengetallen.setup.amountsDone', { version: current.version })
                : t('kengetallen.setup.amountsMissing', { count: missing, version: current.version }),
            link: <Link to="/beheer/kengetallen">{t('kengetallen.setup.amountsLink')}</Link>,
          },
        ]
      : []),
  ];
  if (steps.every((s) => s.done)) return null;
  return (
    <section className="werkbank-setup" aria-labelledby="inrichten-titel">
      <Heading2 id="inrichten-titel">{t('kengetallen.setup.title')}</Heading2>
      <Paragraph>{t('kengetallen.setup.intro')}</Paragraph>
      <ul className="werkbank-setup-steps">
        {steps.map((s) => (
          <li key={s.key} data-done={s.done}>
            <span className="werkbank-setup-mark">{s.done ? t('kengetallen.setup.done') : t('kengetallen.setup.todo')}:</span> {s.text}
            {s.done ? null : <> {s.link}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
