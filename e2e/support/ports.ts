/** Ports of the end-to-end servers: apart from the defaults, so a running `npm start` never interferes. */
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4457);
export const E2E_PREVIEW_PORT = Number(process.env.E2E_PREVIEW_PORT ?? 4174);
export const E2E_EMULATOR_URL = `http://localhost:${E2E_EMULATOR_PORT}`;
export const E2E_CONSOLE_URL = `http://localhost:${E2E_PREVIEW_PORT}`;
