// The props every live-mode step screen takes: the open conference (read from the conference store by LiveScreen).
import type { Conference } from '../../../../shared/domain/conference';

export type StepProps = { c: Conference };
