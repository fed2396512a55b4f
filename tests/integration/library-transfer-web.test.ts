import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/services/backend';
import { generateFreeExerciseDb } from '../support/free-exercise-db';
import { callApi, send } from '../support/http';
import { countRows } from '../support/store';
import { serveBackend, type ServedBackend } from '../support/served-backend';

const BODY_LIMIT = 64 * 1024;
const FILE_BODY_LIMIT = 4 * 1024 * 1024;

describe('web server body limits for library import', () => {
  let served: ServedBackend;
  let backend: Backend;
  let port: number;

  beforeAll(async () => {
    served = await serveBackend({ bodyLimitBytes: BODY_LIMIT, fileBodyLimitBytes: FILE_BODY_LIMIT });
    ({ backend, port } = served);
  });

  afterAll(() => served.close());

  it('takes a 1,000-exercise file, far above the limit of every other method, and imports it', async () => {
    const content = JSON.stringify(generateFreeExerciseDb(1000));
    expect(content.length).toBeGreaterThan(BODY_LIMIT * 10);
    const preview = await callApi(port, 'library:import', { content, dryRun: true }, served.trainer);
    expect(preview.status, preview.text.slice(0, 200)).toBe(200);
    expect(preview.json()).toMatchObject({ ok: true, value: { dryRun: true, counts: { added: 1000 } } });
    expect(countRows(backend.db, 'exercise')).toBe(7);

    const imported = await callApi(port, 'library:import', { content }, served.trainer);
    expect(imported.json()).toMatchObject({ ok: true, value: { counts: { added: 1000, skipped: 0 } } });
    expect(countRows(backend.db, 'exercise')).toBe(1007);
  });

  it('keeps the small limit for every other method', async () => {
    const response = await callApi(port, 'library:list', { query: 'x'.repeat(BODY_LIMIT) });
    expect(response.status).toBe(413);
    expect(response.json()).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The request is too large.', reason: 'too-large' },
    });
  });

  it('refuses an import larger than its own limit, writing nothing', async () => {
    const before = countRows(backend.db, 'exercise');
    const response = await callApi(
      port,
      'library:import',
      { content: 'x'.repeat(FILE_BODY_LIMIT) },
      served.trainer,
    );
    expect(response.status).toBe(413);
    expect(countRows(backend.db, 'exercise')).toBe(before);
  });

  it('still validates the import payload on its own route, naming the field', async () => {
    const response = await callApi(port, 'library:import', { content: '[]', format: 'csv' }, served.trainer);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'format' } });
  });

  it('refuses an import body that is not JSON as unreadable, as every other route does', async () => {
    const bodies = ['{"content": "[]"', ''];
    for (const body of bodies) {
      for (const path of ['/api/library:import', '/api/library:list']) {
        const response = await send(port, {
          method: 'POST',
          path,
          headers: { 'content-type': 'application/json', ...served.trainer },
          body,
        });
        expect(response.status, `${path} with ${JSON.stringify(body)}`).toBe(400);
        expect(response.json()).toMatchObject({
          ok: false,
          error: { code: 'invalid-input', reason: 'malformed' },
        });
      }
    }
  });

  it('refuses an import from a screen where no trainer has unlocked, without reading the file', async () => {
    const response = await callApi(port, 'library:import', { content: '{"oops' });
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('serves the whole library as an export over HTTP', async () => {
    const response = await callApi(port, 'library:export', { ids: ['deadlift'] }, served.trainer);
    expect(response.json()).toMatchObject({
      ok: true,
      value: { format: 'gymdeck-library', version: 1, exercises: [{ id: 'deadlift', name: 'Deadlift' }] },
    });
  });
});
