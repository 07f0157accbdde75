// Whether a browser window can open here, and what to say when it cannot (a server, an SSH session, a browser that
// fails to start). The browser shell then prints its one-time address instead of exiting silently.

/** Why no window can open on this machine, or null when a display is there (or the platform always has one). */
export function missingDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (platform === 'darwin' || platform === 'win32') {
    return null;
  }
  if ((env.DISPLAY ?? '') !== '' || (env.WAYLAND_DISPLAY ?? '') !== '') {
    return null;
  }
  return 'No display was found on this computer (neither DISPLAY nor WAYLAND_DISPLAY is set, as on a server or over SSH), so no window can open here.';
}

/** How the browser ended, in words, or null when it was closed normally (the user closed the window). */
export function browserFailure(
  outcome: { error?: Error; code?: number | null; signal?: string | null },
  browser: string,
): string | null {
  if (outcome.error !== undefined) {
    return `The browser ${browser} could not start (${outcome.error.message}).`;
  }
  if (outcome.signal) {
    return `The browser ${browser} stopped at once (signal ${outcome.signal}).`;
  }
  if (outcome.code !== undefined && outcome.code !== null && outcome.code !== 0) {
    return `The browser ${browser} could not start (it exited with code ${outcome.code}).`;
  }
  return null;
}

/** The lines that tell the user where to go when no window opened: the address first, then why and what to do. */
export function addressInstructions(
  launchUrl: string,
  reason: string | null,
): { stdout: string; stderr: string } {
  const why = reason === null ? '' : `${reason} `;
  return {
    stdout: `${launchUrl}\n`,
    stderr:
      `${why}ICPC Companion is running in the browser shell. Open the address above in Chromium, Chrome or ` +
      'Edge on this computer (it works once). Press Ctrl+C to stop.\n',
  };
}
