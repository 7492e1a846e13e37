// Which labelled corpus splits the place model was trained on (none yet): the evaluation leaves those out.
export function trainedSplits(): Set<string> {
  return new Set();
}
