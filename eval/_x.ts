import { readFileSync } from 'node:fs';
import { extractText } from '/work/wt/b51/lib/pipeline';
const t = readFileSync(process.argv[2]!, 'utf8');
for (const a of extractText(t, { gazetteer: null }).articles) console.log(JSON.stringify(a.headline), '|', a.paragraphs.length, JSON.stringify((a.paragraphs[0]??'').slice(0,50)));
