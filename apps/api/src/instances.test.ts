import { academieDemo, demoTicketOpenOn } from '@opale/sample-data';
import { Store } from '@opale/store';
import { ENGINES, freshDatabase } from '@opale/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken, verifierFrom } from './auth.js';
import { createApi } from './yoga.js';

type Api = ReturnType<typeof createApi>;

// Two API processes on one database keep no state of their own: what one writes, the other reads.
describe.each(ENGINES)('two API instances on one %s database', (engine) => {
  let stores: Store[] = [];
  let drop: () => Promise<void>;
  let apis: Api[];

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    const seed = await Store.open(db.url);
    await seed.replaceDataset(academieDemo, 'test');
    await seed.close();
    stores = [await Store.open(db.url), await Store.open(db.url)];
    apis = stores.map((store) =>
      createApi({ store, verify: verifierFrom({ secret: SECRET }), graphiql: false }),
    );
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await drop?.();
  });

  async function gql(api: Api, query: string, variables: object = {}) {
    const token = await signToken(SECRET, { role: 'admin' });
    const res = await api.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown };
  }

  it('reads on one instance what the other wrote, with no restart', async () => {
    const uai = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai as string;
    const FOLLOW_UPS = 'query($uai: String!) { eple(uai: $uai) { followUps { note } } }';
    const [a, b] = apis as [Api, Api];
    const before = (await gql(b, FOLLOW_UPS, { uai })).data.eple.followUps.length;
    const written = await gql(
      a,
      `mutation($uai: String!) { recordFollowUp(uai: $uai, kind: "call", note: "from instance A", on: "2024-01-24") {
        __typename } }`,
      { uai },
    );
    expect(written.data.recordFollowUp.__typename).toBe('MutationRecordFollowUpSuccess');
    const after = (await gql(b, FOLLOW_UPS, { uai })).data.eple.followUps;
    expect(after).toHaveLength(before + 1);
    expect(after.map((f: any) => f.note)).toContain('from instance A');
  });

  it('lets one of two instances win a change of the same ticket, and tells the other', async () => {
    // A ticket open on the day of the change, as it stood then, recorded anew (version 1).
    const ticket = demoTicketOpenOn('2024-01-24', (p, t) => p.handler !== 'national' && t.channel === 'itop');
    const opened = await (stores[0] as Store).writes.openTicket(ticket, 'test');
    expect(opened.ok).toBe(true);
    const ref = ticket.ref;
    const CHANGE = `mutation($ref: String!) { changeTicket(ref: $ref, kind: resolved, on: "2024-01-24", version: 1) { __typename } }`;
    const answers = await Promise.all(apis.map((api) => gql(api, CHANGE, { ref })));
    expect(answers.map((a) => a.data.changeTicket.__typename).sort()).toEqual([
      'Conflict',
      'MutationChangeTicketSuccess',
    ]);
  });
});
