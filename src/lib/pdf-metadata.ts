// The document information of a report PDF (`npm run pdf`): title, language, author, dates and
// the same as XMP metadata, which PDF/UA readers and archives read. Chromium writes the tagged
// structure and the bookmarks; this only adds what it cannot know, and keeps the rest as it is.
import { PDFDocument, PDFName } from 'pdf-lib';

/** The Creator of every PDF this tool writes: how it recognises its own files. */
export const PDF_MAKER = 'onderwijsregio-monitor (npm run pdf)';

export interface PdfGegevens {
  titel: string;
  /** The region, as author. */
  auteur: string;
  onderwerp: string;
  trefwoorden: string[];
  /** BCP 47, `nl`. */
  taal: string;
  gemaakt: Date;
  /** The program that drew the pages (Chromium's own Producer line). */
  tekenaar?: string;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XMP packet (ISO 16684-1) with Dublin Core, XMP basic and PDF properties. */
export function xmpPakket(gegevens: PdfGegevens, producer: string): string {
  const datum = gegevens.gemaakt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(gegevens.titel)}</dc:title>`,
    `<dc:description>${alt(gegevens.onderwerp)}</dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(gegevens.auteur)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(gegevens.taal)}</rdf:li></rdf:Bag></dc:language>`,
    `<dc:subject><rdf:Bag>${gegevens.trefwoorden.map((t) => `<rdf:li>${xml(t)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `<xmp:CreateDate>${datum}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${datum}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${datum}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(PDF_MAKER)}</xmp:CreatorTool>`,
    `<pdf:Producer>${xml(producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xml(gegevens.trefwoorden.join(', '))}</pdf:Keywords>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** The PDF with its document information and XMP metadata set; pages, tags and bookmarks untouched. */
export async function zetPdfGegevens(pdf: Uint8Array, gegevens: PdfGegevens): Promise<{ bytes: Uint8Array; paginas: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const producer = [gegevens.tekenaar, 'pdf-lib'].filter(Boolean).join(' + ');
  doc.setTitle(gegevens.titel, { showInWindowTitleBar: true });
  doc.setAuthor(gegevens.auteur);
  doc.setSubject(gegevens.onderwerp);
  doc.setKeywords(gegevens.trefwoorden);
  doc.setCreator(PDF_MAKER);
  doc.setProducer(producer);
  doc.setLanguage(gegevens.taal);
  doc.setCreationDate(gegevens.gemaakt);
  doc.setModificationDate(gegevens.gemaakt);
  const xmp = new TextEncoder().encode(xmpPakket(gegevens, producer));
  // Uncompressed, as XMP asks: a reader that does not understand PDF can still find it.
  const metadata = doc.context.register(doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length }));
  doc.catalog.set(PDFName.of('Metadata'), metadata);
  // Open with the bookmarks visible.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // Object streams would make the file PDF 1.5; Chromium writes 1.4 and readers of tagged
  // PDF handle both, but plain objects keep the file readable for simple tools.
  return { bytes: await doc.save({ useObjectStreams: false }), paginas: doc.getPageCount() };
}

/** Whether the bytes are a PDF this tool wrote (so `npm run pdf` may write over it). */
export async function isOnzePdf(bytes: Uint8Array): Promise<boolean> {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 5)) !== '%PDF-') return false;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    return doc.getCreator() === PDF_MAKER;
  } catch {
    return false;
  }
}
