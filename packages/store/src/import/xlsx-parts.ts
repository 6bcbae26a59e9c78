import { Readable } from 'node:stream';
import { declaresTooMuch, type ImportLimits } from './limits.js';
import { endOfDirectory, inflateEntry, storedHeader, type ZipEntry, zipEntries } from './zip.js';

/**
 * The parts of a workbook exceljs's streaming reader needs, as one zip stream of stored parts, and
 * how it ended. `until` races a step of the reader against a failure of the stream (a part that
 * inflates to more than it declared, a damaged part): the reader itself would wait for ever.
 */
export interface WorkbookParts {
  readonly zip: Readable;
  until<T>(step: Promise<T>): Promise<T>;
  /** Why the stream stopped early, if it did. */
  failure(): unknown;
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
// Without shared strings, exceljs would copy every sheet to a temporary file to wait for them.
const NO_STRINGS = Buffer.from(
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

type Part = ZipEntry | { readonly name: string; readonly content: Buffer };

function partsOf(entries: readonly ZipEntry[]): Part[] | string {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  const workbook = byName.get('xl/workbook.xml');
  if (!rels || !workbook) return 'it has no xl/workbook.xml and its relationships';
  const sheets = entries
    .filter((e) => SHEET.test(e.name))
    .sort((a, b) => Number(SHEET.exec(a.name)?.[1]) - Number(SHEET.exec(b.name)?.[1]));
  if (sheets.length === 0) return 'it has no sheet';
  const styles = byName.get('xl/styles.xml');
  const strings = byName.get('xl/sharedStrings.xml') ?? { name: 'xl/sharedStrings.xml', content: NO_STRINGS };
  // The order exceljs reads them in without buffering: what sheets refer to, then the sheets.
  return [rels, workbook, ...(styles ? [styles] : []), strings, ...sheets];
}

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;
const sizeOf = (part: Part) => ('content' in part ? part.content.length : part.size);

async function* stored(path: string, parts: readonly Part[]): AsyncGenerator<Buffer> {
  for (const part of parts) {
    yield storedHeader(part.name, sizeOf(part));
    if ('content' in part) {
      yield part.content;
      continue;
    }
    // Each part must inflate to exactly the size it declares: the declared sizes are within the
    // limit, so the bytes inflated are too, and a lying part stops at its first extra chunk.
    let inflated = 0;
    for await (const chunk of inflateEntry(path, part)) {
      inflated += chunk.length;
      if (inflated > part.size)
        throw new Error(
          `${part.name} inflates to more than the ${bytes(part.size)} its zip entry declares: the file is damaged, or made to look small`,
        );
      yield chunk;
    }
    if (inflated < part.size)
      throw new Error(
        `${part.name} inflates to ${bytes(inflated)}, fewer than the ${bytes(part.size)} its zip entry declares: the file is damaged`,
      );
  }
  yield endOfDirectory();
}

/**
 * Lists the zip entries of the workbook at `path` and refuses it, before inflating anything, when
 * the parts to read declare more than `limits.maxInflatedBytes` (throws {@link declaresTooMuch});
 * a file that is no workbook gives the reason instead.
 */
export async function workbookParts(path: string, limits: ImportLimits): Promise<WorkbookParts | string> {
  const entries = await zipEntries(path);
  if (typeof entries === 'string') return entries;
  const listed = partsOf(entries);
  if (typeof listed === 'string') return listed;
  const parts: readonly Part[] = listed;
  const declared = parts.reduce((sum, part) => sum + sizeOf(part), 0);
  if (declared > limits.maxInflatedBytes) throw declaresTooMuch(limits, declared);
  let failure: unknown;
  // The one step waiting, to reject when the stream fails. Racing each step against one promise of
  // the failure would hang every row read on that promise until the end.
  let waiting: ((error: unknown) => void) | undefined;
  async function* guarded() {
    try {
      yield* stored(path, parts);
    } catch (error) {
      failure = error;
      waiting?.(error);
    }
  }
  return {
    zip: Readable.from(guarded(), { objectMode: false }),
    until: (step) =>
      new Promise((resolve, reject) => {
        if (failure !== undefined) {
          // The step lost to the failure may still reject later: that is not news.
          step.catch(() => undefined);
          reject(failure);
          return;
        }
        waiting = reject;
        // Cleared before the caller goes on, as it may wait for its next step at once.
        step.then(
          (value) => {
            waiting = undefined;
            resolve(value);
          },
          (error) => {
            waiting = undefined;
            reject(error);
          },
        );
      }),
    failure: () => failure,
  };
}
