import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function PassphraseLayout({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="werkbank-centered">
      <section className="werkbank-card" aria-labelledby="passphrase-title">
        <Paragraph className="werkbank-brand">{t('app.title')}</Paragraph>
        <Heading1 id="passphrase-title">{title}</Heading1>
        <Paragraph>{intro}</Paragraph>
        {children}
      </section>
    </main>
  );
}
