import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAs } from '../test-utils';
import { todayInParis } from './as-of';
import { DateSelector } from './date-selector';

const location = () => screen.getByTestId('location').textContent;

describe('the date selector', () => {
  it('shows today in Europe/Paris when the URL has no date', () => {
    renderAs('committee', <DateSelector />, { url: '/tickets' });
    expect((screen.getByLabelText(/Données au/) as HTMLInputElement).value).toBe(todayInParis());
  });

  it('writes the day chosen into the URL, keeping the other parameters', () => {
    renderAs('committee', <DateSelector />, { url: '/tickets?handler=SI2C' });
    // A browser's date field sends `input` as its day changes, which React's onChange and Preact's follow.
    fireEvent.input(screen.getByLabelText(/Données au/), { target: { value: '2024-01-22' } });
    expect(location()).toBe('/tickets?handler=SI2C&date=2024-01-22');
    expect(screen.getByText('Les chiffres sont ceux du lundi 22 janvier 2024.')).toBeTruthy();
  });

  it('goes back to today', () => {
    renderAs('committee', <DateSelector />, { url: '/?date=2024-01-22' });
    fireEvent.click(screen.getByRole('button', { name: 'Revenir à aujourd’hui' }));
    expect(location()).toBe(`/?date=${todayInParis()}`);
  });
});
