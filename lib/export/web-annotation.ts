// Clippings as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/), JSON-LD, so they can
// move to annotation tools: each clipping targets its page (source) through its selectors; the note is a
// commenting body and each tag a tagging body.
import { byOldest, type Clipping } from '../clipping';
import { exportable } from './backup-validate';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector?: Clipping['selectors'] };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function toWebAnnotation(c: Clipping): WebAnnotation {
  const body: TextualBody[] = [];
  if (c.note.trim()) body.push({ type: 'TextualBody', value: c.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of c.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const selectors = c.selectors.length > 0 ? c.selectors : null;
  return {
    id: `urn:uuid:${c.id}`,
    type: 'Annotation',
    motivation: c.note.trim() ? 'commenting' : 'highlighting',
    created: iso(c.createdAt),
    modified: iso(c.updatedAt),
    ...(body.length > 0 ? { body } : {}),
    target: selectors ? { source: c.url.split('#')[0] ?? c.url, selector: selectors } : { source: c.url.split('#')[0] ?? c.url },
  };
}

/** The collection as JSON-LD text; `id` names the collection (a URN by default). */
export function toWebAnnotationJson(clippings: Clipping[], id = 'urn:jianbao:library'): string {
  // Within the schema first, so every date is one an ISO string can hold.
  const items = clippings.map(exportable).sort(byOldest).map(toWebAnnotation);
  const collection: AnnotationCollection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'Jianbao clippings',
    total: items.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
