// A scenario lives in the page's URL (`?scenario=`), so that a link shares it as it stands.

/** An EPLE moved to another wave. */
export interface Move {
  readonly uai: string;
  readonly toWave: string;
}

/** A wave whose bascule moves to another day. */
export interface SwitchDate {
  readonly waveId: string;
  readonly switchDate: string;
}

export interface Scenario {
  readonly moves: readonly Move[];
  readonly switchDates: readonly SwitchDate[];
}

export const EMPTY_SCENARIO: Scenario = { moves: [], switchDates: [] };

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 40;

/**
 * The scenario written in a URL parameter, or the empty one when the parameter is missing or not
 * a scenario (a link cut short, typed by hand): the API checks every value of what is kept.
 */
export function scenarioFromParam(param: string | null): Scenario {
  if (!param) return EMPTY_SCENARIO;
  try {
    const raw = JSON.parse(param) as { moves?: unknown; switchDates?: unknown };
    const list = (v: unknown) => (Array.isArray(v) ? v.slice(0, 500) : []);
    return {
      moves: list(raw.moves).filter((m): m is Move => isText(m?.uai) && isText(m?.toWave)),
      switchDates: list(raw.switchDates).filter(
        (d): d is SwitchDate => isText(d?.waveId) && isText(d?.switchDate),
      ),
    };
  } catch {
    return EMPTY_SCENARIO;
  }
}

/** The URL parameter of a scenario; null when it changes nothing. */
export function scenarioParam(scenario: Scenario): string | null {
  if (scenario.moves.length === 0 && scenario.switchDates.length === 0) return null;
  return JSON.stringify({ moves: scenario.moves, switchDates: scenario.switchDates });
}
