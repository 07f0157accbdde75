// Vite's `?raw` imports: the file's text is the default export, bundled with the code that imports it.
declare module '*?raw' {
  const text: string;
  // eslint-disable-next-line import/no-default-export -- Vite gives the text as the default export
  export default text;
}
