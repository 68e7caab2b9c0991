/**
 * The token engine is loaded on demand: none of it is in the first bundle, and every caller goes
 * through these loaders so the split point is in one place.
 */
export const loadConvert = () => import('../tokens/convert');
export const loadFormats = () => import('../tokens/formats');
export const loadResolve = () => import('../tokens/resolve');
export const loadStyles = () => import('../tokens/styles');
export const loadImport = () => import('../tokens/import/parse-token-input');
export const loadReader = () => import('../tokens/dtcg/read');
export const loadDiff = () => import('../tokens/diff/diff-exports');
export const loadDeprecations = () => import('../tokens/diff/apply-deprecations');
export const loadWriteback = () => import('../tokens/writeback/build-change-set');
export const loadUploadReader = () => import('../tokens/writeback/read-upload');
export const loadZip = () => import('fflate');
