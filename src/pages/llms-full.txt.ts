import type { APIRoute } from 'astro';
import { llmsFull } from '../llms/documents';
import { getAtlasDocuments } from '../llms/atlas-documents';
import { siteConfig } from '../site.config';

/** Every entry of the atlas as Markdown in one file, the companion of /llms.txt. */
export const GET: APIRoute = async () =>
  new Response(llmsFull(siteConfig, await getAtlasDocuments()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
