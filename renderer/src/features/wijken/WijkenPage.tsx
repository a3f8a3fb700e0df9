import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BaselinesSection } from './BaselinesSection';
import { LessonsSection } from './LessonsSection';
import { TussenevaluatieSection } from './TussenevaluatieSection';
import './wijken.css';

/**
 * Issue #14 item 3: where a chair or evaluator records a wijk's baseline (nulmeting) and its
 * lessons, and takes the tussenevaluatie with every wijk side by side.
 */
export function WijkenPage() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const wijken = catalogue.data?.wijken ?? [];
  const [chosen, setChosen] = useState('');
  const wijk = chosen || wijken[0]?.name || '';
  return (
    <>
      <Heading1>{t('wijken.title')}</Heading1>
      <Paragraph>{t('wijken.intro')}</Paragraph>
      <ErrorAlert message={catalogue.error?.message} />
      {catalogue.isPending ? (
        <Paragraph role="status">{t('wijken.loading')}</Paragraph>
      ) : wijken.length === 0 ? (
        <Paragraph>{t('wijken.noWijken')}</Paragraph>
      ) : (
        <>
          <div className="werkbank-filters">
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="wijken-wijk">
                {t('wijken.wijk')}
              </label>
              <select id="wijken-wijk" className="utrecht-select" value={wijk} onChange={(e) => setChosen(e.target.value)}>
                {wijken.map((w) => (
                  <option key={w.id} value={w.name}>
                    {w.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <BaselinesSection key={`b-${wijk}`} wijk={wijk} />
          <LessonsSection key={`l-${wijk}`} wijk={wijk} />
        </>
      )}
      <TussenevaluatieSection />
    </>
  );
}
