import {
  LOCAL_SCREEN_ID,
  contract,
  isMethodName,
  parseInput,
  fail,
  ok,
  type Caller,
  type MethodName,
  type ParsedInput,
  type MethodResult,
  type Result,
} from '@shared/contract';
import type { BackupService } from './backups';
import { DomainError, storeFailure } from './errors';
import type { Services } from './index';
import { readJson, UnreadJson } from './unread-json';

type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, caller: Caller) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** Binds every contract method to its service; the compiler insists that none is missing. */
function bindHandlers(services: Services, backups: BackupMethods | undefined): Handlers {
  const keeper = (): BackupMethods => {
    if (!backups) throw new DomainError('unavailable', 'Backups are not kept here.');
    return backups;
  };
  return {
    'library:list': (input) => services.library.list(input),
    'library:get': (input) => services.library.get(input.id),
    'library:vocabulary': () => services.library.vocabulary(),
    'library:export': (input) => services.libraryTransfer.exportLibrary(input.ids),
    'library:import': (input) => services.libraryTransfer.importLibrary(input),
    'library:import-progress': () => ({ progress: services.libraryTransfer.importProgress() }),
    'library:create': (input) => services.libraryEditing.create(input),
    'library:update': (input) => services.libraryEditing.update(input.id, input.exercise),
    'library:duplicate': (input) => services.libraryEditing.duplicate(input.id),
    'library:archive': (input) => services.libraryEditing.archive(input.id),
    'library:restore': (input) => services.libraryEditing.restore(input.id),
    'library:attach-media': (input) => services.libraryEditing.attachMedia(input),
    'library:detach-media': (input) => services.libraryEditing.detachMedia(input.exerciseId, input.mediaId),
    'circuits:list': (input) => services.circuits.list(input.includeArchived),
    'circuits:get': (input) => services.circuits.get(input.id),
    'circuits:create': (input) => services.circuits.create(input),
    'circuits:update': (input) => services.circuits.update(input.id, input.circuit),
    'circuits:archive': (input) => services.circuits.archive(input.id),
    'circuits:restore': (input) => services.circuits.restore(input.id),
    'settings:get': () => services.settings.get(),
    'settings:update': (input) => services.settings.update(input),
    'timers:get-run': (_input, caller) => ({ run: services.timers.getRun(caller.screenId) }),
    'timers:save-run': (input, caller) => services.timers.saveRun(caller.screenId, input.run),
    'timers:clear-run': (_input, caller) => services.timers.clearRun(caller.screenId),
    'system:notices': () => services.system.notices(),
    'system:dismiss-store-recovery': () => services.system.dismissStoreRecovery(),
    'members:list': (input) => services.members.list(input.query, input.limit),
    'members:get': (input) => services.members.get(input.id),
    'members:create': (input) => services.members.create(input),
    'members:update': (input) => services.members.update(input.id, input.member),
    'members:data-counts': (input) => services.members.dataCounts(input.id),
    'members:delete': (input) => services.members.delete(input.id),
    'members:export': (input) => services.members.exportData(input.id, input.format),
    'members:history': ({ memberId, ...page }) => services.sessions.history(memberId, page),
    'members:progress': (input) => services.sessions.progress(input.memberId, input.exerciseId),
    'plans:list': (input) => services.plans.list(input.memberId),
    'plans:get': (input) => services.plans.get(input.id),
    'plans:create': (input) => services.plans.create(input.memberId, input.plan),
    'plans:update': (input) => services.plans.update(input.id, input.plan),
    'plans:delete': (input) => services.plans.delete(input.id),
    'plans:give-template': (input) => services.plans.giveTemplate(input.templateId, input.memberId),
    'sessions:sign-in': (input, caller) => services.sessions.signIn(caller.screenId, input.memberNumber),
    'sessions:current': (_input, caller) => services.sessions.current(caller.screenId),
    'sessions:sign-out': (_input, caller) => services.sessions.signOut(caller.screenId),
    'sessions:hand-over': (input, caller) => services.sessions.handOver(caller.screenId, input.planId),
    'sessions:home': (_input, caller) => services.sessions.home(caller.screenId),
    'sessions:start': (input, caller) => services.sessions.start(caller.screenId, input.planId),
    'sessions:view': (input, caller) => services.sessions.view(caller.screenId, input.sessionId),
    'sessions:log-set': (input, caller) => services.sessions.logSet(caller.screenId, input),
    'sessions:correct-set': (input, caller) => services.sessions.correctSet(caller.screenId, input),
    'sessions:delete-set': (input, caller) => services.sessions.deleteSet(caller.screenId, input),
    'sessions:skip': (input, caller) => services.sessions.skip(caller.screenId, input),
    'sessions:swap-candidates': (input, caller) => services.sessions.swapCandidates(caller.screenId, input),
    'sessions:swap': (input, caller) => services.sessions.swap(caller.screenId, input),
    'sessions:finish': (input, caller) => services.sessions.finish(caller.screenId, input.sessionId),
    'sessions:summary': (input, caller) => services.sessions.summary(caller.screenId, input.sessionId),
    'sessions:history': (input, caller) => services.sessions.ownHistory(caller.screenId, input),
    'sessions:progress': (input, caller) => services.sessions.ownProgress(caller.screenId, input.exerciseId),
    'trainer:status': (_input, caller) => services.trainer.status(caller.screenId),
    'trainer:set-pin': (input, caller) => services.trainer.setFirstPin(caller.screenId, input.pin),
    'trainer:unlock': (input, caller) => services.trainer.unlockWithPin(caller.screenId, input.pin),
    'trainer:lock': (_input, caller) => services.trainer.lock(caller.screenId),
    'trainer:change-pin': (input, caller) =>
      services.trainer.changePin(caller.screenId, input.currentPin, input.newPin),
    'pairing:request': (_input, caller) => services.screens.request(caller.screenId),
    'pairing:claim': (input) => services.screens.claim(input.claim),
    'screens:list': () => services.screens.list(),
    'screens:pair': (input) => services.screens.pair(input.code, input.name),
    'screens:revoke': (input) => services.screens.revoke(input.id),
    'kiosk:open-file': (input) => services.kiosk.openFile(input.kind),
    'kiosk:quit': () => services.kiosk.quit(),
    'backups:list': () => keeper().list(),
    'backups:create': () => keeper().create(),
    'backups:restore': (input) => keeper().restore(input.name),
    'backups:download': (input) => keeper().download(input.name),
    'media:empty-set-aside': () => keeper().emptySetAsideMedia(),
  };
}

/** What the API asks of the backups of the data folder. */
export type BackupMethods = Pick<
  BackupService,
  'list' | 'create' | 'restore' | 'download' | 'emptySetAsideMedia'
>;

/**
 * One call from a transport. The transport says which screen is calling; code in the same process (tools,
 * tests) that names none acts as a loopback screen.
 */
export type Dispatch = (method: string, payload: unknown, caller?: Caller) => Promise<Result<unknown>>;

const IN_PROCESS: Caller = { screenId: LOCAL_SCREEN_ID, connection: 'loopback' };

export interface RouterOptions {
  /** Where unexpected errors are reported; they reach the caller only as a generic message. */
  onInternalError?: (method: string, error: unknown) => void;
  /** The backups of the data folder; without it the backup methods answer `unavailable`. */
  backups?: BackupMethods;
}

/**
 * Who may make this call, from the method's declared access and the caller: refuses with `unauthorized`
 * (a network screen that is not paired), or `forbidden` (no trainer unlocked there; no member signed in).
 */
function admit(method: MethodName, caller: Caller, services: Services): void {
  const access = contract[method].access;
  if (caller.connection === 'unpaired' && access !== 'anyone') {
    throw new DomainError(
      'unauthorized',
      'This screen is not paired with this Gymdeck: a trainer pairs it with the code it shows.',
      { reason: 'pairing-needed' },
    );
  }
  if (access === 'trainer') services.trainer.requireUnlocked(caller.screenId);
  // A member method acts for the member signed in on that screen; a trainer hands a plan over to sign one in.
  if (access === 'member' && services.sessions.signedInMember(caller.screenId) === null) {
    throw new DomainError('forbidden', 'Sign in on this screen with your member number first.', {
      reason: 'not-signed-in',
    });
  }
}

/**
 * The one entry point both transports call: checks the method name, then who is calling against the
 * method's access (before the payload is even read), then validates the payload before any service runs,
 * and turns every outcome into a Result value.
 */
export function createApiRouter(services: Services, options: RouterOptions = {}): Dispatch {
  const handlers = bindHandlers(services, options.backups);
  const call = async <M extends MethodName>(
    method: M,
    payload: unknown,
    caller: Caller,
  ): Promise<Result<MethodResult<M>>> => {
    admit(method, caller, services);
    if (payload instanceof UnreadJson && method === 'library:import') {
      // Read and checked on the import's own thread (see UnreadJson).
      return ok(await services.libraryTransfer.importLibrary(payload)) as Result<MethodResult<M>>;
    }
    const input = parseInput(method, payload instanceof UnreadJson ? readJson(payload.chunks) : payload);
    if (!input.ok) return input;
    return ok(await handlers[method](input.value, caller));
  };
  return async (method, payload, caller = IN_PROCESS) => {
    if (!isMethodName(method)) {
      return fail('unknown-method', `There is no method "${String(method).slice(0, 60)}".`);
    }
    try {
      return await call(method, payload, caller);
    } catch (error) {
      return toFailure(method, error, options);
    }
  };
}

function toFailure(method: string, error: unknown, options: RouterOptions): Result<never> {
  if (error instanceof DomainError) return fail(error.code, error.message, error.detail);
  const store = storeFailure(error);
  if (store) return fail(store.code, store.message);
  options.onInternalError?.(method, error);
  return fail('internal', 'Something went wrong; nothing was changed. Please try again.');
}
