// Live mode, chair's summary: the chair's analysis of risk and protective factors, then the ready-for-sign-off
// panel. Rule source: docs/domain.md §4.2 (chair's summary), §9.4 item 3.10.
import { TextBlockField } from '../../components/TextBlockField';
import type { StepProps } from '../live/step-props';
import { ReadinessPanel } from '../live/ReadinessPanel';

export function SummaryStep({ c }: StepProps) {
  return (
    <>
      <TextBlockField
        label="Chair's summary"
        path={['discussion', 'chairSummary']}
        block={c.discussion.chairSummary}
        hint="Summarise the risks and what keeps the children safe, and the reasons for the decisions."
        rows={10}
      />
      <ReadinessPanel c={c} headingLevel={2} />
    </>
  );
}
