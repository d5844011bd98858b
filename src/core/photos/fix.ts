import type { TextEdit } from '../edits';
import type { Image } from '../model';

/**
 * The edit that writes `link` in place of an image's source, touching nothing else of `![alt](src "title")`,
 * `{{< figure src="…" >}}` or `<img src="…">`; undefined when the source is not found as written.
 */
export function imageSourceEdit(lines: readonly string[], image: Image, link: string): TextEdit | undefined {
  const { start, end } = image.range;
  for (let line = end.line; line >= start.line; line--) {
    const text = lines[line] ?? '';
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : text.length;
    const at = text.slice(from, to).lastIndexOf(image.src);
    if (at >= 0 && image.src !== '') {
      const character = from + at;
      return { range: { start: { line, character }, end: { line, character: character + image.src.length } }, newText: link };
    }
  }
  return undefined;
}
