// An MDX syntax error in Dutch. Sätteri (the parser of the check and of Astro's compiler) says
// what it expected in English, with positions counted from the body: the kinds an author meets
// are said here in Dutch with file lines, and anything else keeps the parser's own words.

/** `reason`: Sätteri's message without its position and rule id; `bodyLine`: the body's first line in the file. */
export function mdxSyntaxfout(reason: string, bodyLine: number): string {
  const regel = (pos: string) => `regel ${bodyLine + Number(pos.split(':')[0]) - 1}`;
  let m: RegExpExecArray | null;
  if ((m = /^Expected a closing tag for `<([^>`]*)>` \((\d+:\d+)\)( before the end of `paragraph`)?/.exec(reason))) {
    const [, tag] = m;
    return m[3]
      ? `<${tag}> wordt niet gesloten in dezelfde alinea; schrijf </${tag}> voor het einde van de alinea, of sluit de tag zelf af met />`
      : `<${tag}> wordt nergens gesloten; schrijf </${tag}> erachter, of sluit de tag zelf af met />`;
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+:\d+)\)/.exec(reason))) {
    return `</${m[1]}> staat waar </${m[2]}> moet staan: <${m[2]}> op ${regel(m[3])} is nog open`;
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(reason))) {
    return `</${m[1]}> sluit een tag die niet geopend is; haal </${m[1]}> weg of zet <${m[1]}> ervoor`;
  }
  if (/^Unexpected character `!` \(U\+0021\) before name/.test(reason)) {
    return 'HTML-commentaar (<!-- … -->) kan niet in MDX; schrijf commentaar als {/* … */}, of < als &lt; in gewone tekst';
  }
  if (/^Unexpected character .*(after `<`|before name|after name|before attribute|in attribute|after attribute)/.test(reason) || /^Unexpected end of file .*(tag|attribute)/.test(reason)) {
    return 'dit < begint geen geldige tag: schrijf < als &lt; in gewone tekst, en in een tag elk attribuut als naam="waarde"';
  }
  if (/^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/.test(reason)) {
    return '{ wordt nergens gesloten met }; schrijf \\{ als u de accolade als tekst bedoelt';
  }
  if (/^Could not parse expression/.test(reason)) {
    return 'tekst tussen accolades is in MDX code, en deze code is onleesbaar; schrijf \\{ en \\} als u de accolades als tekst bedoelt';
  }
  return `${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')} (tip: schrijf < als &lt; en { als \\{ in gewone tekst)`;
}
