import {
  DEFAULT_DIFFICULTY_CONFIG,
  DIFFICULTY_SIGNALS,
  describeDifficultyRule,
  describeDifficultySignals,
} from '@opale/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { downloadedPaths, mockGraphql, renderAs } from '../test-utils';
import DifficultyRulePage from './difficulty-rule-page';
import { DifficultyRuleWords, RuleWordsFragment } from './rule-words';

const config = DEFAULT_DIFFICULTY_CONFIG;
const labels = describeDifficultySignals(config);
const inForce = {
  __typename: 'DifficultyRule',
  effectiveOn: '2024-01-10',
  words: describeDifficultyRule(config),
  weights: DIFFICULTY_SIGNALS.map((signal) => ({
    __typename: 'DifficultyWeight',
    signal,
    weight: config.weights[signal],
    label: labels[signal],
  })),
  scoreThreshold: config.scoreThreshold,
  openTicketsThreshold: config.openTicketsThreshold,
  staleTicketsThreshold: config.staleTicketsThreshold,
  staleAfterDays: config.staleAfterDays,
  restitutionAlertsThreshold: config.restitutionAlertsThreshold,
  budgetGraceDays: config.budgetGraceDays,
  leadDays: config.leadDays,
  followDays: config.followDays,
};
const page = {
  difficultyRule: {
    __typename: 'DifficultyRuleAsOf',
    asOf: '2024-01-22',
    inForce,
    history: [
      {
        ...inForce,
        recordedBy: 'admin:alice',
        recordedAt: '2024-01-09T10:00:00.000Z',
        reason: 'Revue de janvier',
      },
    ],
  },
};
const unfollowed = {
  unfollowedDifficulties: {
    __typename: 'QueryUnfollowedDifficultiesConnection',
    totalCount: 1,
    edges: [
      {
        __typename: 'QueryUnfollowedDifficultiesConnectionEdge',
        node: {
          __typename: 'UnfollowedDifficulty',
          flaggedSince: '2024-01-02',
          daysFlagged: 20,
          eple: {
            __typename: 'DifficultyAssessment',
            uai: '0801666B',
            name: 'Collège A. Jacques',
            commune: 'Amiens',
            waveId: 'V6',
            score: 4,
          },
          lastFollowUp: null,
        },
      },
    ],
  },
};

/** Refuses a rule whose score threshold is 0, as the API would a bad weight; records the others. */
const setRuleAnswer = (variables: Record<string, unknown>) =>
  (variables.rule as { scoreThreshold: number }).scoreThreshold === 0
    ? {
        setDifficultyRule: {
          __typename: 'InvalidInput',
          message: 'refused',
          issues: [
            {
              __typename: 'FieldIssue',
              field: 'rule.weights.kit-below-10',
              message: 'rule.weights.kit-below-10: expected a number ≥ 0',
            },
          ],
        },
      }
    : {
        setDifficultyRule: {
          __typename: 'MutationSetDifficultyRuleSuccess',
          data: { __typename: 'DifficultyRule', effectiveOn: '2099-01-01' },
        },
      };

describe('the difficulty rule in words', () => {
  it('says the rule, from when, and links to its page', () => {
    const rule = makeFragmentData(
      { __typename: 'DifficultyRule', effectiveOn: '2024-01-10', words: 'Un établissement est signalé…' },
      RuleWordsFragment,
    );
    renderAs('committee', <DifficultyRuleWords rule={rule} />);
    const text = screen.getByTestId('difficulty-rule-words');
    expect(text.textContent).toContain('(en vigueur depuis le 10/01/2024) : Un établissement est signalé…');
    expect(within(text).getByRole('link').getAttribute('href')).toBe('/difficulte/regle');
  });

  it('says when the default rule applies', () => {
    const rule = makeFragmentData(
      { __typename: 'DifficultyRule', effectiveOn: null, words: 'Règle' },
      RuleWordsFragment,
    );
    renderAs('committee', <DifficultyRuleWords rule={rule} linked={false} />);
    expect(screen.getByTestId('difficulty-rule-words').textContent).toContain('(règle par défaut)');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('the difficulty rule page', () => {
  it('shows the committee the rule, the EPLE flagged without follow-up and the history, with no form', async () => {
    mockGraphql({ DifficultyRulePage: page, UnfollowedDifficulties: unfollowed });
    renderAs('committee', <DifficultyRulePage />, { url: '/difficulte/regle?date=2024-01-22' });
    expect((await screen.findByTestId('difficulty-rule-words')).textContent).toContain(
      'quand son score atteint 3',
    );
    const list = await screen.findByRole('table', {
      name: /EPLE signalés sans suivi depuis leur signalement : 1/,
    });
    expect(within(list).getByText('Collège A. Jacques')).toBeTruthy();
    expect(within(list).getByText('02/01/2024')).toBeTruthy();
    expect(within(list).getByText('jamais')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Historique des règles de difficulté' }).textContent).toContain(
      'Revue de janvier',
    );
    expect(screen.queryByRole('button', { name: 'Enregistrer la règle' })).toBeNull();
    expect(await downloadedPaths()).toEqual([
      '/exports/unfollowed-difficulties.xlsx?asOf=2024-01-22',
      '/exports/unfollowed-difficulties.csv?asOf=2024-01-22',
      '/exports/difficulty-rules.xlsx',
      '/exports/difficulty-rules.csv',
    ]);
  });

  it('lets an administrator record a rule and shows each refused field beside it', async () => {
    const calls = mockGraphql({
      DifficultyRulePage: page,
      UnfollowedDifficulties: unfollowed,
      SetDifficultyRule: setRuleAnswer,
    });
    const user = userEvent.setup();
    renderAs('admin', <DifficultyRulePage />, { url: '/difficulte/regle?date=2024-01-22' });
    const threshold = await screen.findByLabelText('Score à partir duquel un EPLE est signalé');
    expect((threshold as HTMLInputElement).value).toBe('3');
    await user.clear(threshold);
    await user.type(threshold, '0');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la règle' }));
    const kit = screen.getByLabelText(/Poids : kit < 10 %/);
    await waitFor(() =>
      expect(kit.closest('.fr-input-group')?.textContent).toContain('expected a number ≥ 0'),
    );

    await user.clear(threshold);
    await user.click(screen.getByRole('button', { name: 'Enregistrer la règle' }));
    expect(threshold.closest('.fr-input-group')?.textContent).toContain('Indiquez un nombre entier');
    expect(calls.filter((c) => c.operationName === 'SetDifficultyRule')).toHaveLength(1);

    const effective = screen.getByLabelText('En vigueur à partir du');
    await user.clear(effective);
    await user.type(effective, '2099-01-01');
    await user.clear(threshold);
    await user.type(threshold, '5');
    await user.type(screen.getByLabelText('Motif du changement (facultatif)'), 'Trop de signalements');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la règle' }));
    expect(await screen.findByText('Règle enregistrée, en vigueur à partir du 2099-01-01.')).toBeTruthy();
    const sent = calls.filter((c) => c.operationName === 'SetDifficultyRule').at(-1)?.variables;
    expect(sent).toMatchObject({
      effectiveOn: '2099-01-01',
      reason: 'Trop de signalements',
      rule: {
        scoreThreshold: 5,
        leadDays: 30,
        weights: expect.arrayContaining([{ signal: 'kit-below-10', weight: 3 }]),
      },
    });
  });
});
