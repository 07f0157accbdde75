// Types for electron-builder.config.mjs, so tests import it type-safely.
import type { Configuration } from 'electron-builder';

declare const config: Configuration;
export default config;
