// At most one check per box in flight: the texts typed while one is checked replace
// each other, and only the newest is sent next. Without it, every keystroke sent a
// check of its own and a backlog built up in the background.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latestOnly } from '../../extension/content/latest.js';

/** A task whose runs finish only when the test says so. */
function controlledTask() {
  const started = [];
  const finishers = [];
  const task = (value) =>
    new Promise((resolve) => {
      started.push(value);
      finishers.push(resolve);
    });
  const finishNext = async () => {
    finishers.shift()();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { task, started, finishNext };
}

test('100 values pushed while one runs: one run in flight, then only the newest', async () => {
  const { task, started, finishNext } = controlledTask();
  const checks = latestOnly(task);
  checks.push('m');
  for (let i = 1; i <= 100; i++) checks.push(`m${'a'.repeat(i)}`);
  assert.deepEqual(started, ['m'], 'nothing else starts while the first runs');
  assert.equal(checks.busy, true);
  await finishNext();
  assert.deepEqual(started, ['m', `m${'a'.repeat(100)}`], 'the newest value runs next, and only it');
  await finishNext();
  assert.equal(checks.busy, false);
  assert.equal(started.length, 2);
});

test('a value pushed when idle runs at once; clear() drops the value waiting', async () => {
  const { task, started, finishNext } = controlledTask();
  const checks = latestOnly(task);
  checks.push(1);
  checks.push(2);
  checks.clear();
  await finishNext();
  assert.deepEqual(started, [1]);
  assert.equal(checks.busy, false);
  checks.push(3);
  assert.deepEqual(started, [1, 3]);
});

test('a failing run does not stop the next one', async () => {
  const runs = [];
  const checks = latestOnly(async (value) => {
    runs.push(value);
    if (value === 'bad') throw new Error('the background failed');
  });
  checks.push('bad');
  checks.push('good');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(runs, ['bad', 'good']);
});
