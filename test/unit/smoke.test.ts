import { describe, it, expect } from 'vitest';
describe('env', () => { it('has indexedDB and document', () => { expect(typeof indexedDB).toBe('object'); expect(document.createElement('p').tagName).toBe('P'); }); });
