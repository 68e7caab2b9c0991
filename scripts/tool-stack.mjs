// The opening every look-at-the-app script shares (screenshots, scroll-fps): the e2e stack's
// modules on ports shifted clear of a test run of the same checkout. The ports are read when
// e2e-env.mjs is first imported, so the shift must be set before that import.

/** @param {number} shift added to TOKENPORT_E2E_PORT_OFFSET */
export async function openToolStack(shift) {
  process.env.TOKENPORT_E2E_PORT_OFFSET = String(
    Number(process.env.TOKENPORT_E2E_PORT_OFFSET ?? 0) + shift,
  );
  const { E2E_PORTS } = await import('./e2e-env.mjs');
  const stack = await import('./stack.mjs');
  return { ...stack, E2E_PORTS, APP: `http://localhost:${E2E_PORTS.app}` };
}
