import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Honest about what is not built yet, instead of an empty or fake screen. */
export function AreaComingPage({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('areas.comingTitle', { area })}</Heading1>
      <Paragraph>{t('areas.comingBody')}</Paragraph>
    </>
  );
}
