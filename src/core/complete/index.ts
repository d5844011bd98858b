export { type CompletionPlan } from './plan';
export { speakerCompletions } from './speakers';
export { frontMatterCompletions, type SiteReport } from './frontMatter';
export { sectionCompletions } from './sections';
export { datesWritten } from './dates';
export { frontMatterKeyHover, speakerHover, type KeyHover, type OtherReport, type SpeakerHover } from './hovers';
export { mightComplete } from './context';
export { imagePathCompletions, imagePathQueries, type FolderEntry, type ImagePathQuery, type ImagePathSite } from './images';
