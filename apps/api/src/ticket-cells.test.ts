import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';
import { loadExamples } from './examples.js';

// Every figure of the committee's ticket table opens onto the tickets it counts, as of the same
// day, and the list holds exactly as many as the figure.
let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

interface Cell {
  row: string;
  column: string;
  figure: number;
  tickets: { totalCount: number; edges: { node: { ref: string } }[] };
}
const cells = async (asOf: string): Promise<Cell[]> => {
  const example = loadExamples().find((e) => e.name === 'ticket-cells');
  const answer = await demo.gql(example?.query as string, { asOf }, 'committee');
  expect(answer.errors).toBeUndefined();
  return answer.data.committeeReport.tickets.cells;
};

describe('the ticket table’s cells', () => {
  it('as of 22/01/2024: 16 figures, each the size of its list; DRASI over 15 days is 26, not 28', async () => {
    const all = await cells('2024-01-22');
    expect(all).toHaveLength(16);
    for (const cell of all) expect(cell.tickets.totalCount, `${cell.row} ${cell.column}`).toBe(cell.figure);
    const drasi = all.find((c) => c.row === 'inProgressOverThreshold' && c.column === 'DRASI');
    expect(drasi?.figure).toBe(26);
    const si2c = all.find((c) => c.row === 'inProgressOverThreshold' && c.column === 'SI2C');
    expect(si2c?.figure).toBe(0);
  });

  it('on any day, every figure is the size of its list, by the cell and by the ticket list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date('2023-09-01'), max: new Date('2024-03-31'), noInvalidDate: true }),
        async (day) => {
          const asOf = day.toISOString().slice(0, 10);
          for (const cell of await cells(asOf)) {
            expect(cell.tickets.totalCount).toBe(cell.figure);
            const list = await demo.gql(
              `query($asOf: Date!, $cell: TicketCellInput!) { tickets(asOf: $asOf, cell: $cell, first: 1) { totalCount } }`,
              { asOf, cell: { row: cell.row, column: cell.column } },
              'committee',
            );
            expect(list.data.tickets.totalCount, `${asOf} ${cell.row} ${cell.column}`).toBe(cell.figure);
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it('counts the requests outside ITOP on a line of their own, beside the table', async () => {
    const answer = await demo.gql(
      '{ committeeReport(asOf: "2024-01-22") { outsideItop { total si2c drasi national mail phone visio } tickets { all { total } } } }',
      {},
      'committee',
    );
    expect(answer.data.committeeReport.outsideItop).toEqual({
      total: 25,
      si2c: 17,
      drasi: 8,
      national: 0,
      mail: 12,
      phone: 8,
      visio: 5,
    });
    expect(answer.data.committeeReport.tickets.all.total).toBe(324);
  });

  it('shows a school user only their own tickets of a cell', async () => {
    const all = await demo.gql(
      `{ tickets(asOf: "2024-01-22", cell: { row: all, column: total }, first: 100) { totalCount edges { node { uai } } } }`,
      {},
      'eple',
      ['0801234G'],
    );
    for (const edge of all.data.tickets.edges) expect(edge.node.uai).toBe('0801234G');
  });
});
