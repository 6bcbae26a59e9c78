import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { soak } from './bench/soak.js';
import { type Started, startSeeded } from './server.fixture.js';

// The soak benchmark's mix, for a few seconds and no timing: the server must neither die nor
// answer a valid request 5xx while malformed ones come alongside.
let server: Started;
beforeAll(async () => {
  server = await startSeeded(SECRET);
});
afterAll(() => server.stop());

describe('a short soak', () => {
  it('answers every valid request 200 and every malformed one 4xx, and goes on', async () => {
    const uai = academieDemo.eple[0]?.uai as string;
    const figures = await soak({ base: server.base, secret: SECRET, uai, seconds: 3, connections: 4 });
    expect(figures.valid.requests).toBeGreaterThan(0);
    expect(Object.keys(figures.valid.byStatus)).toEqual(['200']);
    expect(figures.valid5xx).toBe(0);
    expect(figures.malformed.requests).toBeGreaterThan(0);
    for (const status of Object.keys(figures.malformed.byStatus)) expect(status).toMatch(/^4\d\d$/);
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});
