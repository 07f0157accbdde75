// One screen per conference step; the Record type makes a missing step a compile error (docs/architecture.md §3.2).
// The decision helper replaces the five interim lines (agency-views … core-group) as each step lands.
import type { ComponentType } from 'react';

import type { StepId } from '../../../../shared/domain/steps';
import { AgencyInformationStep } from '../steps/AgencyInformationStep';
import { AgencyViewsStep } from '../steps/AgencyViewsStep';
import { AnalysisStep } from '../steps/AnalysisStep';
import { CategoryStep } from '../steps/CategoryStep';
import { ChildViewsStep } from '../steps/ChildViewsStep';
import { CoreGroupStep } from '../steps/CoreGroupStep';
import { DecisionStep } from '../steps/DecisionStep';
import { IntroductionsStep } from '../steps/IntroductionsStep';
import { LiveAttendanceStep } from '../steps/LiveAttendanceStep';
import { OutlinePlanStep } from '../steps/OutlinePlanStep';
import { ParentsViewsStep } from '../steps/ParentsViewsStep';
import { PurposeStep } from '../steps/PurposeStep';
import { ReportsStep } from '../steps/ReportsStep';
import { SummaryStep } from '../steps/SummaryStep';

import type { StepProps } from './step-props';

export const STEP_COMPONENTS: Record<StepId, ComponentType<StepProps>> = {
  introductions: IntroductionsStep,
  attendance: LiveAttendanceStep,
  purpose: PurposeStep,
  reports: ReportsStep,
  'agency-information': AgencyInformationStep,
  'parents-views': ParentsViewsStep,
  'child-views': ChildViewsStep,
  analysis: AnalysisStep,
  'agency-views': AgencyViewsStep,
  decision: DecisionStep,
  category: CategoryStep,
  'outline-plan': OutlinePlanStep,
  'core-group': CoreGroupStep,
  summary: SummaryStep,
};
