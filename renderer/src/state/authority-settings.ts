// The authority's settings as the screens show them (the list manager's title in the list's navigation, the
// settings form): loaded once with settings.get, replaced by what settings.set returns. Until loaded, or while
// the vault is locked, the England defaults. Rule source: docs/domain.md §6, §9.5; docs/architecture.md §3.5 (zustand stores).
import { create } from 'zustand';
import { useEffect } from 'react';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import type { SettingsOutput } from '../../../shared/ipc/contracts/settings';
import { invoke } from '../api/client';

type AuthoritySettingsState = {
  settings: SettingsOutput;
  loaded: boolean;
  load: () => Promise<void>;
  saved: (settings: SettingsOutput) => void;
};

export const useAuthoritySettings = create<AuthoritySettingsState>((set) => ({
  settings: {
    authorityName: ENGLAND_DEFAULTS.authorityName,
    protectiveMarking: ENGLAND_DEFAULTS.protectiveMarking,
    listManagerTitle: ENGLAND_DEFAULTS.listManagerTitle,
  },
  loaded: false,
  load: async () => {
    const r = await invoke('settings.get', {});
    if (r.ok) {
      set({ settings: r.value, loaded: true });
    }
  },
  saved: (settings) => set({ settings, loaded: true }),
}));

/** The title of the manager who keeps the list, loading the settings on first use. */
export function useListManagerTitle(): string {
  const { settings, loaded, load } = useAuthoritySettings();
  useEffect(() => {
    if (!loaded) {
      void load();
    }
  }, [loaded, load]);
  return settings.listManagerTitle;
}

/** The authority's planned minutes per agenda step (undefined: the defaults), loading the settings on first use. */
export function useStepMinutes(): SettingsOutput['stepMinutes'] {
  const { settings, loaded, load } = useAuthoritySettings();
  useEffect(() => {
    if (!loaded) {
      void load();
    }
  }, [loaded, load]);
  return settings.stepMinutes;
}
