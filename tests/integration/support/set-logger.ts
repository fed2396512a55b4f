// A process that does nothing but log sets through the real API router, as fast as it can, and prints
// "ack <clientKey>" only after each one has been committed. The crash test kills it at random moments.
import { startBackend } from '../../../src/services/backend';

const [dataDir, memberId, firstIndex] = process.argv.slice(2);
if (!dataDir || !memberId || firstIndex === undefined) {
  console.error('Usage: set-logger <dataDir> <memberId> <firstIndex>');
  process.exit(2);
}

const backend = startBackend({ dataDir });
let index = Number(firstIndex);

async function logForever(): Promise<never> {
  for (;;) {
    const clientKey = `crash-set-${String(index).padStart(6, '0')}`;
    const result = await backend.dispatch('sessions:log-set', {
      memberId,
      exerciseId: 'face-pull',
      setNumber: (index % 5) + 1,
      reps: 12,
      loadKg: 17.5,
      clientKey,
    });
    if (!result.ok) {
      console.error(`${result.error.code}: ${result.error.message}`);
      process.exit(3);
    }
    process.stdout.write(`ack ${clientKey}\n`);
    index += 1;
  }
}

void logForever();
