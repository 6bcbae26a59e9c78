import { Button } from '@codegouvfr/react-dsfr/Button';
import { type TicketDraft, ticketText } from '@opale/domain';
import { useState } from 'react';

/**
 * The ticket written out as iTop should receive it (title with its prefix, every element of the
 * checklist in the body), to copy into the iTop portal when opale does not create it there itself;
 * with a link to the portal when its address is configured.
 */
export function ReadyToPaste({ draft, portalUrl }: { draft: TicketDraft; portalUrl: string | null }) {
  const { title, body } = ticketText(draft);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(null);
    }
  };
  return (
    <section aria-labelledby="a-coller" className="fr-mt-4w">
      <h2 id="a-coller" className="fr-h4">
        Votre ticket, prêt à coller dans ITOP
      </h2>
      <p>
        Le ticket est enregistré dans opale. Pour qu’il rejoigne la file du SI2C ou de la DRASI, déposez-le
        dans ITOP avec le service op@le : copiez son titre puis sa description.
      </p>
      <label className="fr-label" htmlFor="titre-a-coller">
        Titre
      </label>
      <input id="titre-a-coller" className="fr-input" readOnly value={title} />
      <Button priority="secondary" size="small" className="fr-mt-1w" onClick={() => copy('titre', title)}>
        Copier le titre
      </Button>
      <label className="fr-label fr-mt-2w" htmlFor="description-a-coller">
        Description
      </label>
      <textarea id="description-a-coller" className="fr-input" readOnly rows={10} value={body} />
      <Button
        priority="secondary"
        size="small"
        className="fr-mt-1w"
        onClick={() => copy('description', body)}
      >
        Copier la description
      </Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {copied === 'titre'
          ? 'Le titre est copié.'
          : copied === 'description'
            ? 'La description est copiée.'
            : ''}
      </p>
      {portalUrl && (
        <p>
          <a href={portalUrl} target="_blank" rel="noopener noreferrer" className="fr-link">
            Ouvrir le portail ITOP
          </a>
        </p>
      )}
    </section>
  );
}
