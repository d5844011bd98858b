import * as vscode from 'vscode';
import { frontMatterKeyHover, isEventReport, speakerHover } from './core/index';
import { toVsRange } from './convert';
import type { ReportCache } from './reportCache';
import type { SpeakerIndex } from './speakerIndex';

/**
 * Hovers in event reports: on a speaker's name, the other reports of the workspace that list the person
 * (links that open them, with the role and organisation written there); on a front-matter key, what Hugo
 * and the learn/relearn theme do with it.
 */
export function registerHovers(cache: ReportCache, index: SpeakerIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, {
    async provideHover(document, position, token) {
      const report = cache.getIfReady(document);
      if (!report || !isEventReport(report, document.uri.path)) return undefined;
      const at = { line: position.line, character: position.character };
      const key = frontMatterKeyHover(report, at);
      if (key) {
        const text = new vscode.MarkdownString();
        text.appendMarkdown(`**${escape(key.key)}**\n\n${escape(key.text)}`);
        if (key.implied) text.appendMarkdown(`\n\n${escape(key.implied)}`);
        return new vscode.Hover(text, toVsRange(key.range));
      }
      const others = report.speakers.some((s) => s.nameRange.start.line === position.line) ? await index.reports(token) : [];
      const found = speakerHover(report, at, others.filter((o) => o.uri !== document.uri.toString()).map((o) => ({ id: o.uri, report: o.report })));
      if (!found || token.isCancellationRequested) return undefined;
      const text = new vscode.MarkdownString();
      const about = (role: string, organization: string) => [role, organization].filter(Boolean).join(', ');
      const dash = (role: string, organization: string) => (about(role, organization) ? ` – ${escape(about(role, organization))}` : '');
      text.appendMarkdown(`**${escape(found.speaker.name)}**${dash(found.speaker.role, found.speaker.organization)}\n\n`);
      if (found.elsewhere.length === 0) {
        text.appendMarkdown(escape(vscode.l10n.t('Not listed in other reports of the workspace.')));
      } else {
        text.appendMarkdown(escape(vscode.l10n.t('Also listed in:')));
        for (const other of found.elsewhere) text.appendMarkdown(`\n- [${escape(other.title)}](${vscode.Uri.parse(other.id).toString()})${dash(other.role, other.organization)}`);
      }
      return new vscode.Hover(text, toVsRange(found.range));
    },
  });
}

/** The author's words as Markdown text: what Markdown would read as syntax is escaped. */
function escape(text: string): string {
  // Each piece goes after fixed text on its line, so list markers and numbers cannot start a block.
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}
