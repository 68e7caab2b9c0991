/**
 * The emulator's seed: demo users, two teams on different plans, projects, v2 folders and files
 * whose documents look like real design files. Deterministic, so tests can name ids.
 */
import { designSystemVariables } from '../fixtures/figma/design-system-variables';
import type { VariablesMeta } from '../fixtures/figma/design-system-variables';
import { generateLargeVariables } from '../fixtures/figma/generate-large';

export type Plan = 'enterprise' | 'org' | 'pro' | 'starter';

export interface DemoUser {
  key: 'ada' | 'grace' | 'linus';
  figmaId: string;
  handle: string;
  email: string;
  description: string;
  seat: 'full' | 'view';
}

export const DEMO_USERS: DemoUser[] = [
  {
    key: 'ada',
    figmaId: '1001',
    handle: 'Ada Lovelace',
    email: 'ada@acme.test',
    description: 'Enterprise plan, Full seat, editor',
    seat: 'full',
  },
  {
    key: 'grace',
    figmaId: '1002',
    handle: 'Grace Hopper',
    email: 'grace@studio.test',
    description: 'Professional plan, Full seat',
    seat: 'full',
  },
  {
    key: 'linus',
    figmaId: '1003',
    handle: 'Linus Viewer',
    email: 'linus@acme.test',
    description: 'Organization plan, View seat',
    seat: 'view',
  },
];

export interface SeedFile {
  key: string;
  name: string;
  projectId: string;
  editorType: 'figma' | 'figjam';
  lastModified: string;
  branches?: SeedBranch[];
  kind: 'design-system' | 'product' | 'board' | 'generated';
}

/** A branch is a file of its own (its key opens it) holding its main file's document. */
export interface SeedBranch {
  key: string;
  name: string;
  lastModified: string;
}

export interface SeedProject {
  id: string;
  name: string;
  teamId: string;
  /** The v2 folder that mirrors it; nested folders have a parent. */
  folderId: string;
  parentFolderId: string | null;
}

export interface SeedTeam {
  id: string;
  name: string;
  plan: Plan;
  members: Record<string, 'editor' | 'viewer'>;
}

export const ACME_TEAM_ID = '1100000000000000001';
export const STUDIO_TEAM_ID = '1100000000000000002';
export const DESIGN_SYSTEM_KEY = 'DSYSacme0000000000000001';
export const GRACE_DS_KEY = 'GRACEds00000000000000008';
export const LARGE_VARIABLES_KEY = 'LARGEvars000000000000005';

export const TEAMS: SeedTeam[] = [
  {
    id: ACME_TEAM_ID,
    name: 'Acme Design',
    plan: 'enterprise',
    members: { '1001': 'editor', '1003': 'viewer' },
  },
  { id: STUDIO_TEAM_ID, name: 'Studio Grace', plan: 'pro', members: { '1002': 'editor' } },
];

export const PROJECTS: SeedProject[] = [
  {
    id: '2200000000000000001',
    name: 'Design System',
    teamId: ACME_TEAM_ID,
    folderId: '3300000000000000001',
    parentFolderId: null,
  },
  {
    id: '2200000000000000002',
    name: 'Product',
    teamId: ACME_TEAM_ID,
    folderId: '3300000000000000002',
    parentFolderId: null,
  },
  {
    id: '2200000000000000003',
    name: 'Archive',
    teamId: ACME_TEAM_ID,
    folderId: '3300000000000000003',
    parentFolderId: null,
  },
  {
    id: '2200000000000000005',
    name: 'Experiments',
    teamId: ACME_TEAM_ID,
    folderId: '3300000000000000005',
    parentFolderId: '3300000000000000002',
  },
  {
    id: '2200000000000000004',
    name: 'Client work',
    teamId: STUDIO_TEAM_ID,
    folderId: '3300000000000000004',
    parentFolderId: null,
  },
];

const day = (n: number) => new Date(Date.UTC(2026, 10, 20) - n * 86_400_000).toISOString();

const ARCHIVE_WORDS = [
  'Onboarding',
  'Checkout',
  'Settings',
  'Dashboard',
  'Billing',
  'Search',
  'Profile',
  'Campaign',
  'Landing',
  'Email',
  'Pricing',
  'Reports',
];

function archiveFiles(): SeedFile[] {
  return Array.from({ length: 1500 }, (_, index) => {
    const word = ARCHIVE_WORDS[index % ARCHIVE_WORDS.length] ?? 'File';
    const quarter = `Q${(index % 4) + 1}`;
    return {
      key: `ARCH${String(index + 1).padStart(20, '0')}`,
      name: `${word} ${quarter} ${2019 + (index % 7)} #${index + 1}`,
      projectId: '2200000000000000003',
      editorType: 'figma',
      lastModified: day(30 + index),
      kind: 'generated',
    };
  });
}

export const FILES: SeedFile[] = [
  {
    key: DESIGN_SYSTEM_KEY,
    name: 'Acme Design System',
    projectId: '2200000000000000001',
    editorType: 'figma',
    lastModified: day(1),
    kind: 'design-system',
  },
  {
    key: 'ICONSacme000000000000002',
    name: 'Icons',
    projectId: '2200000000000000001',
    editorType: 'figma',
    lastModified: day(4),
    kind: 'product',
  },
  {
    key: 'XSSfile00000000000000003',
    name: '<img src=x onerror=alert(1)>',
    projectId: '2200000000000000001',
    editorType: 'figma',
    lastModified: day(9),
    kind: 'product',
  },
  {
    key: 'QUOTEfile000000000000004',
    name: 'Brand "Q4" 🎨 ../launch',
    projectId: '2200000000000000001',
    editorType: 'figma',
    lastModified: day(12),
    kind: 'product',
  },
  {
    key: LARGE_VARIABLES_KEY,
    name: 'Large variables (5,000 × 4)',
    projectId: '2200000000000000001',
    editorType: 'figma',
    lastModified: day(2),
    kind: 'design-system',
  },
  {
    key: 'CHKOUTflow00000000000006',
    name: 'Checkout flows',
    projectId: '2200000000000000002',
    editorType: 'figma',
    lastModified: day(3),
    kind: 'product',
    branches: [
      { key: 'CHKOUTbranch000000000061', name: 'Express pay', lastModified: day(2) },
      {
        key: 'CHKOUTbranch000000000062',
        name: '<script>alert(1)</script> "quoted" 🎨',
        lastModified: day(5),
      },
    ],
  },
  {
    key: 'BOARDresearch00000000007',
    name: 'Research board',
    projectId: '2200000000000000002',
    editorType: 'figjam',
    lastModified: day(6),
    kind: 'board',
  },
  {
    key: 'MOBILEapp000000000000009',
    name: 'Mobile app',
    projectId: '2200000000000000002',
    editorType: 'figma',
    lastModified: day(8),
    kind: 'product',
  },
  {
    key: 'EXPERIMENT00000000000010',
    name: 'Motion experiments',
    projectId: '2200000000000000005',
    editorType: 'figma',
    lastModified: day(20),
    kind: 'product',
  },
  {
    key: GRACE_DS_KEY,
    name: 'Studio Design System',
    projectId: '2200000000000000004',
    editorType: 'figma',
    lastModified: day(2),
    kind: 'design-system',
  },
  ...archiveFiles(),
];

/** The file a key opens: a main file, or a branch with the main file it belongs to. */
export function fileByKey(key: string): { file: SeedFile; branch?: SeedBranch } | undefined {
  for (const file of FILES) {
    if (file.key === key) return { file };
    const branch = file.branches?.find((candidate) => candidate.key === key);
    if (branch) return { file, branch };
  }
  return undefined;
}

export function teamOfFile(file: SeedFile): SeedTeam | undefined {
  const project = PROJECTS.find((p) => p.id === file.projectId);
  return TEAMS.find((t) => t.id === project?.teamId);
}

export function initialVariables(): Map<string, VariablesMeta> {
  return new Map<string, VariablesMeta>([
    [DESIGN_SYSTEM_KEY, designSystemVariables()],
    [GRACE_DS_KEY, designSystemVariables()],
    [LARGE_VARIABLES_KEY, generateLargeVariables({ variables: 5000, modes: 4 }).meta],
  ]);
}
