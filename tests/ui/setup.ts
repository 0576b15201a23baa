// Component tests run in jsdom: reset the DOM between tests.
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
