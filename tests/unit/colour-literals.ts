/**
 * Finds colours written as literals (hex, rgb()/hsl() and the other colour functions, CSS named colours) in a
 * source file's text, so a test can hold every page, widget and figure to the design system's colour roles.
 * Comments are skipped; named colours count only where a colour is expected (a colour property or attribute),
 * so `white-space` or a word in a sentence never does.
 */

export interface ColourLiteral {
  line: number;
  text: string;
}

const HEX = /(?<![&\w$#])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;
const FUNCTION = /(?<![\w.-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;
/** A colour property (CSS, SVG attribute, or React style key) and the value after it. */
const COLOUR_PROPERTY =
  /(?<![\w-])(?:fill|stroke|stop-color|stopColor|flood-color|floodColor|lighting-color|color|background(?:-color|Color)?|border(?:-(?:top|right|bottom|left|block|inline))?(?:-color)?|border(?:Top|Right|Bottom|Left)?Color|outline(?:-color|Color)?|caret-color|caretColor|accent-color|accentColor|text-decoration-color|textDecorationColor|column-rule(?:-color)?|box-shadow|boxShadow|text-shadow|textShadow)\s*[:=]\s*\{?\s*(["'`]?)([^;"'`}\n]*)/g;

// Every CSS named colour except the keywords that are not a fixed colour (transparent, currentColor).
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
    'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
    'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
    'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
    'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen'
  ).split(' '),
);

/** Blanks comments (keeping line breaks, so line numbers hold): CSS/JS block comments, HTML comments, and
 *  `//` comments that start a line or follow a space (never the `//` of a URL). */
function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|\s)\/\/[^\n]*/g, (m, lead: string) => lead + blank(m.slice(lead.length)));
}

/** Custom property declarations (`--name: value`), the one place a token file may write a colour. */
export const withoutCustomProperties = (text: string) => text.replace(/--[\w-]+\s*:[^;}]*/g, (m) => m.replace(/[^\n]/g, ' '));

export function colourLiterals(text: string): ColourLiteral[] {
  const src = withoutComments(text);
  const found: { index: number; text: string }[] = [];
  for (const m of src.matchAll(HEX)) found.push({ index: m.index, text: m[0] });
  for (const m of src.matchAll(FUNCTION)) found.push({ index: m.index, text: m[0] });
  for (const m of src.matchAll(COLOUR_PROPERTY)) {
    // Custom property names (var(--bg), --fig-bone) are never colours, whatever their words.
    const words = (m[2] ?? '').replace(/--[\w-]+/g, ' ').toLowerCase().match(/[a-z]+/g) ?? [];
    const named = words.find((w) => NAMED.has(w));
    if (named) found.push({ index: m.index, text: `${m[0].trim()}` });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => ({ line: src.slice(0, f.index).split('\n').length, text: f.text }));
}
