// Where `npm run classroom` listens in the end-to-end tests: its own port, beside the preview
// server's E2E_PORT (playwright.config.ts starts both).
const e2ePort = Number(process.env.E2E_PORT ?? 4179);
export const classroomPort = Number(process.env.CLASSROOM_PORT ?? e2ePort + 4000);
export const classroomOrigin = `http://127.0.0.1:${classroomPort}`;
