// Electron main: single-instance lock, hardening, services, IPC, the window. Everything else lives in services.
import { join } from 'node:path';

import { app, BrowserWindow, dialog, powerMonitor } from 'electron';

import { createServices } from '../services/create-services';
import type { Services } from '../services/create-services';
import { defaultDataDir } from '../services/data-dir';
import { createHandlers } from '../services/handlers';
import { createStderrLogger } from '../services/logger';
import { systemClock } from '../services/ports';
import { createPrintTokens } from '../services/print-tokens';

import { bindIpc } from './ipc';
import { setApplicationMenu } from './menu';
import { nativeDialogs } from './native-dialogs';
import { lockOnOsEvents } from './os-lock';
import { desktopPrinter } from './print-window';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { appSession, createMainWindow, createPrintWindow } from './window';

const dataDir = defaultDataDir();
// Chromium's own profile goes in a sub-folder; the session itself is in memory (policy.ts: partition).
app.setPath('userData', join(dataDir, 'electron-profile'));
app.enableSandbox();
// Date inputs and number formats follow this: dd/mm/yyyy, never mm/dd/yyyy.
app.commandLine.appendSwitch('lang', 'en-GB');
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) {
        mainWindow.restore();
      }
      mainWindow.focus();
    }
  });

  void app.whenReady().then(async () => {
    const logger = createStderrLogger(app.isPackaged);
    const prints = createPrintTokens();
    services = createServices({
      dataDir,
      shell: 'electron',
      clock: systemClock,
      logger,
      emit: (event, payload) => mainWindow?.webContents.send(event, payload),
      dialogs: nativeDialogs(dialog, () => mainWindow),
      printer: desktopPrinter(prints, createPrintWindow),
    });
    const ses = appSession();
    hardenSession(ses);
    app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
    handleAppProtocol(ses, join(__dirname, '../renderer'), prints);
    bindIpc(createHandlers(services), logger);
    setApplicationMenu(app.isPackaged);

    lockOnOsEvents(
      powerMonitor,
      (reason) => services?.lock(reason),
      () => services?.saveNow.request() ?? Promise.resolve(),
    );

    mainWindow = await createMainWindow(join(__dirname, '../preload/index.cjs'), app.isPackaged);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void services?.close();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && services) {
      void createMainWindow(join(__dirname, '../preload/index.cjs'), app.isPackaged).then((w) => {
        mainWindow = w;
      });
    }
  });
}
