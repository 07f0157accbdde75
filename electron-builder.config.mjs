// Packaging (a release step on a machine with the Electron binary): AppImage + deb, NSIS, dmg, with the fuses of
// docs/reliability.md §3.5 item 19. Run: npx electron-builder --config electron-builder.config.mjs
/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'uk.gov.localauthority.icpc-companion',
  productName: 'ICPC Companion',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**/*', 'package.json', 'resources/**/*'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Office', icon: 'resources/icon.png' },
  deb: { depends: [] },
  win: { target: ['nsis'], icon: 'resources/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  // No auto-update and no crash upload: the app never touches the network.
  publish: null,
};

export default config;
