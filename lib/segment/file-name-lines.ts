// A picture's file name left as a line of its own in a page text: "Screen Shot 2016-05-26 at 3.33.50 PM" (two run
// together when two screenshots stand side by side), "Screenshot 2023-01-04 at 10.12.01", "IMG_4471.JPG",
// "DSC01234.jpg", "harbour-map.png". A page that shows a screenshot or a photo with no caption leaves the picture's
// name where the picture stood; set between paragraphs it reads like a short head (English plain-text round 10). It
// names a file and says nothing: furniture (furniture-lines.ts), never a headline, never a paragraph. The line is one
// or more such names and nothing else. One pattern on each short line.
import type { FurnitureTest } from './furniture-lines';

const MAX_FILE_LINE = 120;
/** A screenshot tool's name for its file: "Screen Shot 2016-05-26 at 3.33.50 PM". */
const SCREENSHOT = String.raw`Screen\s?[Ss]hot\s+\d{4}-\d{2}-\d{2}(?:\s+at\s+\d{1,2}\.\d{2}(?:\.\d{2})?(?:\s*[AP]M)?)?(?:\s*\(\d+\))?(?:\.(?:png|jpe?g))?`;
/** A camera's name for its file, or any name with a picture's extension: "IMG_4471.JPG", "harbour-map.png". */
const CAMERA = String.raw`(?:IMG|DSC|DSCN|DCIM|PXL|MVIMG)[_-]?\d[\d_-]*(?:\.(?:jpe?g|png|heic))?`;
const NAMED = String.raw`[\p{L}\d][\p{L}\d_-]*\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?)`;
const FILE_LINE = new RegExp(String.raw`^(?:(?:${SCREENSHOT}|${CAMERA}|${NAMED})\s*)+$`, 'iu');

/** Whether the line is a picture's file name, or several, and nothing more. */
export function isFileNameLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_FILE_LINE && FILE_LINE.test(t);
}

/** For markFurnitureLines (furniture-lines.ts). */
export const FILE_NAME_LINE: FurnitureTest = { test: isFileNameLine, maxLength: MAX_FILE_LINE };
