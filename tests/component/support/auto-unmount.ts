import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach } from 'vitest';

// The component files share one window: whatever a test mounted (with its timers and window listeners) is
// unmounted after it, so that nothing of it reaches the next test or file. Test Utils tracks the mounted
// wrappers once for the whole run; this file runs before every test file, so each file's tests get the hook.
const shared = globalThis as { unmountMounted?: () => void };
if (!shared.unmountMounted) enableAutoUnmount((unmountAll) => (shared.unmountMounted = unmountAll));
afterEach(() => shared.unmountMounted?.());
