import autocannon from 'autocannon';
import { signToken } from '../auth.js';
import { CSRF_HEADER } from '../yoga.js';
import { example } from './dashboard.js';

/** What a soak counted: answers by status, for the valid requests and for the malformed ones. */
export interface SoakFigures {
  readonly valid: {
    readonly requests: number;
    readonly byStatus: Record<string, number>;
    readonly errors: number;
  };
  readonly malformed: {
    readonly requests: number;
    readonly byStatus: Record<string, number>;
    readonly errors: number;
  };
  /** Answers 5xx to valid requests: each one a failure of the server's. */
  readonly valid5xx: number;
}

/** The committee's dashboard, and a follow-up recorded by an admin: reads and writes of real users. */
async function validRequests(secret: string, uai: string) {
  const committee = await signToken(secret, { role: 'committee', subject: 'soak' }, '2h');
  const admin = await signToken(secret, { role: 'admin', subject: 'soak' }, '2h');
  const headers = (token: string) => ({
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
    [CSRF_HEADER]: 'soak',
  });
  const dashboard = {
    method: 'POST' as const,
    path: '/graphql',
    headers: headers(committee),
    body: JSON.stringify({
      query: example('committee-dashboard.graphql'),
      variables: JSON.parse(example('committee-dashboard.variables.json')),
    }),
  };
  const write = {
    method: 'POST' as const,
    path: '/graphql',
    headers: headers(admin),
    body: JSON.stringify({
      query:
        'mutation($uai: String!) { recordFollowUp(uai: $uai, kind: "call", note: "soak") { __typename } }',
      variables: { uai },
    }),
  };
  // Mostly reads, as the committee's day is: four dashboards for one change of the records.
  return [dashboard, dashboard, dashboard, dashboard, write];
}

/** Requests that are wrong in every way a client or a prober gets them wrong. */
const MALFORMED = [
  { method: 'GET' as const, path: '/%E0%A4%A' },
  { method: 'GET' as const, path: '//' },
  { method: 'GET' as const, path: '/graphql?query={__typename}&variables=%7B' },
  {
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: '{"query":',
  },
  {
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'text/plain' },
    body: '{ __typename }',
  },
  { method: 'DELETE' as const, path: '/graphql' },
  { method: 'GET' as const, path: '/assets/%2e%2e/%2e%2e/etc/passwd' },
  {
    method: 'POST' as const,
    path: '/auth/demo',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  },
];

function count(result: autocannon.Result) {
  const byStatus: Record<string, number> = {};
  for (const [status, { count: n }] of Object.entries(result.statusCodeStats ?? {}))
    byStatus[status] = n ?? 0;
  return { requests: result.requests.total, byStatus, errors: result.errors };
}

/**
 * Loads the server at `base` for `seconds` with `connections`: three in four carry valid reads and
 * writes, one in four malformed requests, side by side.
 */
export async function soak(options: {
  base: string;
  secret: string;
  uai: string;
  seconds: number;
  connections: number;
}): Promise<SoakFigures> {
  const malformedConnections = Math.max(1, Math.round(options.connections / 4));
  const run = (connections: number, requests: autocannon.Request[]) =>
    autocannon({ url: options.base, connections, duration: options.seconds, requests, timeout: 30 });
  const [valid, malformed] = await Promise.all([
    run(options.connections - malformedConnections, await validRequests(options.secret, options.uai)),
    run(malformedConnections, MALFORMED),
  ]);
  const v = count(valid);
  const valid5xx = Object.entries(v.byStatus)
    .filter(([status]) => status.startsWith('5'))
    .reduce((sum, [, n]) => sum + n, 0);
  return { valid: v, malformed: count(malformed), valid5xx };
}
