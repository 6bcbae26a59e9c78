import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Column,
  type ColumnSet,
  type ColumnStatement,
  ColumnsBuilder,
  columnValues,
  handedOver,
} from './columns.js';
import { connect } from './connect.js';
import { bigTablesInWorkers } from './read-in-workers.js';
import { ordered } from './row-orders.js';
import { KIT_EVENT_COLUMNS, TICKET_COLUMNS, TICKET_EVENT_COLUMNS } from './row-tuples.js';
import {
  BY_DAY,
  BY_ID,
  BY_REF,
  historiesOf,
  kitEventsOf,
  TICKET_ORDERS,
  ticketsOf,
} from './ticket-columns.js';

// The columns the worker threads hand over, and the records built from them (the round trips
// through both engines are in store.test.ts and read-tickets.test.ts).

const statement = (
  columns: number,
  plain: number[],
  orderBy?: Record<string, number[]>,
  arrangeBy?: string,
): ColumnStatement => ({
  sql: '',
  parameters: [],
  columns,
  plain,
  integers: [],
  ...(orderBy ? { orderBy } : {}),
  ...(arrangeBy ? { arrangeBy } : {}),
});

function columnsOf(s: ColumnStatement, rows: unknown[][]): ColumnSet {
  const builder = new ColumnsBuilder(s.columns, s.plain);
  for (const row of rows) builder.row(row);
  return s.orderBy ? ordered(builder.done(), s.orderBy, s.arrangeBy) : builder.done();
}

// ref, channel, service, title, opened_on, uai, team, last, first, function, environment, sphere, operations, screenshots, names, error
const ticket = (ref: string, on: string, screenshots: number | null = null) => [
  ref,
  'phone',
  null,
  'Mandat rejeté',
  on,
  '0750001A',
  'SI2C',
  null,
  null,
  'gestionnaire',
  null,
  null,
  null,
  screenshots,
  screenshots === null ? null : '["a.png"]',
  null,
];
const TICKET_ORDER_COLUMNS = Object.fromEntries(
  Object.entries(TICKET_ORDERS).map(([name, by]) => [
    name,
    by.map((c) => TICKET_COLUMNS.indexOf(c as (typeof TICKET_COLUMNS)[number])),
  ]),
);
const TICKETS = [ticket('T1', '2024-01-03'), ticket('T2', '2024-01-02', 1), ticket('T3', '2024-01-03')];
const change = (ref: string, kind: string, on: string, target: string | null = null) => [
  ref,
  kind,
  on,
  target,
  null,
];

describe('columns', () => {
  it('keep each distinct value once, nulls as -1, plain columns as they came, and the order asked', () => {
    const set = columnsOf(statement(3, [0], { asked: [1, 0] }), [
      ['b', 'x', null],
      ['a', 'y', 2],
      ['c', 'x', 2],
    ]);
    expect(set.columns[0]).toEqual({ plain: ['b', 'a', 'c'] });
    expect(set.columns[1]).toEqual({ codes: Int32Array.from([0, 1, 0]), values: ['x', 'y'] });
    expect(set.columns[2]).toEqual({ codes: Int32Array.from([-1, 0, 0]), values: [2] });
    expect([...(set.orders?.asked ?? [])]).toEqual([0, 2, 1]);
  });

  it('hand over a plain column of texts joined into one, and the others as they are', () => {
    const set = columnsOf(statement(4, [0, 1, 2]), [
      ['R-1', 7, 'é', 'x'],
      ['', 8, null, 'y'],
      ['R-🎓3', 9, 'c', 'x'],
    ]);
    const handed = handedOver(set);
    expect(handed.columns[0]).toEqual({ joined: 'R-1R-🎓3', ends: Int32Array.from([3, 3, 8]) });
    expect(handed.columns.slice(1)).toEqual(set.columns.slice(1));
    expect(Array.from({ length: 3 }, (_, r) => columnValues(handed.columns[0] as Column)(r))).toEqual([
      'R-1',
      '',
      'R-🎓3',
    ]);
  });

  it('give the tickets by day opened then ref, each with its changes, whether the changes come by ref or not', () => {
    const rows = [TICKETS[2], TICKETS[0], TICKETS[1]] as unknown[][];
    const tickets = columnsOf(statement(TICKET_COLUMNS.length, [0], TICKET_ORDER_COLUMNS), rows);
    // Handed over by day, as the workers do: the same tickets.
    const arranged = columnsOf(statement(TICKET_COLUMNS.length, [0], TICKET_ORDER_COLUMNS, BY_DAY), rows);
    expect(arranged.orders?.[BY_DAY]).toBeUndefined();
    const changes = [
      change('T1', 'escalated', '2024-01-04', 'N2'),
      change('T1', 'resolved', '2024-01-05'),
      change('T3', 'resolved', '2024-01-06'),
    ];
    const read = (rows: unknown[][]) =>
      ticketsOf(tickets, historiesOf(columnsOf(statement(TICKET_EVENT_COLUMNS.length, [0]), rows)));
    const byRef = read(changes);
    // Out of ref order, and a change of no ticket: grouped by ref, the stray change left out.
    const shuffled = read([
      changes[2],
      changes[0],
      change('T9', 'resolved', '2024-01-07'),
      changes[1],
    ] as unknown[][]);
    // A ref's changes in two runs: one history, in the order read.
    const split = read([changes[0], changes[2], changes[1]] as unknown[][]);
    // Read in any order with their seq, then put in order by ref and seq, as the workers do.
    const withSeq = changes.map((c, i) => [...c, i + 1]);
    const inOrder = (set: ColumnSet, order: number[]) =>
      ticketsOf(
        set,
        historiesOf(
          columnsOf(
            statement(TICKET_EVENT_COLUMNS.length + 1, [0], { [BY_REF]: [0, 5] }),
            order.map((i) => withSeq[i]) as unknown[][],
          ),
        ),
      );
    const sorted = inOrder(tickets, [2, 1, 0]);
    const sortedArranged = inOrder(arranged, [1, 2, 0]);
    // As handed over by a worker: the refs joined into one text.
    const handed = ticketsOf(
      handedOver(arranged),
      historiesOf(
        handedOver(
          columnsOf(
            statement(TICKET_EVENT_COLUMNS.length + 1, [0], { [BY_REF]: [0, 5] }),
            withSeq as unknown[][],
          ),
        ),
      ),
    );
    for (const read of [byRef, shuffled, split, sorted, sortedArranged, handed]) {
      expect(read.map((t) => t.ref)).toEqual(['T2', 'T1', 'T3']);
      expect(read.map((t) => t.history)).toEqual([
        [],
        [
          { kind: 'escalated', on: '2024-01-04', to: 'N2', by: undefined },
          { kind: 'resolved', on: '2024-01-05', by: undefined },
        ],
        [{ kind: 'resolved', on: '2024-01-06', by: undefined }],
      ]);
    }
    expect(byRef[0]).toMatchObject({ screenshots: 1, screenshotNames: ['a.png'], service: undefined });
    expect(byRef[0]?.requester).toEqual({
      lastName: undefined,
      firstName: undefined,
      function: 'gestionnaire',
    });
    // The values repeated over rows are one string.
    expect(Object.is(byRef[1]?.title, byRef[2]?.title)).toBe(true);
  });

  it('make equal changes of two tickets one object, and changes that differ in any value two', () => {
    const tickets = columnsOf(statement(TICKET_COLUMNS.length, [0]), TICKETS);
    const read = ticketsOf(
      tickets,
      historiesOf(
        columnsOf(statement(TICKET_EVENT_COLUMNS.length, [0]), [
          change('T1', 'resolved', '2024-01-05'),
          change('T2', 'resolved', '2024-01-05'),
          change('T2', 'escalated', '2024-01-05', 'N2'),
          change('T3', 'escalated', '2024-01-05', 'N3'),
        ]),
      ),
    );
    const [t1, t2, t3] = read.map((t) => t.history);
    expect(t1?.[0]).toBe(t2?.[0]);
    expect(t2?.[1]).not.toBe(t3?.[0]);
    expect(t3).toEqual([{ kind: 'escalated', on: '2024-01-05', to: 'N3', by: undefined }]);
  });

  it('make equal requesters one object, requesters that differ in any value two, and none undefined', () => {
    const withRequester = (ref: string, last: string | null, fn: string | null) => {
      const row = ticket(ref, '2024-01-02');
      row[7] = last;
      row[9] = fn;
      return row;
    };
    const read = ticketsOf(
      columnsOf(statement(TICKET_COLUMNS.length, [0]), [
        withRequester('T1', 'Martin', 'gestionnaire'),
        withRequester('T2', 'Martin', 'gestionnaire'),
        withRequester('T3', 'Martin', 'agent comptable'),
        withRequester('T4', 'Durand', 'gestionnaire'),
        withRequester('T5', null, null),
      ]),
      historiesOf(columnsOf(statement(TICKET_EVENT_COLUMNS.length, [0]), [])),
    );
    const [t1, t2, t3, t4, t5] = read.map((t) => t.requester);
    expect(t1).toBe(t2);
    expect(new Set([t1, t3, t4]).size).toBe(3);
    expect([t1, t3, t4]).toEqual([
      { lastName: 'Martin', firstName: undefined, function: 'gestionnaire' },
      { lastName: 'Martin', firstName: undefined, function: 'agent comptable' },
      { lastName: 'Durand', firstName: undefined, function: 'gestionnaire' },
    ]);
    expect(t5).toBeUndefined();
  });

  it('give each ticket a history of its own changes only, however many', () => {
    const changes = Array.from({ length: 40 }, (_, i) =>
      change('T2', i % 2 ? 'reopened' : 'resolved', `2024-02-${10 + (i % 10)}`),
    );
    const read = ticketsOf(
      columnsOf(statement(TICKET_COLUMNS.length, [0]), TICKETS),
      historiesOf(
        columnsOf(statement(TICKET_EVENT_COLUMNS.length, [0]), [
          change('T1', 'resolved', '2024-01-05'),
          ...changes,
          change('T3', 'resolved', '2024-01-06'),
        ]),
      ),
    );
    expect(read.map((t) => t.history.length)).toEqual([1, 40, 1]);
    expect(read[1]?.history.map((e) => e.on)).toEqual(changes.map((c) => c[2]));
    // A list of its own: a history given to one ticket is not another's.
    expect(new Set(read.map((t) => t.history)).size).toBe(3);
  });

  it('give the kit events in order of id', () => {
    const set = columnsOf(statement(KIT_EVENT_COLUMNS.length, [0], { [BY_ID]: [0] }), [
      [10, '0750003C', 'a2', 'done', '2024-01-03'],
      [9, '0750002B', 'a1', 'done', '2024-01-01'],
      [100, '0750001A', 'a1', 'done', '2024-01-02'],
    ]);
    // In order of id, compared as numbers (9 before 10 before 100).
    expect(kitEventsOf(set)).toEqual([
      { uai: '0750002B', actionId: 'a1', kind: 'done', on: '2024-01-01' },
      { uai: '0750003C', actionId: 'a2', kind: 'done', on: '2024-01-03' },
      { uai: '0750001A', actionId: 'a1', kind: 'done', on: '2024-01-02' },
    ]);
  });

  it('fail the read, saying why, when a worker cannot reach the records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-columns-'));
    const location = { engine: 'sqlite' as const, target: join(dir, 'none.sqlite') };
    const db = connect({ engine: 'sqlite', target: join(dir, 'other.sqlite') });
    try {
      const read = bigTablesInWorkers(db, location);
      // Both heard at once: the one not yet awaited would otherwise fail unheard.
      const why = /reading the records in a worker thread: .*(unable to open|does not exist)/i;
      await Promise.all(
        [read.tickets, read.kitEvents].map((records) => expect(records).rejects.toThrow(why)),
      );
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
