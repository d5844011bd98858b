import * as assert from 'node:assert/strict';
import { finish, lintParsed, lintSteps, parseReport, parseSteps, type Steps } from '../../src/core/index';
import { renderReportParts, renderSteps } from '../../src/core/render';
import { inSlices, SLICE_MS, type SliceRecord } from '../../src/slices';
import { fixture } from './helpers';

/** Steps that each take about `ms` of busy time, counting how many ran. */
function* busy(steps: number, ms: number, ran: { count: number }): Steps<string> {
  for (let i = 0; i < steps; i++) {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      // busy
    }
    ran.count++;
    yield;
  }
  return 'done';
}

describe('work in slices', () => {
  it('gives what the work gives at once, for parse, lint and render', async () => {
    const text = fixture('seed-report.md');
    const report = await inSlices(parseSteps(text), () => true);
    assert.deepEqual(report, parseReport(text));
    assert.deepEqual(await inSlices(lintSteps(parseReport(text), text), () => true), lintParsed(parseReport(text), text));
    assert.deepEqual(await inSlices(renderSteps(text), () => true), renderReportParts(text));
    assert.deepEqual(finish(parseSteps(text)), parseReport(text));
  });

  it('lets timers run between slices, each about SLICE_MS long', async () => {
    const ran = { count: 0 };
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let record: SliceRecord | undefined;
    const result = await inSlices(busy(40, 5, ran), () => true, (r) => (record = r));
    clearInterval(timer);
    assert.equal(result, 'done');
    assert.equal(ran.count, 40);
    // 200 ms of work in slices of about SLICE_MS: as many slices, give or take a factor of two (a loaded machine).
    const expected = 200 / SLICE_MS;
    assert.ok(record && record.slices >= expected / 2 && record.slices <= expected * 2, `${record?.slices} slices of 200 ms of work`);
    assert.ok(ticks >= record.slices - 1, `the timer ran ${ticks} times between ${record.slices} slices`);
    assert.ok(record.longestSliceMs >= SLICE_MS);
  });

  it('drops stale work at the next slice and stops running it', async () => {
    const ran = { count: 0 };
    let stale = false;
    setTimeout(() => (stale = true), 0);
    const result = await inSlices(busy(100, 5, ran), () => !stale);
    assert.equal(result, undefined);
    assert.ok(ran.count < 20, `${ran.count} steps ran after the work went stale`);
  });
});
