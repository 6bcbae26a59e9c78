import type { Page } from 'playwright-core';

/** One stop of the keyboard's focus, and whether a sighted user sees where it is. */
export interface FocusStop {
  readonly id: number;
  readonly what: string;
  /** The pixels around the element change when it takes the focus. */
  readonly visibleFocus: boolean;
  /** The element is (scrolled) into the window when it has the focus. */
  readonly onScreen: boolean;
}

interface Seen {
  id: number;
  what: string;
  onScreen: boolean;
  scroll: { x: number; y: number };
  clip: { x: number; y: number; width: number; height: number } | null;
}

interface Numbering {
  idOf(el: Element): number;
  whatOf(el: Element): string;
}

// Runs in the page: numbers elements the first time they are seen (kept aside, the DOM is left
// as the app made it) and describes one.
const numbering = (): Numbering => {
  const ids = new Map<Element, number>();
  const idOf = (el: Element) => {
    let id = ids.get(el);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(el, id);
    }
    return id;
  };
  const whatOf = (el: Element) => {
    const label =
      el.getAttribute('aria-label') ||
      (el as HTMLInputElement).labels?.[0]?.textContent ||
      el.textContent ||
      el.getAttribute('title') ||
      '';
    const type = el.getAttribute('type');
    return `${el.tagName.toLowerCase()}${type ? `[type=${type}]` : ''} "${label.replace(/\s+/g, ' ').trim().slice(0, 80)}"`;
  };
  return { idOf, whatOf };
};

const describeActive = (): Seen | null => {
  const { idOf, whatOf } = (window as unknown as { __e2eNumbering: Numbering }).__e2eNumbering;
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const box = el.getBoundingClientRect();
  const onScreen =
    box.width > 0 &&
    box.height > 0 &&
    box.bottom > 0 &&
    box.top < innerHeight &&
    box.right > 0 &&
    box.left < innerWidth;
  // The element and a margin around it, where a focus ring (or an enlarged link's) is drawn.
  const margin = 24;
  const x = Math.max(0, box.left - margin);
  const y = Math.max(0, box.top - margin);
  const width = Math.min(innerWidth, box.right + margin) - x;
  const height = Math.min(innerHeight, box.bottom + margin) - y;
  return {
    id: idOf(el),
    what: whatOf(el),
    onScreen,
    scroll: { x: scrollX, y: scrollY },
    clip: width > 0 && height > 0 ? { x, y, width, height } : null,
  };
};

const listInteractive = (): { id: number; what: string }[] => {
  const { idOf, whatOf } = (window as unknown as { __e2eNumbering: Numbering }).__e2eNumbering;
  const selector =
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
  return [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0)
    .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0)
    .map((el) => ({ id: idOf(el), what: whatOf(el) }));
};

/** Installs the numbering once per page load; a string runs whatever the page's CSP says. */
const install = (page: Page) =>
  page.evaluate(`window.__e2eNumbering ??= (${numbering.toString()})()`).then(() => undefined);

async function describeActiveIn(page: Page): Promise<Seen | null> {
  await install(page);
  return page.evaluate(describeActive);
}

/** The interactive elements shown on the page, which Tab must reach. */
export async function interactiveElements(page: Page): Promise<{ id: number; what: string }[]> {
  await install(page);
  return page.evaluate(listInteractive);
}

/** What has the focus now (`null` for the document itself). */
export async function focused(page: Page): Promise<{ id: number; what: string } | null> {
  const seen = await describeActiveIn(page);
  return seen && { id: seen.id, what: seen.what };
}

// Screenshots are taken in the window's coordinates, as getBoundingClientRect gives them.
const shot = (page: Page, clip: NonNullable<Seen['clip']>) =>
  page.screenshot({ clip, animations: 'disabled', caret: 'hide' });

/**
 * Presses Tab from the top of a page just loaded until the focus comes back to where it started
 * (or leaves the page), and returns every stop in order. Each stop's surroundings are pictured
 * with the focus and then without it: a visible focus is one that changes those pixels.
 */
export async function tabThrough(page: Page, limit = 400): Promise<FocusStop[]> {
  const seen: (Seen & { focusedShot: Buffer | null })[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await describeActiveIn(page);
    if (!stop || stop.id === seen[0]?.id) break;
    // A date field has a stop per part (day, month, year) on one element.
    if (stop.id === seen.at(-1)?.id) continue;
    seen.push({ ...stop, focusedShot: stop.clip ? await shot(page, stop.clip) : null });
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  for (const s of seen) {
    let visibleFocus = false;
    if (s.clip && s.focusedShot) {
      await page.evaluate(({ x, y }) => window.scrollTo(x, y), s.scroll);
      visibleFocus = !(await shot(page, s.clip)).equals(s.focusedShot);
    }
    stops.push({ id: s.id, what: s.what, visibleFocus, onScreen: s.onScreen });
  }
  return stops;
}
