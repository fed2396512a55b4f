// `tsx scripts/native-for.ts node|electron`: better-sqlite3 built for that runtime (lib/native-module.ts).
import { ensureNativeModule } from './lib/native-module';

const runtime = process.argv[2];
try {
  if (runtime !== 'node' && runtime !== 'electron')
    throw new Error('Usage: tsx scripts/native-for.ts node|electron');
  ensureNativeModule(runtime);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
