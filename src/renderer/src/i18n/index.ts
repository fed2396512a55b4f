import { createI18n } from 'vue-i18n';
import { en, type MessageSchema } from './en';

/** Dates and times as screens show them (a session's day, when it started, a chart's axis). */
const datetimeFormats = {
  en: {
    time: { hour: 'numeric', minute: '2-digit' },
    day: { day: 'numeric', month: 'short' },
    date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  },
} as const;

/** One i18n instance for the app; English is the source language and the fallback. */
export function createAppI18n(locale = 'en') {
  return createI18n<[MessageSchema], 'en', false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en },
    datetimeFormats,
  });
}
