import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { OutsideItopFragment, OutsideItopLine } from './outside-itop';

describe('the requests outside ITOP', () => {
  it('say how many, by team and channel, apart from the ITOP table', () => {
    const line = makeFragmentData(
      { __typename: 'OutsideItop', total: 25, si2c: 17, drasi: 8, national: 0, mail: 12, phone: 8, visio: 5 },
      OutsideItopFragment,
    );
    render(<OutsideItopLine line={line} />);
    expect(screen.getByText(/Demandes reçues hors ITOP/).textContent).toBe(
      'Demandes reçues hors ITOP sur la même période, non comptées dans ce tableau : 25 (SI2C 17, DRASI 8 ; mail 12, téléphone 8, visio 5).',
    );
  });
});
