// The sandboxed preload: one named function per channel of the contract, plus on(event). No logic, no npm imports,
// never ipcRenderer itself. Rule source: docs/reliability.md §3.5 items 17, 20; docs/architecture.md §3.4.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';

import type { IcpcBridge } from '../../shared/ipc/bridge';
import { CHANNELS, EVENTS } from '../../shared/ipc/channels';

const events = new Set<string>(EVENTS);

const functions = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
);

const bridge = {
  ...functions,
  on: (event: string, listener: (payload: unknown) => void) => {
    if (!events.has(event)) {
      return () => undefined;
    }
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.off(event, wrapped);
    };
  },
} as unknown as IcpcBridge;

contextBridge.exposeInMainWorld('icpc', bridge);
