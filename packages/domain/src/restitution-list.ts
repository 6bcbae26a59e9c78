import type { IsoDate } from './date.js';
import type { Eple } from './eple.js';
import {
  isRestitutionAlertActive,
  type RestitutionAlert,
  type RestitutionSeverity,
  restitutionAlertId,
} from './restitution.js';
import type { Uai } from './uai.js';

/** An alert as it stood on a day: what a list as of that day shows, whatever was recorded later. */
export interface RestitutionAlertAsOf {
  /** {@link restitutionAlertId} of the alert. */
  readonly id: string;
  readonly alert: RestitutionAlert;
  readonly asOf: IsoDate;
  /** Raised on or before `asOf` and not cleared on or before it. */
  readonly active: boolean;
  /** The day it was cleared, when that is on or before `asOf`; a later clearing is not known yet. */
  readonly clearedOn: IsoDate | undefined;
}

/** Which alerts a list shows. Every criterion left out lets every alert through. */
export interface RestitutionAlertFilter {
  /** Only the alerts active as of the day (`true`), or only those cleared by then (`false`). */
  readonly active?: boolean;
  readonly severity?: RestitutionSeverity;
  /** Only the alerts of the EPLE of this wave (e.g. V6). */
  readonly waveId?: string;
  /** Only the alerts of this EPLE. */
  readonly uai?: Uai;
  /** Whether the caller may see the alerts of this EPLE; all by default. */
  readonly visible?: (uai: Uai) => boolean;
}

/** The alert as it stood on `asOf`. */
export function restitutionAlertAsOf(alert: RestitutionAlert, asOf: IsoDate): RestitutionAlertAsOf {
  return {
    id: restitutionAlertId(alert),
    alert,
    asOf,
    active: isRestitutionAlertActive(alert, asOf),
    clearedOn: alert.clearedOn !== undefined && alert.clearedOn <= asOf ? alert.clearedOn : undefined,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The alerts raised on or before `asOf` that match `filter`, each as it stood that day, the most
 * recently raised first (then by UAI and restitution). An alert raised later does not exist yet
 * on that day; one cleared later is still active on it. `eple` gives each EPLE's wave.
 */
export function listRestitutionAlerts(
  alerts: readonly RestitutionAlert[],
  eple: readonly Eple[],
  asOf: IsoDate,
  filter: RestitutionAlertFilter = {},
): RestitutionAlertAsOf[] {
  const waveOf = new Map(eple.map((e) => [e.uai, e.waveId]));
  return alerts
    .filter(
      (a) =>
        a.on <= asOf &&
        (filter.uai === undefined || a.uai === filter.uai) &&
        (filter.severity === undefined || a.severity === filter.severity) &&
        (filter.waveId === undefined || waveOf.get(a.uai) === filter.waveId) &&
        (filter.visible === undefined || filter.visible(a.uai)),
    )
    .map((a) => restitutionAlertAsOf(a, asOf))
    .filter((a) => filter.active === undefined || a.active === filter.active)
    .sort(
      (x, y) =>
        compare(y.alert.on, x.alert.on) ||
        compare(x.alert.uai, y.alert.uai) ||
        compare(x.alert.report, y.alert.report),
    );
}
