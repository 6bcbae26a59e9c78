import { type ItopConfig, readItopConfig, readItopPortal } from './itop.js';
import {
  durationSetting,
  integerSetting,
  originsSetting,
  type Read,
  secretSetting,
  sizeSetting,
  switchSetting,
  urlSetting,
} from './values.js';

/** How callers prove who they are. */
export type AuthConfig =
  /** No secret given: tokens signed with a generated secret, demo sign-in and demo records. */
  | { readonly kind: 'demo' }
  /** Tokens signed HS256 with a shared secret, issued by opale itself. */
  | { readonly kind: 'secret'; readonly secret: string }
  /** Tokens signed by the académie's identity provider, checked against its published keys. */
  | {
      readonly kind: 'jwks';
      readonly url: URL;
      readonly issuer: string;
      readonly audience: string;
      readonly algorithms: readonly string[];
    };

/** Everything the server reads from its environment, read and checked once at start. */
export interface ServerConfig {
  readonly auth: AuthConfig;
  /** Started in development on purpose (`--dev` or `OPALE_DEV=1`): errors and schema shown to all. */
  readonly development: boolean;
  readonly host: string;
  readonly port: number;
  /** The longest life a token may have (from `iat` to `exp`), in seconds. */
  readonly tokenMaxLifetimeSeconds: number;
  readonly limits: {
    /** The largest body of a request to `/graphql` or `/auth/*`. */
    readonly bodyBytes: number;
    /** The largest `variables` of one operation, as JSON. */
    readonly variablesBytes: number;
    /** The longest list in `variables`. */
    readonly listLength: number;
  };
  readonly timeouts: { readonly headersMs: number; readonly requestMs: number; readonly keepAliveMs: number };
  /** Origins answered with CORS headers; none: same-origin only. */
  readonly corsOrigins: readonly string[];
  readonly graphiql: boolean;
  /** Answers kept for queries asked again while the records are unchanged: their bytes at most; 0: none. */
  readonly answerCacheBytes: number;
  /** The built web client's folder; undefined: the one beside this package in the repository. */
  readonly webDir: string | undefined;
  /** How the server talks to iTop; undefined: it does not (tickets stay in opale, ready to paste). */
  readonly itop: ItopConfig | undefined;
  /** The iTop portal's address, offered to users; null: none. */
  readonly itopPortalUrl: string | null;
}

/** The asymmetric algorithms an identity provider may sign with; HS* never, on the JWKS path. */
export const JWKS_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];
export const AUDIENCE = 'opale-api';
/** The request limits when none is set: 1 MiB bodies, 64 KiB of variables, lists of 1,000. */
export const DEFAULT_LIMITS = { bodyBytes: 1024 ** 2, variablesBytes: 64 * 1024, listLength: 1000 } as const;

type Env = Readonly<Record<string, string | undefined>>;

/** The server's settings, or one message per bad value (each naming its variable). */
export function readConfig(
  env: Env,
  argv: readonly string[] = [],
): { ok: true; value: ServerConfig } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const take = <T>(read: Read<T>): T => {
    if (!read.ok) errors.push(read.error);
    return read.value;
  };
  const secret = take(secretSetting('OPALE_JWT_SECRET', env.OPALE_JWT_SECRET));
  const jwksUrl = take(urlSetting('OPALE_JWKS_URL', env.OPALE_JWKS_URL));
  const auth = authOf(env, secret, jwksUrl, errors);
  if (auth.kind === 'demo' && env.NODE_ENV === 'production')
    errors.push(
      'NODE_ENV=production needs OPALE_JWT_SECRET (a random secret of at least 32 characters) or OPALE_JWKS_URL',
    );
  const development = argv.includes('--dev') || take(switchSetting('OPALE_DEV', env.OPALE_DEV, false));
  const value: ServerConfig = {
    auth,
    development,
    // The demo set-up lets anyone sign in as anyone: it stays on this machine unless told otherwise.
    host: env.HOST?.trim() || (auth.kind === 'demo' ? '127.0.0.1' : '0.0.0.0'),
    port: take(integerSetting('PORT', env.PORT, 4000, 0, 65_535)),
    tokenMaxLifetimeSeconds:
      take(durationSetting('OPALE_TOKEN_MAX_LIFETIME', env.OPALE_TOKEN_MAX_LIFETIME, 86_400_000)) / 1000,
    limits: {
      bodyBytes: take(sizeSetting('OPALE_MAX_BODY_SIZE', env.OPALE_MAX_BODY_SIZE, DEFAULT_LIMITS.bodyBytes)),
      variablesBytes: take(
        sizeSetting('OPALE_MAX_VARIABLES_SIZE', env.OPALE_MAX_VARIABLES_SIZE, DEFAULT_LIMITS.variablesBytes),
      ),
      listLength: take(
        integerSetting(
          'OPALE_MAX_LIST_LENGTH',
          env.OPALE_MAX_LIST_LENGTH,
          DEFAULT_LIMITS.listLength,
          1,
          1_000_000,
        ),
      ),
    },
    timeouts: {
      headersMs: take(durationSetting('OPALE_HEADERS_TIMEOUT', env.OPALE_HEADERS_TIMEOUT, 10_000)),
      requestMs: take(durationSetting('OPALE_REQUEST_TIMEOUT', env.OPALE_REQUEST_TIMEOUT, 30_000)),
      keepAliveMs: take(durationSetting('OPALE_KEEP_ALIVE_TIMEOUT', env.OPALE_KEEP_ALIVE_TIMEOUT, 5_000)),
    },
    corsOrigins: take(originsSetting('OPALE_CORS_ORIGINS', env.OPALE_CORS_ORIGINS)),
    graphiql: take(switchSetting('OPALE_GRAPHIQL', env.OPALE_GRAPHIQL, true)),
    answerCacheBytes: take(switchSetting('OPALE_ANSWER_CACHE', env.OPALE_ANSWER_CACHE, true))
      ? take(sizeSetting('OPALE_ANSWER_CACHE_SIZE', env.OPALE_ANSWER_CACHE_SIZE, 32 * 1024 ** 2))
      : 0,
    webDir: env.OPALE_WEB_DIR?.trim() || undefined,
    itop: readItopConfig(env, take, errors),
    itopPortalUrl: readItopPortal(env, take),
  };
  if (value.timeouts.headersMs > value.timeouts.requestMs)
    errors.push('OPALE_HEADERS_TIMEOUT: expected no longer than OPALE_REQUEST_TIMEOUT');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

function authOf(
  env: Env,
  secret: string | undefined,
  jwksUrl: URL | undefined,
  errors: string[],
): AuthConfig {
  if (secret && jwksUrl) {
    errors.push('OPALE_JWT_SECRET and OPALE_JWKS_URL: expected one of them, not both');
    return { kind: 'secret', secret };
  }
  if (secret) return { kind: 'secret', secret };
  if (!jwksUrl) return { kind: 'demo' };
  const issuer = env.OPALE_JWT_ISSUER?.trim();
  if (!issuer) errors.push('OPALE_JWT_ISSUER: expected the issuer (iss) of the identity provider’s tokens');
  const algorithms = (env.OPALE_JWT_ALGORITHMS ?? 'RS256,ES256,PS256,EdDSA')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const unknown = algorithms.filter((a) => !JWKS_ALGORITHMS.includes(a));
  if (unknown.length > 0 || algorithms.length === 0)
    errors.push(
      `OPALE_JWT_ALGORITHMS: expected some of ${JWKS_ALGORITHMS.join(', ')}, got ${unknown.join(', ')}`,
    );
  return {
    kind: 'jwks',
    url: jwksUrl,
    issuer: issuer ?? '',
    audience: env.OPALE_JWT_AUDIENCE?.trim() || AUDIENCE,
    algorithms,
  };
}
