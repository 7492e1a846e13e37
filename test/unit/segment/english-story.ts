// One invented English news story, shared by the English plain-text round tests: a headline and three paragraphs of
// plain prose, into which each test sets the furniture, dateline or credit its mechanism reads.
export const TITLE = 'Harbour town opens its first floating library';
export const LEAD =
  'The harbour town of Kilmore opened its first floating library on Saturday, a converted barge moored by the fish market that lends books to anyone with a library card.';
export const MORE =
  "The barge holds four thousand books and a reading room, and it will sail to the island villages twice a month in summer, the town's librarian said.";
export const LAST = 'Volunteers spent two years fitting out the barge, which the port authority sold to the town for one euro.';
