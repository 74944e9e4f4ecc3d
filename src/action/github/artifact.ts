// Upload of the reports directory as a workflow artifact, through the toolkit's artifact
// client behind a small interface (tests use an in-memory fake). A missing Actions runtime (local run),
// GHES (artifact v2+ unsupported) or any error is a warning.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACT_RETENTION_DAYS, Env } from '../constants.js';
import type { Note } from '../baseline.js';

export interface ArtifactUploader {
  upload(name: string, files: string[], rootDirectory: string, retentionDays: number): Promise<{ id?: number; size?: number }>;
}

export interface ArtifactResult {
  status: 'uploaded' | 'skipped' | 'failed';
  id?: number;
  notes: Note[];
}

/** Is this GitHub Enterprise Server (not github.com, *.ghe.com or *.localhost)? */
export function isGhes(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

/** Every regular file below `dir`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

export const toolkitUploader: ArtifactUploader = {
  async upload(name, files, rootDirectory, retentionDays) {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, { retentionDays });
    return { ...(r.id !== undefined ? { id: r.id } : {}), ...(r.size !== undefined ? { size: r.size } : {}) };
  },
};

export async function uploadReports(o: { name: string; dir: string; serverUrl: string; env: NodeJS.ProcessEnv; uploader?: ArtifactUploader }): Promise<ArtifactResult> {
  if (!o.env[Env.RuntimeToken]) {
    return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set; local run?)' }] };
  }
  if (isGhes(o.serverUrl)) {
    return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: GitHub Enterprise Server does not support the artifact service this action uses' }] };
  }
  const files = listFiles(o.dir);
  if (files.length === 0) return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: the reports directory is empty' }] };
  try {
    const r = await (o.uploader ?? toolkitUploader).upload(o.name, files, o.dir, ARTIFACT_RETENTION_DAYS);
    return { status: 'uploaded', ...(r.id !== undefined ? { id: r.id } : {}), notes: [] };
  } catch (e) {
    return { status: 'failed', notes: [{ level: 'warning', message: `reports artifact "${o.name}" not uploaded: ${(e as Error).message}` }] };
  }
}
