// The public face of src/serve/: what other folders (the CLI) may import from it.
export { startServer } from './server.ts';
export type { RunningServer, ServeOptions } from './server.ts';
