import { foldDiacritics } from './sections';

/**
 * Whether a piece of text reads as one person's name: "Mr. Hieu Nghi", "Anh Lâm Tuấn Kiệt", "Dr. Jens
 * Lottner", "Cosmo", rather than a role ("AWS Developer Advocates"), a team ("Nhóm The Ballers", "3KA"),
 * a placeholder ("TBD", "And other hosts") or a field label ("Topic", "Session 1").
 *
 * The judgement, in order: honorifics are set aside; what remains is one to six words, each capitalised
 * (or a lower-case particle inside the name: "van", "de"), with no digit, no acronym and no word of a role,
 * an organisation, a team, a placeholder or a label.
 */
export function isPersonName(text: string): boolean {
  // A closing full stop goes, but not the one of an initial ("John F.").
  const name = text.trim().replace(/[,;:!]+$/, '').replace(/(?<!(?:^|\s)\p{Lu})\.$/u, '');
  if (!name || name.length > 60 || /[\d@/?!#|*_`()[\]{}<>=+"“”]/.test(name)) return false;
  const words = name.split(/\s+/);
  let at = 0;
  while (at < words.length - 1 && HONORIFICS.has(foldDiacritics(words[at]))) at++;
  const rest = words.slice(at);
  if (rest.length === 0 || rest.length > 6) return false;
  const folded = foldDiacritics(rest.join(' '));
  if (NOT_NAME_PHRASES.test(folded)) return false;
  return rest.every((word, i) => {
    const f = foldDiacritics(word).replace(/[.'’-]/g, '');
    if (i > 0 && i < rest.length - 1 && (PARTICLES.has(word) || (MIDDLE_NAMES.has(f) && /^\p{Lu}/u.test(word)))) return true;
    if (NOT_NAME_WORDS.has(f)) return false;
    if (!/^\p{Lu}/u.test(word)) return false;
    // An acronym (AWS, VIB) or a run-together team name (OneTeam) names no person; initials (J., H.E.) do.
    const letters = word.replace(/[.'’-]/g, '');
    if (letters.length >= 2 && letters === letters.toUpperCase() && !/\./.test(word) && !(rest.length > 1 && allCaps(rest))) return false;
    if (rest.length === 1 && /\p{Ll}\p{Lu}/u.test(word)) return false;
    return true;
  });
}

/** A name written all in capitals ("NGUYEN VAN A") is still a name when it has several words. */
function allCaps(words: readonly string[]): boolean {
  return words.every((w) => w === w.toUpperCase());
}

/** Whether a word reads as a role rather than a name ("Bioinformatician", "Engineer"), for a piece after a name. */
export function isRoleWord(word: string): boolean {
  const f = foldDiacritics(word.trim());
  return ROLE_SET.has(f.replace(/[.'’-]/g, '')) || /^\p{L}+(?:ician|ologist|ist|eer|itect|ant|ager|ector|ator)$/u.test(f);
}

/** Titles written before a name: kept in the name, set aside to judge it. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir h.e. he. anh chi ban thay co ong ba em'.split(' '),
);

/** Vietnamese middle names that fold to an English word ("Nguyen The Vinh": Thế). */
const MIDDLE_NAMES = new Set(['the']);

const PARTICLES = new Set('van von de der den da di du la le del dos das bin al ten ter y e'.split(' '));

/** Words of roles: "Solutions Architect", "Co-Founder & CTO", "Admin of FCAJ". */
const ROLE_WORDS = ('engineer engineers architect architects founder cofounder ceo cto cio coo cfo cso vp svp evp gm manager managers ' +
  'director directors lead leads leader leaders head specialist specialists expert experts consultant consultants developer developers ' +
  'advocate advocates solutions senior junior principal officer president chairman chairwoman chair evangelist scientist scientists ' +
  'researcher researchers analyst analysts intern interns student students trainer trainee mentor mentors instructor lecturer professor ' +
  'member members representative representatives staff admin admins organizer organizers organiser organisers host hosts mc moderator ' +
  'owner partner builder builders ambassador coordinator executive chief').split(' ');

const ROLE_SET: ReadonlySet<string> = new Set(ROLE_WORDS);

/** Words no person's name holds: roles, organisations, teams, placeholders, field and section labels. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (ROLE_WORDS.join(' ') + ' solution guest guests speaker speakers ' +
    'presenter presenters panelist panelists panel participant participants judge judges team teams group groups community club company ' +
    'corp corporation inc ltd llc university college school institute department faculty aws amazon microsoft google meta ibm fpt cloud ' +
    'ai ml devops security data international global regional session sessions part topic topics talk talks keynote keynotes agenda ' +
    'award other others various multiple unknown anonymous tbd tba na everyone all and or the of for with from at by to in on ' +
    'title role description link links slides slide duration time date location venue contact email website profile bio about ' +
    'nhom doi ban cac nguoi phien ' +
    'architecture technical technology business product operations infrastructure platform network networking partner partners ' +
    'vietnam asean apac user users builder builders hub center centre lab labs').split(' '),
);

/** Words of more than one piece that name roles or groups in Vietnamese ("kỹ sư", "kiến trúc sư", "đại diện"). */
const NOT_NAME_PHRASES = /\b(?:ky su|kien truc su|giam doc|nha sang lap|dai dien|dien gia|khach moi|truong nhom|truong phong|to chuc|don vi|chuyen gia|thanh vien|sinh vien|cong ty|dai hoc|chu de|noi dung|de tai|viet nam)\b/;
