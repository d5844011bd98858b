/**
 * The core the CLI and the extension use at once. The preview's renderer (and its rehype half) is in
 * ./render, loaded by the preview when it first opens; ./library adds it for dist/core.js.
 */
export { parseReport, parseSteps, warmReport } from './parse';
export { finish, type Steps } from './steps';
export { clearParseCache } from './markdown';
export { clearRuleCache, fixReport, lintParsed, lintReport, lintSteps, splitLines, type Finding, type LintOptions } from './lint';
export { applyEdits, diffEdits, type TextEdit } from './edits';
export { configCandidates, mergeConfigs, parseConfig, type LintConfig, type RuleSetting } from './config';
export { baseUrlPath, basename, decodedPath, dirname, findSiteRoot, imageFile, imageFiles, imageLookup, lookUp, lookupPaths, isVietnamese, joinPath, reportLanguage, relativePath, siteConfigCandidates, SITE_CONFIG_NAMES, twinPath } from './site';
export { RULES, type FileFacts, type Rule } from './rules/index';
export { isEventReport } from './scope';
export { classifyHeading, sectionKindName, sectionLastLine } from './sections';
export type * from './model';
export { SECTION_KINDS } from './model';
export { formatEntry, planSpeakerInsertion, type NewSpeaker, type SpeakerInsertion } from './insertSpeaker';
export { knownSpeakers, type KnownSpeaker } from './knownSpeakers';
export { nextEvent, reportSnippet, snippetText, type ExistingEvent, type NewReportPlace } from './newReport';
export { pageFacts, type PageFacts } from './pageFacts';
export { currentLanguage, setLanguage, t } from './l10n';
export { reportOutline, type OutlineSection, type OutlineSpeaker, type ReportOutline } from './outline';
export * from './complete/index';
export { defaultContentLanguage, findSites, pageHead, pageLanguage, siteMap, type EventPage, type SiteEvent, type SiteMap, type SitePage, type SiteProblem } from './siteMap';
export { SITE_RULES, siteProblems, type SiteRule } from './siteRules/index';
export { siteWording, twinText, type SectionWording, type TwinLanguage } from './twin';
export * from './photos/index';
