import type { Range } from '../model';

/** One completion as the core plans it; the shell turns it into a vscode.CompletionItem. */
export interface CompletionPlan {
  readonly label: string;
  readonly kind: 'speaker' | 'key' | 'value' | 'section' | 'folder' | 'file';
  /** Shown beside the label: a speaker's role and organisation, where a value comes from. */
  readonly detail?: string;
  readonly documentation?: string;
  /** What the completion replaces: from where its text starts on the cursor's line to the line's end. */
  readonly range: Range;
  readonly insertText: string;
  /** Whether insertText is a snippet (tabstops), not plain text. */
  readonly snippet: boolean;
  /** What the editor matches the typed text against: the text before the cursor in `range`, then the label without diacritics. */
  readonly filterText: string;
  /** Keeps the core's order (most listed speakers first, the template's sections in order). */
  readonly sortText: string;
  /** Whether accepting it should open the list again (a folder of an image path). */
  readonly retrigger?: boolean;
}

/** A sort text that keeps a list in its order. */
export const order = (index: number): string => String(index).padStart(4, '0');
