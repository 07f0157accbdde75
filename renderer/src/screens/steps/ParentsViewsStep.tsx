// Live mode, parents' views: what the parents and carers said, and the wider family's views. Rule source:
// docs/domain.md §9.1 (discussion sections), §9.4 item 3.7; §1.8 (an excluded parent's views are still put).
import { isExcluded } from '../../../../shared/domain/household';
import { TextBlockField } from '../../components/TextBlockField';
import type { StepProps } from '../live/step-props';

export function ParentsViewsStep({ c }: StepProps) {
  const excluded = c.household.filter(isExcluded);
  return (
    <>
      {excluded.length > 0 ? (
        <p className="hint">
          Excluded from part of the conference:{' '}
          {excluded
            .map(
              (m) =>
                `${m.name} (views presented: ${m.exclusion?.howViewsPresented || 'not recorded'})`,
            )
            .join('; ')}
          . Their views are still put to the conference.
        </p>
      ) : null}
      <TextBlockField
        label="Parents' and carers' views"
        path={['discussion', 'parentsViews']}
        block={c.discussion.parentsViews}
        hint="Write what they said in their own words where you can."
        rows={8}
      />
      <TextBlockField
        label="Wider family's views"
        path={['discussion', 'widerFamilyViews']}
        block={c.discussion.widerFamilyViews}
        rows={4}
      />
    </>
  );
}
