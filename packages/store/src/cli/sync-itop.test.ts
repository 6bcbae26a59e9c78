import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeItop, fakeItop, json } from '../import/itop-fake.fixture.js';
import { FAKE_TOKEN, type StatefulItop, statefulItop } from '../itop/fake-itop.js';
import { callItop } from '../itop/rest-call.js';
import { seedDemo } from '../seed.fixture.js';
import { freshDatabase } from '../testing.js';
import { opaleWith } from './run.fixture.js';

const PASSWORD = 'pl41n-t3xt';

describe('opale sync itop over http:', () => {
  let itop: FakeItop;
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    itop = await fakeItop(json(200, { objects: null, code: 0, message: 'Found: 0' }));
    database = await freshDatabase('sqlite');
  });
  afterAll(async () => {
    await itop?.close();
    await database?.drop();
  });

  const sync = (env: Record<string, string | undefined>, ...args: string[]) =>
    opaleWith(
      {
        OPALE_ITOP_URL: itop.url,
        OPALE_ITOP_USER: 'opale-sync',
        OPALE_ITOP_PASSWORD: PASSWORD,
        OPALE_ITOP_INSECURE: undefined,
        ...env,
      },
      '--database',
      database.url,
      'sync',
      'itop',
      ...args,
    );

  it('is refused unless asked for, and nothing is sent', async () => {
    const refused = await sync({});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `url: expected an https: address: over http: the password would cross the network in clear, got ${itop.url} (for a test server, allow it with OPALE_ITOP_INSECURE=1 or --insecure`,
    );
    expect(refused.stderr).not.toContain(PASSWORD);
    const zero = await sync({ OPALE_ITOP_INSECURE: '0' });
    expect(zero.code).toBe(1);
    expect(itop.forms).toEqual([]);
  });

  it.each([
    ['--insecure', {}, ['--insecure']],
    ['OPALE_ITOP_INSECURE=1', { OPALE_ITOP_INSECURE: '1' }, []],
  ])('is allowed by %s, with one warning', async (_how, env, args) => {
    const before = itop.forms.length;
    const r = await sync(env, ...args);
    expect(r.stderr).toMatch(/^sync itop: 0 requests read, 0 tickets added or changed$/m);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/warning/g)).toEqual(['warning']);
    expect(r.stderr).toContain('warning: sync itop: the iTop password is sent over http:, in clear');
    expect(r.stderr).not.toContain(PASSWORD);
    expect(itop.forms.slice(before).map((f) => f.get('auth_pwd'))).toEqual([PASSWORD]);
  });

  it('says what OPALE_ITOP_INSECURE expects', async () => {
    const r = await sync({ OPALE_ITOP_INSECURE: 'yes' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'OPALE_ITOP_INSECURE: expected 1 (send the iTop password over http:, for a test server) or 0, got "yes"',
    );
  });
});

describe('opale sync itop, both ways', () => {
  let itop: StatefulItop;
  let database: { url: string; drop: () => Promise<void> };
  const school = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai as string;
  beforeAll(async () => {
    itop = await statefulItop(() => '2024-01-18 08:00:00');
    database = await freshDatabase('sqlite');
    await seedDemo(database.url);
  });
  afterAll(async () => {
    await itop?.close();
    await database?.drop();
  });
  const sync = () =>
    opaleWith(
      { OPALE_ITOP_URL: itop.url, OPALE_ITOP_TOKEN: FAKE_TOKEN, OPALE_ITOP_INSECURE: '1' },
      '--database',
      database.url,
      'sync',
      'itop',
    );

  it('reads what changed in iTop since the last sync, and only that, with a token', async () => {
    const made = await callItop(
      { url: itop.url, token: FAKE_TOKEN, insecure: true },
      {
        operation: 'core/create',
        class: 'UserRequest',
        fields: {
          title: 'SI2C - budget rectificatif impossible à valider',
          org_id: `SELECT Organization WHERE code = '${school}'`,
          service_id: "SELECT Service WHERE name = 'op@le'",
          team_id: "SELECT Team WHERE name = 'SI2C'",
          caller_id: { name: 'Leroy', first_name: 'Anne' },
        },
      },
    );
    expect(made.ok).toBe(true);
    const first = await sync();
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^sync itop: 1 requests read, 1 tickets added or changed$/m);
    const again = await sync();
    expect(again.stderr).toMatch(
      /^sync itop: 1 requests read updated since 2024-01-18 08:00:00, 0 tickets added or changed$/m,
    );
    const json = JSON.parse(itop.forms.at(-1)?.get('json_data') as string);
    expect(json.key).toContain("last_update >= '2024-01-18 08:00:00'");
  });

  it('writes nothing and says why when iTop refuses', async () => {
    itop.fail({ what: 'html', when: 'before' });
    const refused = await sync();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("body: expected iTop's JSON result");
  });
});
