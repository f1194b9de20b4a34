// Every component a lesson may use without importing it. Add new widgets here (Astro wrappers only).
import Cite from '../lesson/Cite.astro';
import Term from '../lesson/Term.astro';
import Note from '../lesson/Note.astro';
import Figure from '../lesson/Figure.astro';
import SinsCalculator from '../widgets/SinsCalculator.astro';

export const mdxComponents = { Cite, Term, Note, Figure, SinsCalculator };
