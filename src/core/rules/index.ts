import { boldHeading } from './boldHeading';
import { duplicateHeading } from './duplicateHeading';
import { duplicateSection } from './duplicateSection';
import { duplicateSpeaker } from './duplicateSpeaker';
import { eventNumbering } from './eventNumbering';
import { frontMatterChapter } from './frontMatterChapter';
import { frontMatterDate } from './frontMatterDate';
import { frontMatterPre } from './frontMatterPre';
import { frontMatterTitle } from './frontMatterTitle';
import { frontMatterWeight } from './frontMatterWeight';
import { headingIncrement } from './headingIncrement';
import { imageAlt } from './imageAlt';
import { imagePath } from './imagePath';
import { malformedHeading } from './malformedHeading';
import { missingTitle } from './missingTitle';
import { binaryContent, frontMatterUnclosed, frontMatterYaml } from './parserProblems';
import { requiredSections } from './requiredSections';
import type { Rule } from './rule';
import { secondH1 } from './secondH1';
import { speakerForm } from './speakerForm';
import { speakerName } from './speakerName';
import { swallowedSection } from './swallowedSection';
import { twinMismatch } from './twinMismatch';

/** Every rule, in the order findings are reported for one line. */
export const RULES: readonly Rule[] = [
  binaryContent,
  frontMatterYaml,
  frontMatterUnclosed,
  frontMatterTitle,
  frontMatterDate,
  frontMatterWeight,
  frontMatterChapter,
  frontMatterPre,
  eventNumbering,
  missingTitle,
  secondH1,
  swallowedSection,
  headingIncrement,
  malformedHeading,
  boldHeading,
  duplicateHeading,
  duplicateSection,
  requiredSections,
  speakerForm,
  speakerName,
  duplicateSpeaker,
  imagePath,
  imageAlt,
  twinMismatch,
];

export type { Rule, RuleContext, RuleFinding, FileFacts } from './rule';
