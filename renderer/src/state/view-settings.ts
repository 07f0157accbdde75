// How the screen is shown, not what the record says: projector-safe mode (hides restricted text and private notes
// while the screen is shared) and large text. Rule source: one key; a large-text setting.
// Kept in localStorage: two booleans, never personal data, so they survive a reload and a locked vault.
import { create } from 'zustand';

const STORAGE_KEY = 'icpc.view-settings';

type Stored = { projectorSafe: boolean; largeText: boolean };

export type ViewSettings = Stored & {
  toggleProjectorSafe: () => void;
  toggleLargeText: () => void;
  setProjectorSafe: (on: boolean) => void;
  setLargeText: (on: boolean) => void;
};

function readStored(): Stored {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    const obj = typeof raw === 'object' && raw !== null ? (raw as Partial<Stored>) : {};
    return { projectorSafe: obj.projectorSafe === true, largeText: obj.largeText === true };
  } catch {
    return { projectorSafe: false, largeText: false };
  }
}

function persist(s: Stored): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // Storage full or blocked: the setting still applies for this session.
  }
  document.documentElement.classList.toggle('large-text', s.largeText);
  document.documentElement.classList.toggle('projector-safe', s.projectorSafe);
}

export const useViewSettings = create<ViewSettings>((set, get) => {
  const update = (patch: Partial<Stored>): void => {
    const { projectorSafe, largeText } = { ...get(), ...patch };
    set({ projectorSafe, largeText });
    persist({ projectorSafe, largeText });
  };
  const initial = readStored();
  persist(initial);
  return {
    ...initial,
    toggleProjectorSafe: () => update({ projectorSafe: !get().projectorSafe }),
    toggleLargeText: () => update({ largeText: !get().largeText }),
    setProjectorSafe: (on) => update({ projectorSafe: on }),
    setLargeText: (on) => update({ largeText: on }),
  };
});
