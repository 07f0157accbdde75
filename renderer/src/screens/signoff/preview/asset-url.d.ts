// Vite's `?url` imports: the file is emitted into the bundle and the import is its URL (same origin as the app).
declare module '*?url' {
  const url: string;
  // eslint-disable-next-line import/no-default-export -- Vite gives the URL as the default export
  export default url;
}
