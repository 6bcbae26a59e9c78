import type { MissingElement } from '@opale/domain';

/** The field of the form that fills an element the domain's check names. */
export const fieldIdOf = (element: string) => `ticket-${element === 'eple' ? 'uai' : element}`;

function MissingList(props: { label: string; missing: readonly MissingElement[] }) {
  if (props.missing.length === 0) return null;
  return (
    <ul aria-label={props.label}>
      {props.missing.map((m) => (
        <li key={m.element} data-severity={m.severity}>
          <a href={`#${fieldIdOf(m.element)}`}>{m.message}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the draft still lacks, updated as the user types and announced politely; each item leads
 * to its field.
 */
export function MissingPanel(props: { missing: readonly MissingElement[]; wellFormed: boolean }) {
  const required = props.missing.filter((m) => m.severity === 'required');
  const recommended = props.missing.filter((m) => m.severity === 'recommended');
  return (
    <section
      className="opale-missing fr-p-3w"
      aria-labelledby="manque-titre"
      aria-live="polite"
      id="ce-qui-manque"
      tabIndex={-1}
    >
      <h2 id="manque-titre" className="fr-h5">
        {props.wellFormed ? 'Votre ticket est complet' : 'Ce qu’il manque encore'}
      </h2>
      <MissingList label="Éléments obligatoires manquants" missing={required} />
      {recommended.length > 0 && (
        <>
          <p className="fr-text--sm fr-mb-1v">Conseillé :</p>
          <MissingList label="Éléments conseillés manquants" missing={recommended} />
        </>
      )}
    </section>
  );
}
