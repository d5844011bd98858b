/**
 * Whether the text before the cursor could be where a completion applies (a list item, a table row, a label,
 * a heading, a front-matter line), looked at before the report is read: most keystrokes are in prose.
 */
export function mightComplete(before: string, line: number): boolean {
  return /^\s*(?:[-*+]|\d+[.)])\s|^\s*\||[:：]\s*(?:\*\*|__)?\s*[^,;–—()|*]*$|^ {0,3}#{1,6}[ \t]/u.test(before) || (line < 40 && /^[A-Za-z_][\w-]*$|^$/.test(before));
}
