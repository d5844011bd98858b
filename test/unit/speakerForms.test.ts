import * as assert from 'node:assert/strict';
import { classifyHeading, parseReport, type Speaker } from '../../src/core/index';
import { joinLines } from './helpers';

/** Each form of ../shared/OUTLINE-SPEC.md, written small. */
const inSpeakers = (...body: string[]) => parseReport(joinLines('# Report', '', '### Speakers', '', ...body, '', '### Key Highlights', 'x')).speakers;
const elsewhere = (...body: string[]) => parseReport(joinLines('# Report', '', '### Key Highlights', '', ...body)).speakers;
const names = (found: readonly Speaker[]) => found.map((s) => s.name);

describe('speakers in every form of the spec', () => {
  it('splits several people in one entry, outside their parentheses', () => {
    const found = inSpeakers('- **Mr. Hieu Nghi (Renova Cloud), Mr. Kiet (AWS Student User Group Leader) & Mr. Trung (Founder & CEO of R AI):** Voice AI research');
    assert.deepEqual(names(found), ['Mr. Hieu Nghi', 'Mr. Kiet', 'Mr. Trung']);
    assert.ok(found.every((s) => s.details === 'Voice AI research'));
    assert.deepEqual(names(inSpeakers('- **Anh A** (Role) & **Anh B** (Role): talk', '- **A Nguyen - B Tran - C Le** - Topic: Agents')), ['Anh A', 'Anh B', 'A Nguyen', 'B Tran', 'C Le']);
  });

  it('gives a team\'s members, not the team', () => {
    assert.deepEqual(names(inSpeakers('- **3KA** – Huỳnh An Khương, Nguyễn Quốc Huy, Ngô Quang Khôi')), ['Huỳnh An Khương', 'Nguyễn Quốc Huy', 'Ngô Quang Khôi']);
    assert.deepEqual(names(inSpeakers('- **Nhóm The Ballers** (Huỳnh An Khương, Mai Quốc Anh) - Chia sẻ về hackathon')), ['Huỳnh An Khương', 'Mai Quốc Anh']);
    assert.deepEqual(names(inSpeakers('- **The Baller** gồm Tran A, Le B, Pham C')), ['Tran A', 'Le B', 'Pham C']);
    assert.deepEqual(names(inSpeakers('- **Team OneTeam (Winner):** Anh Duy, Tran Dong, Anshul Roy.')), ['Anh Duy', 'Tran Dong', 'Anshul Roy']);
    assert.equal(inSpeakers('- **3KA** – Huỳnh An Khương, Nguyễn Quốc Huy')[0].details, '3KA');
  });

  it('lists no team, anonymous role, placeholder or session label', () => {
    assert.deepEqual(names(inSpeakers(
      '- **Team VIB** - Đội ngũ phát triển dự án', '- **Plan V** – FCAJ Build Week Participant Team', '- AWS Developer Advocates',
      '- **Session 1**: Cloud Operations Specialist', '- **International Guest Speaker** – Industry Leader', '- And other hosts', '- TBD',
      '* **Các Kiến trúc sư Giải pháp Bảo mật AWS**', '- **Speaker 1**: Chuyên gia giải pháp',
    )), []);
  });

  it('keeps a person whose role mentions a group or a team', () => {
    assert.deepEqual(names(inSpeakers('- **Nguyễn Huỳnh Sơn** - Member of AWS Student Builder Group HUFLIT, Engineer tại SPS', '- **Kha Van** – Team Lead, Acme', '- **Plan V** – Đại diện Đội thi FCAJ Build Week')), ['Nguyễn Huỳnh Sơn', 'Kha Van']);
  });

  it('takes a sub-heading that names a person, with its field bullets as details, never as people', () => {
    const found = inSpeakers('#### Cosmo', '', '* Talk: Agents at the edge', '* Description: How it runs', '* Link: https://example.org', '', '#### [Danny Hogan](https://example.org/danny)', '', 'Builds things.');
    assert.deepEqual(names(found), ['Cosmo', 'Danny Hogan']);
    assert.equal(found[0].details, 'Talk: Agents at the edge; Description: How it runs; Link: https://example.org');
    assert.equal(found[0].form.marker, 'heading');
    // A group heading over a list of people is no person.
    assert.deepEqual(names(inSpeakers('#### Keynote Speakers', '', '- **Jeff Johnson** – Managing Director, AWS')), ['Jeff Johnson']);
  });

  it('reads nested items under a group label, and fields under a person as details', () => {
    assert.deepEqual(names(inSpeakers('- **Speakers:**', '  - **Kha Van** – Engineer', '  - **Bao Huynh** – Builder')), ['Kha Van', 'Bao Huynh']);
    const found = inSpeakers('- **Truong Quang Tinh**', '  - Talk: Platform engineering', '  - Slides: https://example.org/s');
    assert.deepEqual(names(found), ['Truong Quang Tinh']);
    assert.equal(found[0].details, 'Talk: Platform engineering; Slides: https://example.org/s');
  });

  it('chooses a table\'s name column by its header, and reads no one from a table without one', () => {
    const found = inSpeakers('| Session | Speaker | Title | Organization |', '| --- | --- | --- | --- |', '| Opening | Nguyen Van A | CTO | Acme |');
    assert.deepEqual(found.map((s) => [s.name, s.role, s.organization, s.details]), [['Nguyen Van A', 'CTO', 'Acme', 'Opening']]);
    assert.deepEqual(names(inSpeakers('| DO | DON\'T |', '| --- | --- |', '| Nguyen Van A | Tran B |')), []);
  });

  it('finds labelled people outside the Speakers section, and no one unlabelled', () => {
    assert.deepEqual(names(elsewhere('#### 2. Friendly AI Assistant (Speaker: Anh Pham)', '', '#### 3. Edge to Origin - Diễn giả: Hải Anh', '', '#### Keynote – Mr. Unlabelled Name')), ['Anh Pham', 'Hải Anh']);
    assert.deepEqual(names(elsewhere('Presenter: [Peter Soetens](https://example.org), CEO at Intermodalics', '', 'Presenters: Kenneth Hoste, Lara Peeters.', '', 'Presenter: Giada Lalli, Bioinformatician')), ['Peter Soetens', 'Kenneth Hoste', 'Lara Peeters', 'Giada Lalli']);
    assert.deepEqual(names(elsewhere('- **Moderator**: Jeff Johnson, Managing Director, ASEAN, AWS', '- **Panelists**:', '  - Vu Van (Co-founder & CEO, ELSA Corp)', '  - Dieter Botha (CEO, TymeX)')), ['Jeff Johnson', 'Vu Van', 'Dieter Botha']);
    assert.deepEqual(names(elsewhere('**Session 1: Generative AI** (Diễn giả: Thi - Solution Architect)', '', 'Tác giả: Trần Văn E', '', 'Người chia sẻ: Lê Văn F', '', '#### Panel (Moderator: Jeff Johnson)')), ['Thi', 'Trần Văn E', 'Lê Văn F', 'Jeff Johnson']);
    assert.deepEqual(names(elsewhere('We heard Mr. Long Huynh and Dr. Werner Vogels talk about it.', '', 'Chair: Johan Philips')), []);
    assert.ok(elsewhere('Presenter: Lode Lauwaert (KU Leuven)').every((s) => s.inline));
  });

  it('reads names and heading texts from the syntax tree', () => {
    assert.deepEqual(names(inSpeakers('- ***Nguyen Van A*** – Engineer', '- **1. Mr. Tran Van B - Architect**')), ['Nguyen Van A', 'Mr. Tran Van B']);
    const report = parseReport(joinLines('# Report', '', '## Using `**kwargs` in Python', '', '## **Bold** _and_ [a link](https://x.org)'));
    assert.deepEqual(report.headings.map((h) => h.text), ['Report', 'Using **kwargs in Python', 'Bold and a link']);
  });

  it('keeps a field after the name as a detail, never a role', () => {
    const found = inSpeakers('- **Hải Anh** - Topic: *Friendly AI Assistant with Amazon Quick*', '- **Anh Tịnh** - Chủ đề: Build Second Brain');
    assert.deepEqual(found.map((s) => [s.name, s.role, s.organization, s.details]), [
      ['Hải Anh', '', '', 'Topic: Friendly AI Assistant with Amazon Quick'],
      ['Anh Tịnh', '', '', 'Chủ đề: Build Second Brain'],
    ]);
  });

  it('leaves out the host, and ends an organisation where a clause starts', () => {
    const found = inSpeakers('- **Quỳnh Mai**: Người dẫn chương trình, giới thiệu sự kiện.', '- **Anh Nguyễn Gia Hưng**: AWS Solution Architect tại AWS Việt Nam và người sáng lập FCAJ, chia sẻ về AI.', '- **Thao** – Software Developer at VIB; introducing the BMX method');
    assert.deepEqual(found.map((s) => [s.name, s.role, s.organization]), [['Anh Nguyễn Gia Hưng', 'AWS Solution Architect', 'AWS Việt Nam'], ['Thao', 'Software Developer', 'VIB']]);
    assert.equal(found[0].details, 'người sáng lập FCAJ, chia sẻ về AI');
  });

  it('splits role and organisation at "at" or "tại" only before an organisation', () => {
    const [a, b, c] = inSpeakers('- **Anh Khang** – Solution Architect tại Cloud Kinetics', '- **Kha Van** – Head of Cloud at VNG Corporation', '- **Bao Huynh** – Serverless at scale');
    assert.deepEqual([a.role, a.organization], ['Solution Architect', 'Cloud Kinetics']);
    assert.deepEqual([b.role, b.organization], ['Head of Cloud', 'VNG Corporation']);
    assert.deepEqual([c.role, c.organization, c.details], ['', '', 'Serverless at scale']);
  });
});

describe('section kinds by meaning', () => {
  const cases: Array<[string, string]> = [
    ['Danh Sách Diễn Giả & Đề Tài', 'speakers'], ['Speaker Details & Presentation Topics', 'speakers'], ['Meet the Speakers', 'speakers'], ['Teams & Speakers', 'speakers'], ['Team', 'other'],
    ['Key Highlights from Presentations', 'highlights'], ['Các phiên chia sẻ', 'highlights'], ['Nội dung ấn tượng', 'highlights'],
    ['Applying The Lessons To Myself', 'applying'], ['Connection to My Project', 'applying'], ['Liên hệ với dự án của tôi', 'applying'],
    ['Những Gì Học Được', 'takeaways'], ['Kiến thức tiếp thu', 'takeaways'], ['Knowledge Gained', 'takeaways'],
    ['Event Experience & Learnings', 'experience'], ['Atmosphere', 'experience'], ['Cảm nhận sau sự kiện', 'experience'],
    ['Proof of Attendance', 'photos'], ['Một số hình ảnh', 'photos'], ['Meetup Notes', 'overview'],
    ['Final Thoughts', 'conclusion'], ['Wrap-up', 'conclusion'], ['Agenda', 'other'], ['Lịch trình', 'other'],
    ['🎯 **II. Mục tiêu:**', 'objectives'], ['Session 1: AI/ML Overview', 'other'], ['Learning from Industry Experts', 'other'],
    ['Technical Knowledge', 'other'], ['Vietnam Market Insights', 'other'], ['Event Information', 'overview'], ['Time Series Anomaly Detection', 'other'],
  ];
  for (const [text, kind] of cases) it(`"${text}" is ${kind}`, () => assert.equal(classifyHeading(text), kind));

  it('reads Conclusion inside Highlights as conclusion, and a talk title there as other', () => {
    const report = parseReport(joinLines('# R', '', '## Key Highlights', '', '### 4. Trải nghiệm 36 giờ Hackathon cùng LotusHacks - Team VIB', '', '### Conclusion', '', 'x'));
    assert.deepEqual(report.sections.map((s) => s.kind), ['other', 'highlights', 'other', 'conclusion']);
  });
});
