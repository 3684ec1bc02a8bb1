// The status shapes as one SVG sprite; status labels refer to it (src/components/StatusLabel.astro).
import type { APIRoute } from 'astro';
import { statusSprite } from '../components/status-iconen.ts';

export const GET: APIRoute = () => new Response(statusSprite(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
