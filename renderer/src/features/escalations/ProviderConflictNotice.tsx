import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * Issue #14 item 5, the conflict mark: the provider that asks for the higher weekbedrag sits at
 * the hoog-weekbedragtafel as the zorgaanbieder that decides on it. Said in words (never colour
 * alone), with what the tafel does about it. `recorded`: on a stored besluit, not while typing.
 */
export function ProviderConflictNotice({ provider, recorded }: { provider: string; recorded: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning" className="werkbank-esc-conflict" data-testid="belangenconflict">
      <Paragraph>
        <strong>{t('escalations.conflict.title')}</strong>
      </Paragraph>
      <Paragraph>{t(recorded ? 'escalations.conflict.recorded' : 'escalations.conflict.whileDeciding', { provider })}</Paragraph>
    </Alert>
  );
}
