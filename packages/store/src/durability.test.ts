import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { academieDemo } from '@opale/sample-data';
import { describe, expect, it } from 'vitest';
import { backup, restore } from './backup.js';
import { seedDemo } from './seed.fixture.js';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seeder = join(root, 'test-support', 'seeder.mjs');
const writer = join(root, 'test-support', 'writer.mjs');

/** Runs a node script to its end; resolves with its exit code and output. */
function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** Resolves when a line of the child's `stream` matches, with every line seen so far. */
function waitFor(child: ChildProcess, stream: 'stdout' | 'stderr', match: RegExp): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let rest = '';
    child[stream]?.on('data', (d: Buffer) => {
      const parts = (rest + d.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (match.test(line)) resolve([...lines]);
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`child ended (${code}) before ${match}: ${lines.slice(-5).join(' | ')}`)),
    );
  });
}

async function counts(url: string) {
  const store = await Store.open(url);
  try {
    const n = async (table: 'eple' | 'tickets' | 'ticket_events' | 'kit_events' | 'follow_ups') =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      integrity: await store.integrityCheck(),
      eple: await n('eple'),
      tickets: await n('tickets'),
      events: await n('ticket_events'),
      kit: await n('kit_events'),
      notes: (await store.db.selectFrom('follow_ups').select('note').execute()).map((r) => r.note),
    };
  } finally {
    await store.close();
  }
}

describe.each(ENGINES)('durability on %s', (engine) => {
  it('survives a SIGKILL in the middle of a large import: all of it or none of it', async () => {
    const db = await freshDatabase(engine);
    try {
      await seedDemo(db.url);
      const before = await counts(db.url);
      const child = spawn(process.execPath, [seeder, db.url, '0.2'], { stdio: ['ignore', 'pipe', 'pipe'] });
      // Killed once it is writing the tickets' histories: well inside its one transaction.
      await waitFor(child, 'stderr', /ticket_events/);
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const after = await counts(db.url);
      expect(after.integrity).toEqual({ ok: true, problems: [] });
      expect(after).toEqual(before);
      // And the same import, left to finish, holds all of it.
      expect((await run([seeder, db.url, '0.2'])).code).toBe(0);
      const done = await counts(db.url);
      expect(done.integrity.ok).toBe(true);
      expect(done.eple).toBe(1600);
      expect(done.tickets).toBeGreaterThan(50_000);
    } finally {
      await db.drop();
    }
  }, 180_000);

  it('takes a consistent backup while writes go on, and restores it without losing an acknowledged write', async () => {
    const db = await freshDatabase(engine);
    const uai = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai ?? '';
    try {
      await seedDemo(db.url);
      const child = spawn(process.execPath, [writer, db.url, uai, '400'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const acked = await waitFor(child, 'stdout', /^ack 40$/);
      const store = await Store.open(db.url);
      const file = join(mkdtempSync(join(tmpdir(), 'opale-backup-')), 'backup.sqlite');
      try {
        await backup(store, file);
      } finally {
        await store.close();
      }
      const exit = await new Promise<number | null>((r) => child.on('exit', r));
      expect(exit).toBe(0);
      const target = await freshDatabase(engine);
      try {
        const into = await Store.open(target.url);
        await restore(into, file);
        await into.close();
        const restored = await counts(target.url);
        expect(restored.integrity).toEqual({ ok: true, problems: [] });
        const notes = new Set(restored.notes);
        for (const line of acked) expect(notes.has(line.replace('ack ', 'ack-'))).toBe(true);
        // The copy is one instant's state: a prefix of the writer's sequence, no gap.
        const written = restored.notes.filter((n) => n.startsWith('ack-')).map((n) => Number(n.slice(4)));
        expect(written).toEqual(written.map((_, i) => i + 1));
        expect(restored.eple).toBe(academieDemo.eple.length);
        // The restored records take new writes (sequences follow the restored ids).
        const again = await Store.open(target.url);
        expect(
          (await again.writes.recordFollowUp({ uai, on: '2024-01-23', kind: 'visio', note: 'after' }, 't'))
            .ok,
        ).toBe(true);
        await again.close();
      } finally {
        await target.drop();
      }
    } finally {
      await db.drop();
    }
  }, 120_000);
});
