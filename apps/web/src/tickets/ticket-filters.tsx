import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import {
  ACADEMIE_TEAMS,
  type AcademieTeam,
  ASSISTANCE_LEVELS,
  ASSISTANCE_SERVICES,
  type AssistanceLevel,
  HANDLERS,
  type Handler,
  isIsoDate,
  isOneOf,
  TICKET_CHANNELS,
  TICKET_STATUSES,
  type TicketChannel,
  type TicketStatus,
} from '@opale/domain';
import { useSearchParams } from 'react-router';
import { REQUALIFIED_PARAM } from '../dashboard/requalified-table';
import { CELL_COLUMN, CELL_ROW } from '../dashboard/ticket-table';
import type { NationalService, TicketCellColumn, TicketCellRow } from '../gql/graphql';
import { Choice } from '../ui/url-choice';
import { useSearchParam } from '../ui/use-search-param';
import { CHANNEL_LABELS, HANDLER_LABELS, LEVEL_LABELS, STATUS_LABELS } from './labels';

/** The filters of the ticket list, as URL parameters: a filtered view can be shared. */
/** A cell of the committee's ticket table, as the tickets page is asked for it. */
export interface TicketCellFilter {
  readonly row: TicketCellRow;
  readonly column: TicketCellColumn;
}

const CELL_ROWS: readonly TicketCellRow[] = ['all', 'resolved', 'inProgress', 'inProgressOverThreshold'];
const CELL_COLUMNS: readonly TicketCellColumn[] = ['total', 'national', 'SI2C', 'DRASI'];

/** The cell of the committee's table the URL names (`?ligne=…&colonne=…`), if any. */
export function useTicketCell(): TicketCellFilter | undefined {
  const [params] = useSearchParams();
  const row = params.get(CELL_ROW);
  const column = params.get(CELL_COLUMN);
  return isOneOf(CELL_ROWS, row) && isOneOf(CELL_COLUMNS, column) ? { row, column } : undefined;
}

/** The team whose requalified tickets the URL asks for (`?requalifie=SI2C`), if any. */
export function useRequalifiedTeam(): AcademieTeam | undefined {
  const [params] = useSearchParams();
  const team = params.get(REQUALIFIED_PARAM);
  return isOneOf(ACADEMIE_TEAMS, team) ? team : undefined;
}

export interface TicketFilters {
  readonly handler?: Handler;
  readonly team?: AcademieTeam;
  readonly level?: AssistanceLevel;
  readonly status?: TicketStatus;
  readonly channel?: TicketChannel;
  readonly overThreshold?: boolean;
  readonly wave?: string;
  readonly uai?: string;
  readonly openedFrom?: string;
  readonly openedTo?: string;
  readonly wellFormed?: boolean;
  readonly nationalService?: NationalService;
}

/** The services beyond the académie by the API's names (`c2s_montpellier`), with their labels. */
export const NATIONAL_SERVICE_LABELS: Record<string, string> = Object.fromEntries(
  ASSISTANCE_SERVICES.filter((s) => s.level !== 'academie').map((s) => [s.id.replaceAll('-', '_'), s.label]),
);

/** The filters with a fixed set of values, and that set: a value outside it filters nothing. */
const CHOICES = {
  handler: HANDLERS,
  team: ACADEMIE_TEAMS,
  level: ASSISTANCE_LEVELS,
  status: TICKET_STATUSES,
};
const FREE = ['wave', 'uai'] as const;
const OVER_THRESHOLD = 'plus15';
/** The channel's parameter is French, as the address is the users'; so are the others below. */
const CHANNEL = 'canal';
const OPENED_FROM = 'du';
const OPENED_TO = 'au';
const SERVICE = 'service';
const WELL_FORMED = 'complet';
const WELL_FORMED_LABELS = { oui: 'Bien formés', non: 'Incomplets' };

export function useTicketFilters(): TicketFilters {
  const [params] = useSearchParams();
  const filters: Record<string, string | boolean> = {};
  for (const [key, values] of Object.entries(CHOICES)) {
    const value = params.get(key);
    if (isOneOf<string>(values, value)) filters[key] = value;
  }
  for (const key of FREE) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const channel = params.get(CHANNEL);
  if (isOneOf(TICKET_CHANNELS, channel)) filters.channel = channel;
  if (params.get(OVER_THRESHOLD) === '1') filters.overThreshold = true;
  const from = params.get(OPENED_FROM);
  const to = params.get(OPENED_TO);
  if (isIsoDate(from)) filters.openedFrom = from;
  if (isIsoDate(to)) filters.openedTo = to;
  const complete = params.get(WELL_FORMED);
  if (complete === 'oui' || complete === 'non') filters.wellFormed = complete === 'oui';
  const service = params.get(SERVICE);
  if (service && Object.hasOwn(NATIONAL_SERVICE_LABELS, service)) filters.nationalService = service;
  return filters as TicketFilters;
}

/** A day of the opening period, kept in the URL. */
function Day(props: { label: string; name: string }) {
  const [value, set] = useSearchParam(props.name);
  return (
    <Input
      label={props.label}
      nativeInputProps={{
        type: 'date',
        name: props.name,
        value: value ?? '',
        onChange: (e) => set(e.currentTarget.value || null),
      }}
    />
  );
}

/** A code typed by the user (wave, UAI), upper-cased as the API writes it. */
function Code(props: { label: string; name: string; example: string }) {
  const [value, set] = useSearchParam(props.name);
  return (
    <Input
      label={props.label}
      hintText={`Par ex. ${props.example}`}
      nativeInputProps={{
        name: props.name,
        value: value ?? '',
        onChange: (e) => set(e.currentTarget.value.trim().toUpperCase()),
      }}
    />
  );
}

export function TicketFiltersForm() {
  const [over, setOver] = useSearchParam(OVER_THRESHOLD);
  return (
    <form
      className="opale-filters opale-no-print"
      aria-label="Filtres des tickets"
      onSubmit={(e) => e.preventDefault()}
    >
      <Choice label="Pris en charge par" name="handler" labels={HANDLER_LABELS} />
      <Choice label="Équipe de l’académie" name="team" labels={{ SI2C: 'SI2C', DRASI: 'DRASI' }} />
      <Choice label="Niveau" name="level" labels={LEVEL_LABELS} />
      <Choice label="Statut" name="status" labels={STATUS_LABELS} />
      <Choice label="Canal" name={CHANNEL} labels={CHANNEL_LABELS} />
      <Choice label="Service national" name={SERVICE} labels={NATIONAL_SERVICE_LABELS} />
      <Choice label="Complétude" name={WELL_FORMED} labels={WELL_FORMED_LABELS} />
      <Day label="Ouverts à partir du" name={OPENED_FROM} />
      <Day label="Ouverts jusqu’au" name={OPENED_TO} />
      <Code label="Vague" name="wave" example="V6" />
      <Code label="EPLE (UAI)" name="uai" example="0801234X" />
      <Checkbox
        options={[
          {
            label: 'En cours depuis plus de 15 jours',
            nativeInputProps: {
              checked: over === '1',
              onChange: (e) => setOver(e.currentTarget.checked ? '1' : null),
            },
          },
        ]}
      />
    </form>
  );
}
