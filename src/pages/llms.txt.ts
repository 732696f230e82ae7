import type { APIRoute } from 'astro';
import { address, llmsIndex } from '../llms/documents';
import { getAtlasDocuments, siteAddress } from '../llms/atlas-documents';
import { siteConfig } from '../site.config';

/** The site for tools that read text (llmstxt.org): every entry with its summary and address. */
export const GET: APIRoute = async () =>
  new Response(
    llmsIndex(
      {
        title: siteConfig.title,
        description: siteConfig.description,
        fullUrl: address('/llms-full.txt', siteAddress()),
      },
      await getAtlasDocuments(),
    ),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
