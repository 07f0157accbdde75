// Name and version of the app, read once from package metadata injected at build time.

declare const __APP_VERSION__: string | undefined;

export const APP_NAME = 'ICPC Companion';
export const APP_VERSION: string =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
