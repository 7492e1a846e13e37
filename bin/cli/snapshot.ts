// Entry of the bundle's build step (scripts/build-cli.mjs): writes the gazetteer snapshot with the very code the
// bundle loads it with.
export { writeGazetteerSnapshot } from './gazetteer';
