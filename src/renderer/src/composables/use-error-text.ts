import { useI18n } from 'vue-i18n';
import type { ApiError, ErrorParams } from '@shared/contract/result';

/**
 * Words a failed call for the screen, from its code and reason (never from the service's English): the
 * reason's sentence when it has one, else the code's. Parameters that name a thing of the app (a media
 * role, a file format, a kind of file) are worded too.
 */
export function useErrorText(): (error: ApiError) => string {
  const { t, te } = useI18n();
  const worded = (params: ErrorParams | undefined): Record<string, string | number> => {
    const out: Record<string, string | number> = { ...params };
    const named = (key: string, section: string): void => {
      const value = params?.[key];
      if (typeof value === 'string' && te(`${section}.${value}`)) out[key] = t(`${section}.${value}`);
    };
    named('role', 'trainer.media.role');
    named('format', 'transfer.import.format');
    named('expected', 'transfer.import.format');
    named('wanted', 'errors.kind');
    named('kind', 'errors.kind');
    return out;
  };
  return (error) =>
    error.reason && te(`errors.reason.${error.reason}`)
      ? t(`errors.reason.${error.reason}`, { field: error.field ?? '', ...worded(error.params) })
      : t(`errors.code.${error.code}`);
}
