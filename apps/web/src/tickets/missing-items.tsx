/** One element a ticket lacks, as the API's `missing` gives it. */
export interface MissingItem {
  readonly element: string;
  readonly severity: string;
  readonly message: string;
}

/** What a ticket lacks, in the order of the form, the recommended elements marked as such. */
export function MissingItems(props: { missing: readonly MissingItem[]; label?: string }) {
  return (
    <ul className="fr-text--sm" aria-label={props.label}>
      {props.missing.map((m) => (
        <li key={m.element} data-severity={m.severity}>
          {m.message}
          {m.severity === 'recommended' ? ' (conseillé)' : ''}
        </li>
      ))}
    </ul>
  );
}
