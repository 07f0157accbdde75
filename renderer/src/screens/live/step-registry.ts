// One screen per conference step; the Record type makes a missing step a compile error (style.md §3.2).
// The decision helper replaces the five interim lines (agency-views … core-group) as each step lands.
import type { ComponentType } from 'react';

import type { StepId } from '../../../../shared/domain/steps';
import { AttendanceStep } from '../steps/AttendanceStep';

import { interimStep } from './InterimStep';
import type { StepProps } from './step-props';

export const STEP_COMPONENTS: Record<StepId, ComponentType<StepProps>> = {
  introductions: interimStep('introductions'),
  attendance: AttendanceStep,
  purpose: interimStep('purpose'),
  reports: interimStep('reports'),
  'agency-information': interimStep('agency-information'),
  'parents-views': interimStep('parents-views'),
  'child-views': interimStep('child-views'),
  analysis: interimStep('analysis'),
  'agency-views': interimStep('agency-views'),
  decision: interimStep('decision'),
  category: interimStep('category'),
  'outline-plan': interimStep('outline-plan'),
  'core-group': interimStep('core-group'),
  summary: interimStep('summary'),
};
