// A process that does nothing but log sets the way a member's "Done" does, as fast as it can: it signs the
// member in by number on its screen, resumes their open session (or starts their plan), and logs each set
// through the real API router, printing "ack <clientKey>" only after the set was committed. The crash test
// kills it at random moments. Set n always lands in the same slot of the same round of the plan, so a
// restarted logger carries on where the store says it stopped.
import type { Caller, Result } from '@shared/contract';
import type { MemberHome, SessionView } from '@shared/domain';
import { startBackend } from '../../../src/services/backend';

const [dataDir, memberNumber, firstIndex] = process.argv.slice(2);
if (!dataDir || !memberNumber || firstIndex === undefined) {
  console.error('Usage: set-logger <dataDir> <memberNumber> <firstIndex>');
  process.exit(2);
}

/** Warm-up and working slots per item: set numbers 1 to 30 of each. */
const SLOTS_PER_ITEM = 60;
const CALLER: Caller = { screenId: 'crash-screen', connection: 'loopback' };
const backend = startBackend({ dataDir });

async function call<T>(method: string, payload: unknown): Promise<T> {
  const result = (await backend.dispatch(method, payload, CALLER)) as Result<T>;
  if (!result.ok) {
    console.error(`${method}: ${result.error.code}: ${result.error.message}`);
    process.exit(3);
  }
  return result.value;
}

async function logForever(): Promise<never> {
  const home = await call<MemberHome>('sessions:sign-in', { memberNumber });
  const planId = home.plans[0]?.id;
  if (!planId) throw new Error('The member has no plan.');
  let session = home.openSession ?? (await call<SessionView>('sessions:start', { planId }));
  const perRound = session.items.length * SLOTS_PER_ITEM;
  for (let index = Number(firstIndex); ; index += 1) {
    const slot = index % perRound;
    // A new round of the plan: the session of the last round, if still open, is finished first.
    if (slot === 0 && session.items.some((item) => item.logged.length > 0)) {
      await call('sessions:finish', { sessionId: session.id });
      session = await call<SessionView>('sessions:start', { planId });
    }
    const item = session.items[Math.floor(slot / SLOTS_PER_ITEM)];
    if (!item) throw new Error('No item for this set.');
    const clientKey = `crash-set-${String(index).padStart(6, '0')}`;
    await call('sessions:log-set', {
      sessionId: session.id,
      itemId: item.id,
      exerciseId: item.exerciseId,
      warmUp: slot % SLOTS_PER_ITEM < SLOTS_PER_ITEM / 2,
      setNumber: (slot % (SLOTS_PER_ITEM / 2)) + 1,
      reps: 12,
      seconds: null,
      loadKg: 17.5,
      clientKey,
    });
    process.stdout.write(`ack ${clientKey}\n`);
  }
}

void logForever();
