// App-wide session state: the app's status from main (shell, version, vault state). Rule source: docs/architecture.md §3.5.
import { create } from 'zustand';

import type { Output } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/result';
import { invoke } from '../api/client';

type Status = Output<'app.status'>;

type SessionState = {
  status: Status | null;
  error: AppError | null;
  refresh: () => Promise<void>;
};

export const useSession = create<SessionState>((set) => ({
  status: null,
  error: null,
  refresh: async () => {
    const result = await invoke('app.status', {});
    if (result.ok) {
      set({ status: result.value, error: null });
    } else {
      set({ error: result.error });
    }
  },
}));
