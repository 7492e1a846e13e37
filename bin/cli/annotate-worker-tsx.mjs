// The annotate worker when the CLI runs from source (no bundle, or tests): TypeScript through tsx, as bin/jianbao.mjs.
import { register } from 'tsx/esm/api';

register();
await import('./annotate-worker.ts');
