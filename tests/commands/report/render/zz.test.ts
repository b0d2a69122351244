import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { renderOdt } from '../../../../src/commands/report/render/odt.js';
import { fixtureContext } from './fixture.js';
it('x', () => { writeFileSync('/tmp/i12/a.odt', renderOdt(fixtureContext(), { now: new Date('2026-12-01T10:00:00Z') })); });
