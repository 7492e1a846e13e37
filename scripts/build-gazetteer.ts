// Placeholder until the places issue lands: writes an empty gazetteer resource.
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('public', { recursive: true });
writeFileSync('public/gazetteer.json', JSON.stringify({ version: 0, entries: [] }));
