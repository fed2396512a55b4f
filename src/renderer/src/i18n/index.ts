import { createI18n } from 'vue-i18n';
import { en, type MessageSchema } from './en';

/** One i18n instance for the app; English is the source language and the fallback. */
export function createAppI18n(locale = 'en') {
  return createI18n<[MessageSchema], 'en', false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en },
  });
}
