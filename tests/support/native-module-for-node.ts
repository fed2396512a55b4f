// The global set-up of vitest and Playwright: better-sqlite3 built for Node before any test opens a store.
// After `npm install` that is a compilation (install scripts are denied, see scripts/lib/native-module.ts);
// after that, one probe of the build in place.
import { ensureNativeModule } from '../../scripts/lib/native-module';

export default function buildNativeModuleForNode(): void {
  ensureNativeModule('node');
}
