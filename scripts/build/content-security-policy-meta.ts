import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/content-security-policy';

/**
 * Puts the one Content-Security-Policy into the built page, so it holds even where no header can be added
 * (a file:// page in Electron). It goes first in the head: a policy in a meta tag covers only what comes
 * after it, so it must come before every script and stylesheet. `frame-ancestors` is dropped: browsers
 * ignore it in a meta tag.
 */
export function contentSecurityPolicyMeta(): Plugin {
  const content = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'gymdeck-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has added its own script and stylesheet tags, so that "first" means before them too.
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
