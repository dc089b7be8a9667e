import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Bounds for failure, never waits: the suite runs beside other work, and a browser step
    // that takes milliseconds alone can take seconds under load. Each wait inside a test has
    // a shorter bound of its own (tests/support/patience.ts), so it fails saying what it waited for.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 30_000, interval: 50 } },
  },
});
