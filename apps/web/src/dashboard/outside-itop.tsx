import { type FragmentType, getFragmentData, graphql } from '../gql';

export const OutsideItopFragment = graphql(`
  fragment OutsideItopLine on OutsideItop {
    total
    si2c
    drasi
    national
    mail
    phone
    visio
  }
`);

/** The requests received outside ITOP: a line of their own, never counted in the ITOP table. */
export function OutsideItopLine(props: { line: FragmentType<typeof OutsideItopFragment> }) {
  const o = getFragmentData(OutsideItopFragment, props.line);
  return (
    <p className="fr-text--sm">
      Demandes reçues hors ITOP sur la même période, non comptées dans ce tableau : <strong>{o.total}</strong>{' '}
      (SI2C {o.si2c}, DRASI {o.drasi}
      {o.national > 0 ? `, national ${o.national}` : ''} ; mail {o.mail}, téléphone {o.phone}, visio {o.visio}
      ).
    </p>
  );
}
