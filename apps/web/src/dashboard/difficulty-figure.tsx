import { plural } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { EpleFigureLink } from '../schools/eple-figure-link';

export const DifficultyFigureFragment = graphql(`
  fragment DifficultyFigure on WaveFigures {
    id
    inDifficulty {
      figure
      ...EpleFigureLink
    }
  }
`);

/** "3 EPLE en difficulté", a link to the list of those EPLE as of the same day. */
export function DifficultyFigure(props: { wave: FragmentType<typeof DifficultyFigureFragment> }) {
  const { id, inDifficulty } = getFragmentData(DifficultyFigureFragment, props.wave);
  return (
    <p>
      <EpleFigureLink figure={inDifficulty} label={`EPLE de la vague ${id} en difficulté`}>
        {plural(inDifficulty.figure, 'EPLE', 'EPLE')} en difficulté
      </EpleFigureLink>{' '}
      dans la vague {id}.
    </p>
  );
}
