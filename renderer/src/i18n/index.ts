import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';

void i18next.use(initReactI18next).init({
  lng: 'nl',
  fallbackLng: 'nl',
  resources: { nl: { translation: nl } },
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

