import {
  checkTicket,
  committeeReport,
  listEples,
  type Ticket,
  ticketStateAt,
  ticketsMatching,
} from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { describe, expect, it } from 'vitest';
import { csvChunks, toCsv } from './csv.js';
import { epleListTable } from './eple-list-table.js';
import type { Table } from './table.js';
import { ticketListTable } from './ticket-list-table.js';

const ON = '2024-01-22';
const whole = (t: ReturnType<typeof ticketListTable>): Table => ({ ...t, rows: [...t.rows] });

describe('the ticket list table', () => {
  const tickets = ticketsMatching(academieDemo, {}, ON);
  const table = whole(ticketListTable(academieDemo, tickets, ON));

  it('gives one row per ticket, in the list’s order, with the state of the day', () => {
    expect(table.rows).toHaveLength(tickets.length);
    expect(table.rows.map((r) => r[0])).toEqual(tickets.map((t) => t.ref));
    for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const stale = tickets.filter((t) => ticketStateAt(t, ON)?.openOverThreshold).length;
    expect(table.rows.filter((r) => r[13] === 'oui')).toHaveLength(stale);
    expect(table.rows.filter((r) => r[14] === 'oui')).toHaveLength(
      tickets.filter((t) => checkTicket(t).wellFormed).length,
    );
  });

  it('names the EPLE, its wave and the national service the ticket is escalated to', () => {
    const escalated = tickets.find((t) => ticketStateAt(t, ON)?.escalatedTo === 'c2s-montpellier') as Ticket;
    const row = table.rows.find((r) => r[0] === escalated.ref);
    const school = academieDemo.eple.find((e) => e.uai === escalated.uai);
    expect(row?.slice(2, 5)).toEqual([escalated.uai, school?.name, school?.waveId]);
    expect(row?.slice(8, 12)).toEqual([
      'Remonté au national',
      expect.any(String),
      'National',
      'C2S de Montpellier',
    ]);
  });
});

describe('the EPLE list table', () => {
  const report = committeeReport(academieDemo, { asOf: ON });
  if (!report.ok) throw new Error('the demo report');
  const v6 = listEples(academieDemo.eple, { filter: { waveId: 'V6' }, order: 'uai' });
  const table = whole(epleListTable(academieDemo, v6, ON, report.value.difficulty.eple));

  it('gives the committee’s budget and kit figures of V6 back, row by row', () => {
    expect(table.rows).toHaveLength(61);
    expect(table.rows.filter((r) => r[9] !== null)).toHaveLength(50);
    const buckets = new Map<unknown, number>();
    for (const r of table.rows) buckets.set(r[8], (buckets.get(r[8]) ?? 0) + 1);
    expect([...buckets.values()].sort((a, b) => a - b)).toEqual([15, 16, 30]);
  });

  it('gives the score and the reasons of the EPLE in difficulty, and nothing for the others', () => {
    const flagged = new Set(report.value.difficulty.eple.map((d) => d.uai));
    for (const r of table.rows) expect(r[11] === null).toBe(!flagged.has(r[0] as string));
    expect(table.rows.some((r) => typeof r[12] === 'string' && r[12].length > 0)).toBe(true);
  });
});

describe('csvChunks', () => {
  it('writes what toCsv writes, a piece at a time, reading the rows only as it goes', () => {
    const tickets = ticketsMatching(academieDemo, {}, ON);
    const stream = ticketListTable(academieDemo, tickets, ON);
    const chunks = [...csvChunks(stream)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(toCsv([whole(ticketListTable(academieDemo, tickets, ON))]));
    let read = 0;
    const counted = {
      ...stream,
      rows: (function* () {
        for (const r of [['=1+1', 2.5]]) {
          read++;
          yield r;
        }
      })(),
    };
    const pieces = csvChunks(counted);
    pieces.next();
    expect(read).toBe(0);
    expect([...pieces].join('')).toBe("'=1+1;2,5\r\n");
  });
});
