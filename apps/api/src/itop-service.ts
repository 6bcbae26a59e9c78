import type { Store } from '@opale/store';
import type { Logger } from 'pino';
import type { ItopConfig } from './config/itop.js';

/** The longest a request waits for iTop's answer before answering with the ticket "en attente d'envoi". */
const USER_WAIT_MS = 5_000;

/** What the API knows of iTop: whether it writes to it, where its portal is, and a way to send now. */
export interface ItopService {
  /** Whether tickets are created in iTop (`OPALE_ITOP_URL` set); otherwise they are to paste. */
  readonly connected: boolean;
  /** The iTop portal's address, offered to users; null: none. */
  readonly portalUrl: string | null;
  /**
   * Tries the outbox's due changes now (after a ticket is opened or changed); never rejects, and
   * resolves after a few seconds at most, the sending going on: a user never waits for a slow iTop.
   */
  sendNow(): Promise<void>;
  /** Stops the timers. */
  stop(): void;
}

/** For the API without iTop: nothing is sent, the portal may still be shown. */
export function noItop(portalUrl: string | null = null): ItopService {
  return { connected: false, portalUrl, sendNow: async () => undefined, stop: () => undefined };
}

/**
 * Starts the exchanges with iTop when it is configured: the outbox is tried every `sendEveryMs`
 * (each change waits its own backoff), and what changed in iTop is read every `syncEveryMs`.
 * iTop being down never stops opale: failures are logged and the changes wait in the outbox.
 */
export function startItop(
  store: Store,
  config: ItopConfig,
  portalUrl: string | null,
  log: Logger,
): ItopService {
  const worker = store.itop.worker({
    connection: config.connection,
    timeoutMs: config.timeoutMs,
    onFailure: (entry, reason, gaveUp) =>
      log[gaveUp ? 'error' : 'warn'](
        { ticket: entry.ticketRef, change: entry.change, attempts: entry.attempts + 1 },
        `iTop: ${gaveUp ? 'gave up sending' : 'could not send'} the change: ${reason}`,
      ),
  });
  const send = () =>
    worker.runOnce().then(
      (pass) => {
        if (pass.sent > 0) log.info(pass, 'iTop: changes sent');
      },
      (error: unknown) => log.error({ err: error }, 'iTop: the outbox could not be read'),
    );
  const sync = () =>
    store.itop.sync({ connection: config.connection, timeoutMs: config.timeoutMs }).then(
      (run) =>
        run.errors.length > 0
          ? log.warn(
              { read: run.read, errors: run.errors.slice(0, 20) },
              'iTop: sync failed, nothing written',
            )
          : log.info({ read: run.read, written: run.written, since: run.since }, 'iTop: synced'),
      (error: unknown) => log.error({ err: error }, 'iTop: sync failed'),
    );
  const sendNow = () =>
    Promise.race([send(), new Promise<void>((resolve) => setTimeout(resolve, USER_WAIT_MS).unref())]);
  const timers = [setInterval(() => void send(), config.sendEveryMs)];
  if (config.syncEveryMs !== null) timers.push(setInterval(() => void sync(), config.syncEveryMs));
  for (const timer of timers) timer.unref();
  void send();
  return {
    connected: true,
    portalUrl,
    sendNow,
    stop: () => {
      for (const timer of timers) clearInterval(timer);
    },
  };
}

/**
 * Answers `value` once the change just written has had its chance to reach iTop (see
 * {@link ItopService.sendNow}): a ticket created in time shows its iTop ref, another shows
 * "en attente d'envoi".
 */
export async function sentToItop<T>(ctx: { readonly itop: ItopService }, value: T): Promise<T> {
  await ctx.itop.sendNow();
  return value;
}
