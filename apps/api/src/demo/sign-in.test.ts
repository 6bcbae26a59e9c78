import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi, SECRET } from '../api.fixture.js';
import { verifierFrom } from '../auth.js';
import { demoSignIn } from './sign-in.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
let signIn: ReturnType<typeof demoSignIn>;
beforeAll(async () => {
  demo = await demoApi();
  signIn = demoSignIn(demo.store, SECRET);
});
afterAll(() => demo.close());

const post = (body: string) =>
  signIn(
    new Request('http://x/auth/demo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  );

describe('the demo sign-in', () => {
  it('lists the roles and the schools to choose from', async () => {
    const res = await signIn(new Request('http://x/auth/demo'));
    const body = (await res.json()) as { roles: string[]; schools: { uai: string; name: string }[] };
    expect(body.roles).toEqual(['admin', 'si2c', 'drasi', 'committee', 'eple']);
    expect(body.schools.length).toBe((await demo.store.loadDataset()).eple.length);
    expect(body.schools[0]).toEqual(
      expect.objectContaining({ uai: expect.any(String), name: expect.any(String) }),
    );
  });

  it('gives a token of the chosen role, scoped to the chosen school for a school user', async () => {
    const verify = verifierFrom({ secret: SECRET });
    const committee = (await (await post('{"role":"committee"}')).json()) as { token: string };
    expect(await verify(committee.token)).toEqual(expect.objectContaining({ role: 'committee', uais: [] }));
    const uai = (await demo.store.loadDataset()).eple[0]?.uai as string;
    const school = (await (await post(JSON.stringify({ role: 'eple', uai }))).json()) as { token: string };
    expect(await verify(school.token)).toEqual(expect.objectContaining({ role: 'eple', uais: [uai] }));
  });

  it('names the field when the request is wrong', async () => {
    for (const [body, error] of [
      ['not json', /^body: expected JSON/],
      ['{"role":"root"}', /^role: expected one of admin, si2c/],
      ['{"role":"eple"}', /^uai: expected the UAI/],
      ['{"role":"eple","uai":"0000000A"}', /^uai: expected the UAI/],
    ] as const) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(error);
    }
    expect((await signIn(new Request('http://x/auth/demo', { method: 'DELETE' }))).status).toBe(405);
  });
});
