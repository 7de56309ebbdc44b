// The public face of src/synth/: what other folders may import from it.
export { generateCorpus } from './generate-corpus.ts';
