import { type ItopConnection, refusedUrl } from '@opale/store';
import { durationSetting, type Read, switchSetting, urlSetting } from './values.js';

/** How the server talks to iTop, when it does. */
export interface ItopConfig {
  readonly connection: ItopConnection;
  /** How often the server reads what changed in iTop; null: only `opale sync itop`. */
  readonly syncEveryMs: number | null;
  /** How often the server tries the outbox's due changes. */
  readonly sendEveryMs: number;
  /** The longest wait for one answer of iTop. */
  readonly timeoutMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The iTop settings: none without `OPALE_ITOP_URL`; with it, a user and password
 * (`OPALE_ITOP_USER`, `OPALE_ITOP_PASSWORD`) or an application token (`OPALE_ITOP_TOKEN`), an
 * `https:` address (`http:` only with `OPALE_ITOP_INSECURE=1`, for a test server), the periodic
 * sync (`OPALE_ITOP_SYNC_EVERY`, e.g. `10m`; none when unset), the outbox's pace
 * (`OPALE_ITOP_SEND_EVERY`, 30 s by default) and the wait for an answer (`OPALE_ITOP_TIMEOUT`, 30 s).
 */
export function readItopConfig(
  env: Env,
  take: <T>(read: Read<T>) => T,
  errors: string[],
): ItopConfig | undefined {
  const url = env.OPALE_ITOP_URL?.trim();
  if (!url) return undefined;
  const insecure = take(switchSetting('OPALE_ITOP_INSECURE', env.OPALE_ITOP_INSECURE, false));
  const refused = refusedUrl(url, insecure);
  if (refused) errors.push(`OPALE_ITOP_URL: ${refused}`);
  const user = env.OPALE_ITOP_USER?.trim();
  const password = env.OPALE_ITOP_PASSWORD;
  const token = env.OPALE_ITOP_TOKEN?.trim();
  if (!token && (!user || !password))
    errors.push(
      'OPALE_ITOP_URL: expected OPALE_ITOP_USER and OPALE_ITOP_PASSWORD (a REST user of iTop), or OPALE_ITOP_TOKEN',
    );
  const every = env.OPALE_ITOP_SYNC_EVERY?.trim();
  return {
    connection: { url, insecure, ...(token ? { token } : { user: user ?? '', password: password ?? '' }) },
    syncEveryMs: every ? take(durationSetting('OPALE_ITOP_SYNC_EVERY', every, 600_000)) : null,
    sendEveryMs: take(durationSetting('OPALE_ITOP_SEND_EVERY', env.OPALE_ITOP_SEND_EVERY, 30_000)),
    timeoutMs: take(durationSetting('OPALE_ITOP_TIMEOUT', env.OPALE_ITOP_TIMEOUT, 30_000)),
  };
}

/** The iTop portal where users open their requests (`OPALE_ITOP_PORTAL_URL`), shown by the web client. */
export function readItopPortal(env: Env, take: <T>(read: Read<T>) => T): string | null {
  return take(urlSetting('OPALE_ITOP_PORTAL_URL', env.OPALE_ITOP_PORTAL_URL))?.href ?? null;
}
