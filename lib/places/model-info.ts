// Which labelled corpus splits the place tagger was trained on (data/ner/, scripts/train-places.ts): the
// evaluation leaves those out.
export const TRAINED_ON = ['peoples-daily-dev', 'conll03-train'];

export function trainedSplits(): Set<string> {
  return new Set(TRAINED_ON);
}
